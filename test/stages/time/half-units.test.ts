// Half of one unit ("half an hour", "a half-hour", "half a century") is a count of the next smaller unit
// (PT30M, P50Y), in durations, in "ago" and in "later"; a count with "and a half" keeps its decimal. Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2019-10-17';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('half of one unit', () => {
  it.each([
    ['The ferry waited for half an hour.', 'half an hour', 'DURATION', 'PT30M'],
    ['A half-hour delay angered the crowd.', 'A half-hour', 'DURATION', 'PT30M'],
    ['The bridge has stood for half a century.', 'half a century', 'DURATION', 'P50Y'],
    ['The market opened half a day late.', 'half a day', 'DURATION', 'PT12H'],
    ['The mill closed half a century ago.', 'half a century ago', 'DATE', '1969'],
    ['The bakery shut two and a half years ago.', 'two and a half years ago', 'DATE', '2017-04'],
    ['The talks lasted two and a half years.', 'two and a half years', 'DURATION', 'P2.5Y'],
  ])('%s', (text, phrase, type, value) => {
    expect(pairs(text)).toEqual([[phrase, type, value]]);
  });

  it('leaves "half of" and "the second half" of a match alone', () => {
    expect(pairs('Half of the members voted; the second half began late.')).toEqual([]);
  });
});

describe('a count written with thousands separators, a digit half or hyphens is read whole', () => {
  it.each([
    ['The abbey has stood for 1,200 years.', '1,200 years', 'DURATION', 'P1200Y'],
    ['The pump ran for 10,000 hours without a fault.', '10,000 hours', 'DURATION', 'PT10000H'],
    ['She served 4 1/2 years on the board.', '4 1/2 years', 'DURATION', 'P4.5Y'],
    ['The dispute dragged on for four-and-a-half years.', 'four-and-a-half years', 'DURATION', 'P4.5Y'],
  ])('%s', (text, phrase, type, value) => {
    expect(pairs(text)).toEqual([[phrase, type, value]]);
  });

  it('no part of a separated count is read as a count of its own', () => {
    expect(pairs('Settlers reached the valley some 3,000 years ago.').map((p) => p[0])).not.toContain('000 years ago');
  });
});
