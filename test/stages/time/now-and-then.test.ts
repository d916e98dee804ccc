// "every now and then", "now and again" closing a clause: an idiom of frequency (occasionally), not the
// present; a temporal "now" before "and then" + a clause, or in "between now and then", stays PRESENT_REF.
// Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2021-03-15';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('now and then', () => {
  it.each([
    ['Every now and then the ferry skips a crossing.'],
    ['The old boiler still fails every now and again.'],
    ['Everyone needs a hand now and then, even the coach.'],
    ['Now and again, the river floods the lane.'],
  ])('%s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('keeps a temporal now', () => {
    expect(pairs('We sign the lease now and then we move in.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(pairs('Between now and then the council may change its mind.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(pairs('The team is now in second place.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
  });
});
