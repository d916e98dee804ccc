import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting, person, org } from './helpers.ts';

const SCHOLZ = person('person:olaf-scholz', 'Olaf Scholz', 'DEU');
const MACRON = person('person:emmanuel-macron', 'Emmanuel Macron', 'FRA');
const NATO = org('igo:NATO', 'NATO', 'NATO', 'igo');

describe('direct quotes: marks', () => {
  it('pairs curly double quotes and keeps the trailing comma inside, marks outside', () => {
    const text = '“Germany will not hesitate to help its partners,” Mr Scholz said on Tuesday.';
    const [q] = quotesOf(makeDoc(text, [SCHOLZ], [{ text: 'Mr Scholz', actor: SCHOLZ.id }]));
    expect(q.text).toBe('Germany will not hesitate to help its partners,');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toMatchObject({ text: 'Mr Scholz', actor: SCHOLZ.id });
    expect(q.cue).toBe('said');
  });

  it('tells the closing ’ from apostrophes in single-quoted speech', () => {
    const text = '‘The alliance’s eastern flank is our flank too,’ said the chancellor. The bloc’s leaders agreed.';
    const quotes = quotesOf(makeDoc(text));
    expect(quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual(['The alliance’s eastern flank is our flank too,']);
    expect(quotes[0].speaker?.text).toBe('the chancellor');
  });

  it('reads straight quotes, guillemets and German low-high quotes', () => {
    const text =
      '"We are ready," the minister said. «Nous sommes prêts», a French diplomat said. „Wir sind bereit“, sagte er, and the aide repeated it.';
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind !== 'indirect');
    expect(quotes.map((q) => q.text)).toEqual(['We are ready,', 'Nous sommes prêts', 'Wir sind bereit']);
    expect(quotes[0].speaker?.text).toBe('the minister');
    expect(quotes[1].speaker?.text).toBe('a French diplomat');
  });

  it('keeps a nested quote inside its outer quote', () => {
    const text = '“When they say ‘never again’, they must mean it,” Mr Macron told reporters in Paris.';
    const quotes = quotesOf(makeDoc(text, [MACRON], [{ text: 'Mr Macron', actor: MACRON.id }]));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('When they say ‘never again’, they must mean it,');
    expect(quotes[0].speaker?.actor).toBe(MACRON.id);
    expect(quotes[0].addressee).toBe('reporters');
    expect(quotes[0].outlet).toBeNull();
  });

  it('joins a multi-paragraph quote whose next paragraph reopens with a quote mark', () => {
    const text = [
      'Mr Scholz said: “We have delivered air defence systems and we will deliver more.',
      '“Nobody should doubt our resolve. Germany stands with Ukraine.”',
      'The opposition criticised the pace of deliveries.',
    ].join('\n\n');
    const quotes = quotesOf(makeDoc(text, [SCHOLZ], [{ text: 'Mr Scholz', actor: SCHOLZ.id }])).filter((q) => q.kind !== 'indirect');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.startsWith('We have delivered air defence')).toBe(true);
    expect(quotes[0].text.endsWith('Germany stands with Ukraine.')).toBe(true);
    expect(quotes[0].speaker?.actor).toBe(SCHOLZ.id);
  });

  it('joins a quote whose next paragraph goes on without reopening it and closes it', () => {
    const text = [
      'The plant will close in March.',
      '“We are going to move production to the coast.',
      'The old site will become a park,” said Mr Scholz at the opening.',
    ].join('\n\n');
    const quotes = quotesOf(makeDoc(text, [SCHOLZ], [{ text: 'Mr Scholz', actor: SCHOLZ.id }])).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.startsWith('We are going to move')).toBe(true);
    expect(quotes[0].text.endsWith('become a park,')).toBe(true);
    expect(quotes[0].speaker?.actor).toBe(SCHOLZ.id);
  });

  it('joins a quote over a paragraph with no marks of its own to the paragraph that closes it', () => {
    const text = [
      'Mr Scholz said: “We are going to move production to the coast.',
      'The old site will become a park for the town.',
      'Nobody will lose a job over this.”',
      'The unions were not convinced.',
    ].join('\n\n');
    const quotes = quotesOf(makeDoc(text, [SCHOLZ], [{ text: 'Mr Scholz', actor: SCHOLZ.id }])).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.startsWith('We are going to move')).toBe(true);
    expect(quotes[0].text.endsWith('lose a job over this.')).toBe(true);
    expect(quotes[0].speaker?.actor).toBe(SCHOLZ.id);
  });

  it('reads past an apostrophe to the mark that closes a quote left open by the paragraph before', () => {
    const text = ['Mr Scholz said, "We had a slow start.', 'We could\'ve won it by half time." The fans went home happy.'].join('\n\n');
    const quotes = quotesOf(makeDoc(text, [SCHOLZ], [{ text: 'Mr Scholz', actor: SCHOLZ.id }])).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.endsWith('won it by half time.')).toBe(true);
  });

  it('does not carry a quote left open over paragraphs that close none', () => {
    const text = [
      'The general said: “Our units are holding the line near the river.',
      'Further south, the fighting went on.',
      'Officials declined to comment on “rumours” of a retreat.',
    ].join('\n\n');
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('Our units are holding the line near the river.');
  });

  it('caps an unmatched quotation mark at the paragraph end and warns', () => {
    const text = [
      'The general said: “Our units are holding the line near the river.',
      'Further south, the fighting continued through the night. Officials declined to comment.',
    ].join('\n\n');
    const doc = makeDoc(text);
    const quotes = quotesOf(doc).filter((q) => q.kind !== 'indirect');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('Our units are holding the line near the river.');
    expect(quotes[0].speaker?.text).toBe('The general');
    expect(doc.messages.some((m) => m.source === 'quotes' && /unmatched/.test(m.text))).toBe(true);
  });
});

