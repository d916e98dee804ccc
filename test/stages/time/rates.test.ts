// "a"/"an" + unit after a count or an amount is the period of a rate (SET), after a unit of distance part
// of a speed (no time expression); elsewhere it stays a duration or a date. Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2021-03-10';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('the period of a rate', () => {
  it.each([
    ['The nurses work 50 hours a week in the ward.', [['50 hours a week', 'SET', 'P1W']]],
    ['She trains five days a week and rests at home.', [['five days a week', 'SET', 'P1W']]],
    ['The town records about 12 burglaries a month, the police say.', [['a month', 'SET', 'P1M']]],
    ['He spends four to six weeks a year abroad.', [['four to six weeks a year', 'SET', 'P1Y']]],
    ['The plant saves $40 million in power a year.', [['a year', 'SET', 'P1Y']]],
  ])('%s', (text, want) => {
    expect(pairs(text)).toEqual(want);
  });

  // TimeML writes a count of a smaller unit in each larger one as one SET ("three days each month": value
  // P1M, freq 3D), as it does "twice a month"; the count is no DURATION of its own.
  it.each([
    ['The ferry sails 20 hours per day on the lake.', [['20 hours per day', 'SET', 'P1D']]],
    ['Volunteers give 10-12 hours a month to the club.', [['10-12 hours a month', 'SET', 'P1M']]],
    ['He had served two years a decade ago.', [['two years', 'DURATION', 'P2Y'], ['a decade ago', 'DATE', '2011']]],
    ['The team spent six months a year ago in camp.', [['six months', 'DURATION', 'P6M'], ['a year ago', 'DATE', '2020']]],
  ])('one SET for a count in each period: %s', (text, want) => {
    expect(pairs(text)).toEqual(want);
  });

  it('reads a speed as no time expression', () => {
    expect(pairs('The van was doing 140 kilometres an hour when it hit the wall.')).toEqual([]);
  });

  it('keeps a stretch or a date that follows a count', () => {
    expect(pairs('The firm hired 30 workers a year ago.')).toEqual([['a year ago', 'DATE', '2020']]);
    expect(pairs('The 12 members met for a week.')).toEqual([['a week', 'DURATION', 'P1W']]);
    expect(pairs('Those 3 wins made this a week to savour.')).toEqual([['a week', 'DURATION', 'P1W']]);
  });
});
