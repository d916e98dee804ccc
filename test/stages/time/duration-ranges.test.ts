// A range of two counts sharing one unit ("between 12 and 18 months", "two to three years"): TimeML reads
// the first count as a duration of its own with the second's unit; ages ("aged 3, 5 and 8 months",
// "15 to 16-year-olds") are no durations. Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2021-05-12';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('the first count of a range is a duration with the shared unit', () => {
  it.each([
    ['The refit could take between 9 and 14 months to finish.', [['9', 'DURATION', 'P9M'], ['14 months', 'DURATION', 'P14M']]],
    ['Permits are issued within two to three weeks.', [['two', 'DURATION', 'P2W'], ['three weeks', 'DURATION', 'P3W']]],
    ['The council hopes to review it in 5 or 10 years.', [['5', 'DURATION', 'P5Y'], ['10 years', 'DURATION', 'P10Y']]],
    ['The smugglers received sentences ranging from 4 to 11 years.', [['4', 'DURATION', 'P4Y'], ['11 years', 'DURATION', 'P11Y']]],
    ['Repairs would close the bridge for 2.5 to 3 days.', [['2.5', 'DURATION', 'P2.5D'], ['3 days', 'DURATION', 'P3D']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('no range duration', () => {
  it('from an article or a vague word', () => {
    expect(pairs('The talks may last a day or two days.')).toEqual([['a day', 'DURATION', 'P1D'], ['two days', 'DURATION', 'P2D']]);
    expect(pairs('It stays open several to ten days.').map((p) => p[0])).toEqual(['ten days']);
  });

  it('from ages', () => {
    expect(pairs('The girls, aged 7, 3 and 6 months, were found safe.').map((p) => p[0])).not.toContain('3');
    expect(pairs('A group of 14 to 15-year-olds gathered outside.')).toEqual([]);
    expect(pairs('Volunteers aged 2 to 5 years old took part.')).toEqual([]);
  });
});
