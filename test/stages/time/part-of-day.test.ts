// A bare part of the day that no day is written with ("out at night", "in the morning before work") is a time of
// an unknown day, XXXX-XX-XXTxx (recognize.ts 'part-of-day-bare'); not when a word says which one, before a noun
// it modifies, after a clock time, nor under a future verb (index.ts).
// The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, timexOf } from './helpers.ts';

// Wednesday 4 May 2016.
const D = '2016-05-04';

const texts = (s: string) => timexes(D, s).map((t) => t.text);

describe('a part of the day with no day', () => {
  it('is a time of an unknown day, the preposition left out', () => {
    const t = timexOf(D, 'Shop owners say teenagers roam the square at night, smashing windows.', 'night');
    expect([t.type, t.value]).toEqual(['TIME', 'XXXX-XX-XXTNI']);
    expect(timexOf(D, 'He usually swims in the morning before work.', 'the morning').value).toBe('XXXX-XX-XXTMO');
    expect(timexOf(D, 'As a clerk she arrived early in the morning and left late.', 'the morning').value).toBe('XXXX-XX-XXTMO');
    expect(timexOf(D, 'The guard sleeps during the afternoon, they said.', 'the afternoon').value).toBe('XXXX-XX-XXTAF');
    expect(timexOf(D, 'At night, though, the valley went quiet.', 'night').value).toBe('XXXX-XX-XXTNI');
  });

  it('is not taken when a word says which one', () => {
    expect(texts('The morning of the vote was cold and the polls opened late.')).toEqual([]);
    expect(texts('I heard the news early in the morning when she phoned.')).toEqual([]);
    expect(texts('Nobody slept in the night that followed the storm.')).toEqual([]);
    expect(texts('We spoke in the afternoon on Friday about it.')).toEqual(['Friday']);
  });

  it('is not taken before a noun it modifies', () => {
    expect(texts('The chart is shown in the morning meetings of the staff.')).toEqual([]);
  });

  it('leaves a clock time its own', () => {
    expect(texts('The office closes at 5 in the evening.')).not.toContain('the evening');
  });

  it('is left out under a future verb, where the next one is meant', () => {
    expect(texts('The board will decide in the morning.')).toEqual([]);
  });
});
