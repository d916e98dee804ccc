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

describe('a bare clock time told in the past takes the day the story has reached', () => {
  it('the day of an earlier sentence, when that day is before the article', () => {
    const text = 'The council vote was held on Sunday. The doors closed at 22:30 and the count ended at 3:10 the next day.';
    expect(valueOf(D, text, '22:30')).toBe('2024-06-09T22:30');
    expect(valueOf(D, text, '3:10')).toBe('2024-06-10T03:10');
  });

  it('a present or future clause keeps the article day', () => {
    expect(valueOf(D, 'The council vote was held on Sunday. The recount starts at 10 a.m.', '10 a.m.')).toBe('2024-06-12T10:00');
    expect(valueOf(D, 'The council vote was held on Sunday. The result will be read at 10 a.m.', '10 a.m.')).toBe('2024-06-12T10:00');
  });

  it('a story day after the article does not move a past clock time', () => {
    expect(valueOf(D, 'The fair opens on June 20. The last one closed at 6 p.m.', '6 p.m.')).toBe('2024-06-12T18:00');
  });
});
