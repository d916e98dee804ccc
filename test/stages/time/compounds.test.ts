// Compound expressions read as one TIMEX3: a clock time with its day word, a count of consecutive
// units, and the second year of a short year range. Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2019-10-17';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('clock time + today/tomorrow/yesterday', () => {
  it.each([
    ['The tender closes at 5 p.m. tomorrow.', '5 p.m. tomorrow', '2019-10-18T17:00'],
    ['The ferry left at 7:15 a.m. yesterday.', '7:15 a.m. yesterday', '2019-10-16T07:15'],
    ['The minister speaks at noon today.', 'noon today', '2019-10-17T12:00'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'TIME', value]]);
  });
});

describe('consecutive units are one duration', () => {
  it.each([
    ['Exports grew for three consecutive months.', 'three consecutive months', 'P3M'],
    ['The index fell for two straight weeks.', 'two straight weeks', 'P2W'],
    ['Rain fell on five successive days.', 'five successive days', 'P5D'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });
});

describe('short year ranges', () => {
  it('reads the second year in the first one\'s century', () => {
    expect(pairs('The famine of 1845-49 emptied the valley.')).toEqual([['1845', 'DATE', '1845'], ['49', 'DATE', '1849']]);
    expect(pairs('The club won the 2009-10 title.')).toEqual([['2009', 'DATE', '2009'], ['10', 'DATE', '2010']]);
  });

  it('leaves a second number that is not a later year alone', () => {
    expect(pairs('The 1990-85 figure is a typo.').map((p) => p[0])).toEqual(['1990']);
  });
});
