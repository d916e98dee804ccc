// A clock time followed by the day it falls on (index.ts clockOnDay) takes that day, not the story's
// day a bare clock time reads by default. The team's sentences.
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

describe('a clock time before its own day', () => {
  it('takes the date after "on"', () => {
    expect(valueOf(D, 'The ferry left the harbour shortly after 9 p.m. on June 3 with forty passengers.', '9 p.m.')).toBe('2024-06-03T21:00');
  });

  it('takes a date set off by a comma', () => {
    expect(valueOf(D, 'The memorial will be held at 2:00 p.m., Sunday, June 16, 2024, at the town hall.', '2:00 p.m.')).toBe('2024-06-16T14:00');
  });

  it('takes a relative day right after it', () => {
    expect(valueOf(D, 'Counting began at 23:00 and the last box was opened at 4:15 the next day.', '4:15')).toBe('2024-06-13T04:15');
  });

  it('keeps the story day when no date follows', () => {
    expect(valueOf(D, 'The ferry left the harbour shortly after 9 p.m. with forty passengers.', '9 p.m.')).toBe('2024-06-12T21:00');
  });
});
