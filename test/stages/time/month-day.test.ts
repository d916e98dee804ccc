// A day of the month written as an ordinal alone ("on the 14th", "until the 22nd"): the day of the
// document's month, or of the month before or after as the tense directs (recognize.ts 'month-day-ordinal',
// normalize.ts monthlessDate). The team's sentences.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, timexes } from './helpers.ts';

// Wednesday 10 April 2024.
const D = '2024-04-10';
const found = (date: string, text: string) => timexes(date, text).map((t) => [t.text, t.type, t.value]);

describe('an ordinal day of the month with no month written', () => {
  it('is a day of the month at hand', () => {
    expect(found(D, 'The plumber can come round on the 18th.')).toEqual([['the 18th', 'DATE', '2024-04-18']]);
    expect(found(D, 'The gallery stays shut until the 25th, when the new wing opens.')).toEqual([['the 25th', 'DATE', '2024-04-25']]);
  });

  it('moves to the next month ahead and the month before in the past', () => {
    expect(parsedValueOf(D, 'The rent will be due on the 3rd.', 'the 3rd')).toBe('2024-05-03');
    expect(parsedValueOf(D, 'The parcel arrived on the 28th, the clerk said.', 'the 28th')).toBe('2024-03-28');
  });

  it('gives a clock time after it that day', () => {
    expect(found(D, 'The coach leaves the morning of the 19th at 7 am, the driver said.')).toEqual([
      ['the 19th', 'DATE', '2024-04-19'],
      ['7 am', 'TIME', '2024-04-19T07:00'],
    ]);
  });

  it('leaves ordinals with a noun, or near one, and spans of centuries alone', () => {
    expect(found(D, 'Our flat was on the 4th floor, and theirs on the 6th.')).toEqual([]);
    expect(found(D, 'Readings are taken up to the 15th of each cycle.')).toEqual([]);
    expect(found(D, 'Hymns from the 16th to the 18th century were sung.').map((t) => t[0])).toEqual(['18th century']);
  });
});
