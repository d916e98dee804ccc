import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting, person } from './helpers.ts';

const SUNAK = person('person:rishi-sunak', 'Rishi Sunak', 'GBR');
const LAVROV = person('person:sergey-lavrov', 'Sergey Lavrov', 'RUS');
const ZELENSKY = person('person:volodymyr-zelensky', 'Volodymyr Zelensky', 'UKR');

describe('outlets and addressees', () => {
  it('reads "Writing in the X" and carries the outlet to the same speaker’s next quotes', () => {
    const text = [
      'Writing in the Financial Times, the prime minister said Britain would “never waver” in its support.',
      '“Our commitment is unconditional,” Mr Sunak wrote.',
      'Mr Lavrov dismissed the article. “London is not a party to these talks,” he said.',
      '“We will keep our promises,” Mr Sunak added.',
    ].join('\n\n');
    const doc = makeDoc(text, [SUNAK, LAVROV], [
      { text: 'the prime minister', actor: SUNAK.id, via: 'title' },
      { text: 'Mr Sunak', actor: SUNAK.id },
      { text: 'Mr Sunak', actor: SUNAK.id, nth: 1 },
      { text: 'Mr Lavrov', actor: LAVROV.id },
      { text: 'he', actor: LAVROV.id, via: 'pronoun' },
    ]);
    const quotes = quotesOf(doc);
    expect(quoteStarting(quotes, 'never waver').outlet).toBe('Financial Times');
    expect(quoteStarting(quotes, 'Our commitment').outlet).toBe('Financial Times');
    expect(quoteStarting(quotes, 'London is not').outlet).toBeNull();
    // another speaker came between: the passage ended
    expect(quoteStarting(quotes, 'We will keep').outlet).toBeNull();
  });

  it('reads "told X television", "in an interview with X" and "on Twitter"; "told reporters" is an addressee', () => {
    const text = [
      '“The sanctions are illegal,” Mr Lavrov told Rossiya 24 television.',
      'In an interview with the BBC, Mr Zelensky said: “We need more air defence now.”',
      '“Every village will be rebuilt,” he wrote on Twitter.',
      '“We are not in a hurry,” Mr Lavrov told reporters in Moscow.',
    ].join('\n\n');
    const doc = makeDoc(text, [LAVROV, ZELENSKY], [
      { text: 'Mr Lavrov', actor: LAVROV.id },
      { text: 'Mr Zelensky', actor: ZELENSKY.id },
      { text: 'he', actor: ZELENSKY.id, via: 'pronoun' },
      { text: 'Mr Lavrov', actor: LAVROV.id, nth: 1 },
    ]);
    const quotes = quotesOf(doc);
    expect(quoteStarting(quotes, 'The sanctions').outlet).toBe('Rossiya 24 television');
    expect(quoteStarting(quotes, 'We need').outlet).toBe('BBC');
    expect(quoteStarting(quotes, 'We need').speaker?.actor).toBe(ZELENSKY.id);
    expect(quoteStarting(quotes, 'Every village').outlet).toBe('Twitter');
    const reporters = quoteStarting(quotes, 'We are not');
    expect(reporters.outlet).toBeNull();
    expect(reporters.addressee).toBe('reporters');
  });
  it('reads a named addressee that is a news organisation ("told KXLN Austin") as the outlet', () => {
    const STATION = { id: 'org:kxln', name: 'KXLN', kind: 'org', country: 'CAN', sector: 'MED' } as const;
    const MAYOR = person('person:ada-moss', 'Ada Moss', 'CAN');
    const text = [
      '“The bridge will reopen in spring,” Mayor Ada Moss told KXLN Austin.',
      '“We are not in a hurry,” Ms Moss told reporters.',
    ].join('\n\n');
    const doc = makeDoc(text, [MAYOR, { ...STATION }], [
      { text: 'Mayor Ada Moss', actor: MAYOR.id },
      { text: 'KXLN', actor: STATION.id },
      { text: 'Ms Moss', actor: MAYOR.id },
    ]);
    const quotes = quotesOf(doc);
    const bridge = quoteStarting(quotes, 'The bridge');
    expect(bridge.outlet).toBe('KXLN Austin');
    expect(bridge.addressee).toBeNull();
    expect(quoteStarting(quotes, 'We are not').addressee).toBe('reporters');
  });
});
