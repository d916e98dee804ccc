// The cases issue 18 names, one by one, in the team's own sentences, through the full pipeline: the
// direction of a bare weekday, month or season from the tense of the verb that governs it; quote dates
// from the attribution, never from dates inside the quoted words, shared by the quotes of one occasion;
// event dates of background clauses. Each block says where the behaviour is built. The one case not
// built (a month modifying an event noun under a present-tense verb) is listed in docs/time.md.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc } from '../../../src/doc/types.ts';

const pipeline = defaultPipeline();
// Saturday 16 October 2021.
const D = '2021-10-16';

const run = (text: string): Doc => pipeline.run(createDoc({ date: D, text }));

function valueIn(text: string, phrase: string): string {
  const all = run(text).layers.timexes ?? [];
  const t = all.find((x) => x.text === phrase);
  if (!t) throw new Error(`no timex "${phrase}" in: ${all.map((x) => `"${x.text}"=${x.value}`).join(', ') || '(none)'}`);
  return t.value;
}

/** The dates of the text's direct and indirect quotes, in order. */
const quoteDates = (text: string): string[] => (run(text).layers.quotes ?? []).filter((q) => q.kind !== 'partial').map((q) => q.date ?? '');

function eventDate(text: string, trigger: string): [string | null, string] {
  const e = (run(text).layers.events ?? []).find((x) => x.trigger.text === trigger);
  if (!e) throw new Error(`no event "${trigger}"`);
  return [e.date, e.precision];
}

describe('a bare weekday, month or season takes its direction from the governing verb (time/tense.ts, governor.ts)', () => {
  it.each([
    // past tense: the most recent one, however near the next
    ['Firefighters contained the blaze on Friday.', 'Friday', '2021-10-15'],
    ['Investigators got a search order Sunday and raided the depot.', 'Sunday', '2021-10-10'],
    // a past-tense clause of an October article: the same year's June, not the next
    ['The league suspended the coach in June.', 'June', '2021-06'],
    ['The crew had left the port on Tuesday.', 'Tuesday', '2021-10-12'],
    ['Fuel prices have climbed since June.', 'June', '2021-06'],
    // future, a plan, a scheduled present or progressive: ahead
    ['The ministry will publish the figures on Friday.', 'Friday', '2021-10-22'],
    ['The new bridge opens in March.', 'March', '2022-03'],
    ['The ferry is due to resume sailing on Monday.', 'Monday', '2021-10-18'],
    ['Dock workers are walking out on Tuesday.', 'Tuesday', '2021-10-19'],
    // no verb at all: the nearest
    ['Talks on Thursday.', 'Thursday', '2021-10-14'],
    // inside the subject of a present-tense verb: the verb's direction, or the possessive's past, not the
    // nearer date (the thirty-fifth session measured that reading on untuned news and dropped it: docs/time.md)
    ['Passes for the Friday matinee include a free drink.', 'Friday', '2021-10-22'],
    ["The fallout from Tuesday's vote is still growing.", 'Tuesday', '2021-10-12'],
    // "today" of the present in general (general-present.ts reads the same governor)
    ['Too many patients today still wait a week for a bed.', 'today', 'PRESENT_REF'],
  ])('%s', (text, phrase, value) => {
    expect(valueIn(text, phrase)).toBe(value);
  });
});

describe('a quote is dated by its attribution (quotes/dates.ts, time/speech-time.ts)', () => {
  it('not by a day inside the quoted words', () => {
    expect(quoteDates('"The polls closed early on Sunday," the observer said on Wednesday.')).toEqual(['2021-10-13']);
  });

  it('not by a date inside reported words, which keeps its own direction', () => {
    const text = 'The mayor said on Thursday that the market would reopen in May.';
    expect(quoteDates(text)).toEqual(['2021-10-14']);
    expect(valueIn(text, 'May')).toBe('2022-05');
  });

  it('an interview frame dates the speaker\'s next quote', () => {
    expect(quoteDates('In an interview with a local radio station on Tuesday, Rosa Lind said the plan was dead. "We start again in January," Lind said.')).toEqual(['2021-10-12', '2021-10-12']);
  });

  it('a deictic word inside a quotation is read from the day it was spoken', () => {
    expect(valueIn('"I want to go home tonight," a stranded driver said on Thursday.', 'tonight')).toBe('2021-10-14TNI');
  });

  it('a person quoted again after another speaker at the same occasion keeps its day', () => {
    const text = 'At a debate in Dover on Tuesday, Ana Ortiz said the port needed new cranes. "We cannot wait another year," Councillor Tom Bell said. "I have a plan for the docks," Ortiz said.';
    expect(quoteDates(text)).toEqual(['2021-10-12', D, '2021-10-12']);
  });
});

describe('an event of a background clause is not dated to the article\'s day at day precision (events/dating.ts)', () => {
  it('after a year that modifies a noun', () => {
    expect(eventDate('The EU imposed sanctions on the regime after the rigged 2020 vote.', 'imposed')).toEqual([D, 'unknown']);
  });

  it('a pluperfect reported on another day: bounded by that day, not dated by it', () => {
    expect(eventDate('Officials said on Thursday that soldiers had detained three fishermen.', 'detained')).toEqual(['2021-10-14', 'unknown']);
  });

  it('a pluperfect with its own time expression takes it', () => {
    expect(eventDate('Officials said on Thursday that soldiers had detained three fishermen in August.', 'detained')).toEqual(['2021-08', 'month']);
  });
});

describe('a record that speaks dates what it says (time/govern.ts recordDates, lexicon record-noun)', () => {
  it.each([
    // the record is the verb's subject
    ['A 1998 audit said the depot "kept no books at all."', ['1998']],
    ['A 2014 survey found that most riders wanted later buses.', ['2014']],
    // the record is the verb's "in" phrase, and a participle hung on that verb shares it
    ['In his 2009 memoir, the coach wrote that the club had cheated.', ['2009']],
    ['The senator mocked the plan in a 2012 radio interview, saying, "It will never float."', ['2012', '2012']],
    // a year on a noun that is no record, or a record that is not the verb's own, does not date the saying
    ['The 2012 election was close, the mayor said.', ['2021-10-16']],
    ['The paper reported that investigators found a 2005 letter.', ['2021-10-16']],
  ])('%s', (text, dates) => {
    expect(quoteDates(text)).toEqual(dates);
  });
});
