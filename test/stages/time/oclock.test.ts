// "<n> o'clock" is a clock time (recognize.ts 'clock-oclock'): the hour as written, after noon when a
// part of the day after it says so, on the day that follows it. The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

describe("o'clock times", () => {
  it('reads a number word as the hour', () => {
    expect(valueOf(D, 'The baker was already awake at four o’clock in the morning.', 'four o’clock')).toBe('2024-06-12T04:00');
  });

  it('moves the hour past noon before "this afternoon"', () => {
    expect(valueOf(D, 'The committee wants a draft by 5 o’clock this afternoon.', '5 o’clock')).toBe('2024-06-12T17:00');
  });

  it('takes the weekday after it', () => {
    expect(valueOf(D, "The hearing resumes at 11 o'clock on Monday in the small courtroom.", "11 o'clock on Monday")).toBe('2024-06-17T11:00');
  });

  it('takes "yesterday" after it', () => {
    expect(valueOf(D, "The lights went out at nine o'clock yesterday across the valley.", "nine o'clock yesterday")).toBe('2024-06-11T09:00');
  });

  it('is no time with an hour past twelve written as a word', () => {
    expect(timexes(D, "Her fifteen o'clock idea made no sense.").map((t) => t.text)).toEqual([]);
  });
});
