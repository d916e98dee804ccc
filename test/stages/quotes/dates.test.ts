// Statement dates come from the attribution (cue clause, interview frame), never from dates inside the
// quoted or reported words; the quotes of one attributed occasion share its date. Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { afterDocument, datingExclusions, shareOccasionDates, type StatementDate } from '../../../src/stages/quotes/dates.ts';

const pipeline = defaultPipeline();
// Thursday 17 October 2019.
const D = '2019-10-17';

function datesOf(text: string, partials = false): [string, string][] {
  const doc = pipeline.run(createDoc({ date: D, text }));
  return (doc.layers.quotes ?? []).filter((q) => partials || q.kind !== 'partial').map((q): [string, string] => [q.text.replace(/^["“]|[,."”]+$/g, ''), q.date ?? '']);
}

/** The date of the first quote whose text starts with `prefix`. */
const dateOf = (got: [string, string][], prefix: string) => got.find(([t]) => t.startsWith(prefix))?.[1];

describe('dates inside quoted words are not the statement date', () => {
  it('a direct quote that names a date is dated by its attribution', () => {
    expect(datesOf('"We will close the bridge on November 12," a police spokesman said.')).toEqual([['We will close the bridge on November 12', D]]);
  });

  it('reported content that names a date is dated by its cue', () => {
    expect(datesOf('The harbour master said the ferries would sail again on Monday.')).toEqual([['the ferries would sail again on Monday', D]]);
  });

  it('the attribution clause wins over a weekday inside the quote', () => {
    const got = datesOf('"The count on Sunday was rigged," the opposition leader said on Tuesday.');
    expect(got).toEqual([['The count on Sunday was rigged', '2019-10-15']]);
  });
});

describe('a date that modifies a noun is not the statement date', () => {
  it('"his disputed 2018 re-election" does not date the quote', () => {
    const doc = pipeline.run(createDoc({ date: D, text: 'The rights group Amnesty International said the crackdown after the disputed 2018 re-election of President Alvarez was "a betrayal of the constitution".' }));
    const dates = (doc.layers.quotes ?? []).map((q) => q.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d === D)).toBe(true);
  });
});

describe('quotes of one interview share its date', () => {
  it('carries the interview date to the speaker\'s following quotes', () => {
    const text = 'In an interview with a state broadcaster on Wednesday, President Alvarez said the army was ready. "We are not afraid of anyone," he said. He added that talks with the rebels would resume on Monday.';
    expect(datesOf(text).map(([, d]) => d)).toEqual(['2019-10-16', '2019-10-16', '2019-10-16']);
  });

  it('carries it back to earlier quotes of the same run, and stops at another speaker', () => {
    const text = '"Our patience is over," said Ines Morel, the mayor of Tarvos. Speaking to a local radio station on Tuesday, Morel said the dam would be closed. The regional governor said the dam was safe.';
    expect(datesOf(text).map(([, d]) => d)).toEqual(['2019-10-15', '2019-10-15', D]);
  });
});

describe('a year read from another clause stays with its own quote', () => {
  it('"quit his post in 2016 and said …" does not date the speaker\'s next quote', () => {
    expect(datesOf('Harbour master Tom Bell quit his post in 2016 and said the port needed new cranes. "We cannot wait," Bell said.')).toEqual([
      ['the port needed new cranes', '2016'],
      ['We cannot wait', D],
    ]);
  });

  it('a weekday of the attribution still reaches the speaker\'s next quote', () => {
    expect(datesOf('In a letter posted on Saturday, Mayor Ana Ruiz said reading had changed her life. "Books kept me going," Ruiz wrote.')).toEqual([
      ['reading had changed her life', '2019-10-12'],
      ['Books kept me going', '2019-10-12'],
    ]);
  });
});

describe('quotes to one outlet share the interview date', () => {
  it('across another speaker\'s quote in between', () => {
    const text = 'In an interview with Reuters on Wednesday, President Alvarez said the army was ready. The opposition leader Rosa Mendes said the army was weak. "We are not afraid of anyone," Alvarez told Reuters.';
    expect(datesOf(text).map(([, d]) => d)).toEqual(['2019-10-16', D, '2019-10-16']);
  });
});

