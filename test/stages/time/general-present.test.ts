// "Today" as the present in general (TIMEX3 PRESENT_REF) when a word of continuation or comparison
// attaches to it or to the words up to its predicate in a present-tense clause, or when it is an adjunct
// of a present state (a copular, passive or present-perfect predicate); the document's day otherwise. Read on the parse (general-present.ts). All sentences are the team's own.
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
    // A state told of the present, with no cue word: a copular, passive or present-perfect predicate.
    ['The old mill was built by a weaver in 1820, and today it is owned by the town.'],
    ['Her love of the sea is as keen today as in her childhood.'],
    ['Farms covered half the county in 1950, and that share has shrunk to ten percent today.'],
    ['That is the hard choice facing small shops in the region today.'],
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
    // An act that can be scheduled for the day, a progressive, a modal, a plan or the subject "today".
    ['The council meets today to choose a new mayor.'],
    ['The road is being repaired today.'],
    ['A verdict is expected today.'],
    ['The team could be in the final today.'],
    ['The mayor is in court today.'],
    ['The dockers have set up a picket line at the gate today.'],
    ["The players talked about today's game."],
  ])('%s', (text) => {
    expect(parsedValueOf(D, text, 'today')).toBe(D);
  });

  it('"today" as the subject names the day', () => {
    expect(parsedValueOf(D, 'Today is the last day to vote.', 'Today')).toBe(D);
  });

  it('without a parse the cue words are not read', () => {
    expect(valueOf(D, 'The technique is still used today by pilots.', 'today')).toBe(D);
  });
});
