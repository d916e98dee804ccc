// Statement dates come from the attribution (cue clause, interview frame), never from dates inside the
// quoted or reported words; the quotes of one attributed occasion share its date. Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { afterDocument, shareOccasionDates, type StatementDate } from '../../../src/stages/quotes/dates.ts';

const pipeline = defaultPipeline();
// Thursday 17 October 2019.
const D = '2019-10-17';

function datesOf(text: string): [string, string][] {
  const doc = pipeline.run(createDoc({ date: D, text }));
  return (doc.layers.quotes ?? []).filter((q) => q.kind !== 'partial').map((q): [string, string] => [q.text.replace(/^["“]|[,."”]+$/g, ''), q.date ?? '']);
}

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

describe('shareOccasionDates', () => {
  const d = (date: string, explicit: boolean, clause = explicit): StatementDate => ({ date, explicit, clause });
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

  it('a quote with its own date keeps it, and a year it does not share does not stop a later day', () => {
    const items = [
      { key: 'a', date: d('2019-10-14', true) },
      { key: 'a', date: d('2012', true, false) },
      { key: 'a', date: d('2019-10-17', false) },
    ];
    shareOccasionDates(items);
    expect(items.map((x) => x.date.date)).toEqual(['2019-10-14', '2012', '2019-10-14']);
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