describe('a date inside another quote\'s words or the speaker\'s description does not date a quote', () => {
  it('a partial quote inside an indirect one: a day in the outer reported words dates neither, nor the speaker\'s next quote', () => {
    const text = 'Mark Whitfield told City Weekly that on October 3 after flying home from Denver, Rowan "went up to the front desk of the county jail and handed himself over", and told the deputies, "all he knew". "He was calm," Whitfield said.';
    const got = datesOf(text, true);
    expect(dateOf(got, 'on October 3')).toBe(D);
    expect(dateOf(got, 'went up to the front desk')).toBe(D);
    expect(dateOf(got, 'He was calm')).toBe(D);
  });

  it('a year in the speaker\'s apposition ("his chief adviser in 2012") does not date the quote', () => {
    const text = '"It is another race this time, and the question is whom you trust," said Carl Mendes, head of the first bid and his chief adviser in 2012. "I think he is wrong," he said.';
    expect(datesOf(text).map(([, d]) => d)).toEqual([D, D]);
  });

  it('a day after the speaker\'s apposition and a comma is the attribution\'s', () => {
    expect(datesOf('The port needed new cranes, said Tom Bell, the mayor, on Monday.')).toEqual([['The port needed new cranes', '2019-10-14']]);
  });

  it('a statement the speaker reports ("… was right when he said on Tuesday night …") keeps its day and does not lend it', () => {
    const text = 'Retired General Peter Hollis said Mayor Dan Corbett was right when he said on Tuesday night that the roads had been "left in ruins." "There is a deep rift," Hollis said.';
    const got = datesOf(text);
    expect(dateOf(got, 'Mayor Dan Corbett was right')).toBe(D);
    expect(dateOf(got, 'the roads had been')).toBe('2019-10-15');
    expect(dateOf(got, 'There is a deep rift')).toBe(D);
  });

  it('the attribution\'s own day still dates the quote and the speaker\'s run', () => {
    expect(datesOf('"We will not sign," the union leader Ana Ortiz said on Saturday. "The offer is an insult," Ortiz said.').map(([, d]) => d)).toEqual(['2019-10-12', '2019-10-12']);
  });

  it('an interview frame dates every quote of that interview, and a day inside the reported words does not', () => {
    const text = 'Rail union leader Ana Ortiz told the Herald in an interview on Monday that the strike would go on. "We have waited long enough," Ortiz said. She added that talks had failed on Friday.';
    expect(datesOf(text).map(([, d]) => d)).toEqual(['2019-10-14', '2019-10-14', '2019-10-14']);
  });

  it('an attribution set inside its quote ("The plan, she told me on Friday, is dead") is dated by it', () => {
    const got = datesOf('The plan, the mayor told me on Friday, is dead because the council will not pay for it.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, d]) => d === '2019-10-11')).toBe(true);
  });
});

describe('datingExclusions', () => {
  const s = (start: number, end: number) => ({ start, end });
  it('leaves out every other quote\'s content and the speaker\'s descriptions, but not a quote that holds the cue', () => {
    const { exclude, nested } = datingExclusions([s(50, 60)], s(40, 44), [[s(10, 30)], [s(35, 70)], [s(80, 90), s(95, 99)]], [s(52, 58)], [s(0, 8)]);
    expect(nested).toBe(true);
    expect(exclude).toEqual([s(50, 60), s(52, 58), s(10, 30), s(80, 90), s(95, 99), s(0, 8)]);
    expect(datingExclusions([s(50, 60)], s(40, 44), [[s(10, 30)]], [], []).nested).toBe(false);
  });
});

describe('shareOccasionDates', () => {
  const d = (date: string, explicit: boolean, clause = explicit): StatementDate =>
    ({ date, explicit, clause, precision: explicit ? 'day' : 'unknown', basis: explicit ? 'attribution' : 'document' });
  it('fills undated quotes from the nearest earlier dated one, else the first later one, per speaker run', () => {
    const items = [
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'a', date: d('2019-10-15', true) },
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'a', date: d('2019-10-16', true) },
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'b', date: d('2019-10-17', false) },
      { key: null, date: d('2019-10-17', false) },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2019-10-15', '2019-10-15', '2019-10-15', '2019-10-16', '2019-10-16', '2019-10-17', '2019-10-17']);
  });

  it('gives a speaker\'s undated quotes to an outlet the date named for that speaker and outlet', () => {
    const items = [
      { key: 'a', outlet: 'X', date: d('2019-10-14', true) },
      { key: 'b', outlet: null, date: d('2019-10-17', false) },
      { key: 'a', outlet: 'X', date: d('2019-10-17', false) },
      { key: 'a', outlet: 'Y', date: d('2019-10-17', false) },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2019-10-14', '2019-10-17', '2019-10-14', '2019-10-17']);
  });

  it('shares a date of another clause only at day or week precision, and never a bare year', () => {
    const items = [
      { key: 'a', date: d('2016', true, false) },
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'b', date: d('2019-08', true, false) },
      { key: 'b', date: d('2019-10-17', false) },
      { key: 'c', date: d('2019-W41', true, false) },
      { key: 'c', date: d('2019-10-17', false) },
      { key: 'e', date: d('2015', true, true) },
      { key: 'e', date: d('2019-10-17', false) },
      { key: 'f', date: d('2019-09', true, true) },
      { key: 'f', date: d('2019-10-17', false) },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2016', '2019-10-17', '2019-08', '2019-10-17', '2019-W41', '2019-W41', '2015', '2019-10-17', '2019-09', '2019-09']);
  });

  it('a nested statement keeps its own date without lending it, and an undated one takes the run\'s', () => {
    const items = [
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'a', date: { ...d('2019-10-15', true), nested: true } },
      { key: 'a', date: d('2019-10-17', false) },
      { key: 'b', date: d('2019-10-14', true) },
      { key: 'b', date: { ...d('2019-10-17', false), nested: true } },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2019-10-17', '2019-10-15', '2019-10-17', '2019-10-14', '2019-10-14']);
  });

  it('a quote with its own date keeps it, and a year it does not share does not stop a later day', () => {
    const items = [
      { key: 'a', date: d('2019-10-14', true) },
      { key: 'a', date: d('2012', true, false) },
      { key: 'a', date: d('2019-10-17', false) },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2019-10-14', '2012', '2019-10-14']);
  });

  it('a quote of the run told in the present keeps the article\'s day; one with no tense, or a future, takes the run\'s', () => {
    const T = (date: StatementDate, present: boolean | null) => ({ key: 'a', date, present });
    const items = [T(d('2019-10-14', true), false), T(d('2019-10-17', false), true), T(d('2019-10-17', false), false), T(d('2019-10-17', false), null)];
    shareOccasionDates(items);
    expect(items.map((x) => [x.date.date, x.date.basis])).toEqual([['2019-10-14', 'attribution'], ['2019-10-17', 'document'], ['2019-10-14', 'run'], ['2019-10-14', 'run']]);
  });

  it('a person told in the past after other speakers in the past keeps the last occasion, if it is that person\'s and a day', () => {
    const P = (key: string, date: StatementDate, past: boolean | null = true) => ({ key, date, past });
    const shared = (items: ReturnType<typeof P>[]) => {
      shareOccasionDates(items);
      return items.map((x) => x.date.date);
    };
    expect(shared([P('person:a', d('2019-10-15', true)), P('person:b', d('2019-10-17', false)), P('person:a', d('2019-10-17', false))])).toEqual(['2019-10-15', '2019-10-17', '2019-10-15']);
    // another person's occasion after it: the first one's is over
    expect(shared([P('person:a', d('2019-10-15', true)), P('person:b', d('2019-10-14', true)), P('person:a', d('2019-10-17', false))])).toEqual(['2019-10-15', '2019-10-14', '2019-10-17']);
    // a present tense in between, or the person's own, ends it; a quote with no cue neither ends it nor takes it
    expect(shared([P('person:a', d('2019-10-15', true)), P('person:b', d('2019-10-17', false), false), P('person:a', d('2019-10-17', false))])).toEqual(['2019-10-15', '2019-10-17', '2019-10-17']);
    expect(shared([P('person:a', d('2019-10-15', true)), P('person:b', d('2019-10-17', false)), P('person:a', d('2019-10-17', false), false)])).toEqual(['2019-10-15', '2019-10-17', '2019-10-17']);
    expect(shared([P('person:a', d('2019-10-15', true)), P('person:b', d('2019-10-17', false), null), P('person:a', d('2019-10-17', false))])).toEqual(['2019-10-15', '2019-10-17', '2019-10-15']);
    // not a person, not a day
    expect(shared([P('org:x', d('2019-10-15', true)), P('person:b', d('2019-10-17', false)), P('org:x', d('2019-10-17', false))])).toEqual(['2019-10-15', '2019-10-17', '2019-10-17']);
    expect(shared([P('person:a', d('2019-W41', true)), P('person:b', d('2019-10-17', false)), P('person:a', d('2019-10-17', false))])).toEqual(['2019-W41', '2019-10-17', '2019-10-17']);
  });
});

describe('a person quoted again after another speaker at one occasion', () => {
  it('keeps the occasion\'s day across the other speaker\'s quote', () => {
    const text = 'Speaking at a forum in Leith on Monday, Rosa Mendes said the ferry fares were too high. "Nobody can afford them," a student in the audience said. "We will cut them," Mendes said.';
    expect(datesOf(text, true).map(([, x]) => x)).toEqual(['2019-10-14', D, '2019-10-14']);
  });

  it('not when someone speaks in the present in between, nor when the person does', () => {
    expect(datesOf('Rosa Mendes said on Monday the ferry fares were too high. Students say they cannot afford them. "We will cut them," Mendes said.').map(([, x]) => x)).toEqual(['2019-10-14', D, D]);
    expect(datesOf('Rosa Mendes said on Monday the ferry fares were too high. "Nobody can afford them," a student said. Mendes says the fares will fall.').map(([, x]) => x)).toEqual(['2019-10-14', D, D]);
  });
});

describe('a date after the article is not when a statement was made', () => {
  it('a deadline in the cue clause does not date the statement', () => {
    // Thursday 17 October 2019: the statement was made by then, whatever date its clause names.
    const got = datesOf('The regulator estimated by 2030, rising demand would double the price of water.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, d]) => d === D)).toBe(true);
  });

  it('afterDocument compares at the value\'s own precision', () => {
    expect(afterDocument('2030', D)).toBe(true);
    expect(afterDocument('2019', D)).toBe(false);
    expect(afterDocument('2019-11', D)).toBe(true);
    expect(afterDocument('2019-10', D)).toBe(false);
    expect(afterDocument('2019-10-18', D)).toBe(true);
    expect(afterDocument('2019-10-16', D)).toBe(false);
    expect(afterDocument('2019-Q4', D)).toBe(false);
    expect(afterDocument('2020-Q1', D)).toBe(true);
    expect(afterDocument('2019-W50', D)).toBe(false);
  });
});
