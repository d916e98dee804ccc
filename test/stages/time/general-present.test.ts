// "Today" as the present in general (TIMEX3 PRESENT_REF) when a word of continuation or comparison
// attaches to it or to the words up to its predicate in a present-tense clause; the document's day
// otherwise. Read on the parse (general-present.ts). All sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, valueOf } from './helpers.ts';

// Thursday 17 October 2019.
const D = '2019-10-17';

describe('"today" meaning nowadays is PRESENT_REF', () => {
  it.each([
    ['Even today, the old feud divides the valley.'],
    ['The rivalries, which even today divide the league, began in 1950.'],
    ['The technique is still used today by pilots.'],
    ['The coin, which I still keep today, cost a penny.'],
    ['Too many claims today still wait for months.'],
    ['Modern chips solve such problems far faster than can be done today.'],
    ['Rates for 2020 are lower than rates in effect today.'],
  ])('%s', (text) => {
    expect(parsedValueOf(D, text, 'today')).toBe('PRESENT_REF');
  });
});

describe('"today" of the news stays the document day', () => {
  it.each([
    ['Fares will rise today.'],
    ['The strike was still going on today.'],
    ['The price may be imposed as early as today, rather than next month.'],
    ['The firm said today that it had more staff than ever.'],
    ['Even the president attends the summit today.'],
    ['The ministry announced today that ferries still run on Sundays.'],
  ])('%s', (text) => {
    expect(parsedValueOf(D, text, 'today')).toBe(D);
  });

  it('without a parse the cue words are not read', () => {
    expect(valueOf(D, 'The technique is still used today by pilots.', 'today')).toBe(D);
  });
});