describe('direct quotes: attribution', () => {
  it('takes the speaker after the quote: pronoun, inverted and appositive forms', () => {
    const text = [
      '“The summit was a success,” she said.',
      '“We expect a decision by June,” said Jens Stoltenberg, the NATO secretary general.',
      '“Our door remains open,” Mr Stoltenberg, who chaired the meeting, added.',
    ].join(' ');
    const quotes = quotesOf(makeDoc(text, [NATO], [{ text: 'NATO', actor: NATO.id }]));
    expect(quoteStarting(quotes, 'The summit').speaker?.text).toBe('she');
    expect(quoteStarting(quotes, 'We expect').speaker?.text).toBe('Jens Stoltenberg');
    expect(quoteStarting(quotes, 'Our door').speaker?.text).toBe('Mr Stoltenberg');
    expect(quoteStarting(quotes, 'Our door').cue).toBe('added');
  });

  it('takes the speaker before a colon', () => {
    const text = 'The Polish prime minister told parliament: “Our border is the border of the European Union.”';
    const [q] = quotesOf(makeDoc(text)).filter((x) => x.kind === 'direct');
    expect(q.speaker?.text).toBe('The Polish prime minister');
    expect(q.cue).toBe('told');
    expect(q.addressee).toBe('parliament');
  });

  it('resolves a pronoun speaker two sentences after the name through the pronoun mention', () => {
    const text = [
      'Emmanuel Macron arrived in Kyiv on Friday. The visit had not been announced in advance.',
      '“France will stay at your side for as long as it takes,” he told a news conference.',
    ].join(' ');
    const doc = makeDoc(text, [MACRON], [
      { text: 'Emmanuel Macron', actor: MACRON.id },
      { text: 'he', actor: MACRON.id, via: 'pronoun' },
    ]);
    const [q] = quotesOf(doc);
    expect(q.speaker).toMatchObject({ text: 'he', actor: MACRON.id });
    expect(q.addressee).toBe('news conference');
  });

  it('continues the speaker into the next quote and takes a speaker from the sentence before', () => {
    const text = [
      '“The talks were difficult,” Mr Scholz said. “But we found common ground.”',
      'He later told reporters. “There will be a second round in March.”',
    ].join('\n\n');
    const doc = makeDoc(text, [SCHOLZ], [
      { text: 'Mr Scholz', actor: SCHOLZ.id },
      { text: 'He', actor: SCHOLZ.id, via: 'pronoun' },
    ]);
    const quotes = quotesOf(doc).filter((q) => q.kind === 'direct');
    // the quote its own frame interrupts is one content in two parts
    expect(quotes.map((q) => q.speaker?.actor)).toEqual([SCHOLZ.id, SCHOLZ.id]);
    const first = quoteStarting(quotes, 'The talks were difficult');
    expect(first.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['The talks were difficult,', 'But we found common ground.']);
    expect(quoteStarting(quotes, 'There will be').speaker?.text).toBe('He');
  });

  it('joins the pieces of a quote its frame interrupts, a long frame, a lower-case run-on and over the cue\'s own infinitive', () => {
    const texts = [
      // a frame of more than a dozen words between the pieces
      '“The talks were difficult,” said Olaf Scholz, the chancellor, speaking to reporters in Berlin after the meeting on Tuesday. “But we found common ground.”',
      // the sentence runs on after the frame: the second piece opens in lower case
      'The chancellor wrote about the budget. “Prices have doubled in three years,” Mr Scholz wrote, “and wages have stood still.”',
      // the frame's cue also reports the infinitive of the second piece
      '“We came here to win,” Mr Scholz told reporters, “to prove that a small team can beat the giants.”',
    ];
    const firsts = ['The talks were difficult,', 'Prices have doubled in three years,', 'We came here to win,'];
    const seconds = ['But we found common ground.', 'and wages have stood still.', 'to prove that a small team can beat the giants.'];
    texts.forEach((text, i) => {
      const doc = makeDoc(text, [SCHOLZ], [{ text: text.includes('Olaf Scholz') ? 'Olaf Scholz' : 'Mr Scholz', actor: SCHOLZ.id }]);
      const q = quoteStarting(quotesOf(doc).filter((x) => x.kind === 'direct'), firsts[i]);
      expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual([firsts[i], seconds[i]]);
      expect(q.speaker?.actor).toBe(SCHOLZ.id);
      expect(quotesOf(doc).filter((x) => x.kind === 'partial')).toEqual([]);
    });
  });

  it('joins the pieces over a participle clause of the frame and after a speaker named behind the cue', () => {
    const texts = [
      // the frame's participle reports a clause of its own between the pieces
      '“We are glad the plan passed,” Mr Scholz said, adding that the vote had been close. “Now the real work begins.”',
      // the second piece reads no frame of its own after "said X, role,"
      '“We tell every donor about the risks,” said Olaf Scholz, director of the clinic at the city hospital, “And some of them still go ahead.”',
    ];
    const firsts = ['We are glad the plan passed,', 'We tell every donor about the risks,'];
    const seconds = ['Now the real work begins.', 'And some of them still go ahead.'];
    texts.forEach((text, i) => {
      const doc = makeDoc(text, [SCHOLZ], [{ text: i === 0 ? 'Mr Scholz' : 'Olaf Scholz', actor: SCHOLZ.id }]);
      const direct = quotesOf(doc).filter((x) => x.kind === 'direct');
      expect(direct).toHaveLength(1);
      expect(direct[0].parts?.map((p) => text.slice(p.start, p.end))).toEqual([firsts[i], seconds[i]]);
      expect(direct[0].speaker?.actor).toBe(SCHOLZ.id);
    });
  });

  it('takes a speaker from a short attribution sentence after the quote', () => {
    const text = 'Western officials were cautious. “This is not yet a breakthrough.” Mr Borrell said it twice in Brussels.';
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind === 'direct');
    expect(quotes[0].text).toBe('This is not yet a breakthrough.');
    expect(quotes[0].speaker?.text).toBe('Mr Borrell');
  });

  it('attributes quotes inside headlines: colon form and trailing "says X"', () => {
    const text = [
      'Stoltenberg: “Alliance will defend every inch of its territory”',
      '“We will not be intimidated”, says Finnish president',
      'Leaders gathered in Vilnius on Tuesday for the annual summit.',
    ].join('\n\n');
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(2);
    expect(quotes[0].speaker?.text).toBe('Stoltenberg');
    expect(quotes[1].speaker?.text).toBe('Finnish president');
    expect(quotes[1].cue).toBe('says');
  });
});

describe('direct quotes: manners of speaking', () => {
  it('reads "deadpanned", "enthused" and "reasoned" as frames', () => {
    const qs = quotesOf(makeDoc('"The turkeys had other plans this year," he deadpanned. "We have finally finished the new bridge," enthused Ana Lopes, the project manager. The council reasoned, "because the road is private, the town cannot repair it."'));
    expect(quoteStarting(qs, 'The turkeys had other plans', 'direct')).toMatchObject({ cue: 'deadpanned', speaker: { text: 'he' } });
    expect(quoteStarting(qs, 'We have finally finished', 'direct')).toMatchObject({ cue: 'enthused', speaker: { text: 'Ana Lopes' } });
    expect(quoteStarting(qs, 'because the road is private', 'partial')).toMatchObject({ cue: 'reasoned', speaker: { text: 'The council' } });
  });
});
