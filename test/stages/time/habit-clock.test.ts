// A clock time in a habit has no day (habit-clock.ts): a habit word or a set expression of its clause, or
// "used to", makes it XXXX-XX-XXThh:mm; a clock time of a dated event keeps the story's day. The team's sentences.
import { describe, expect, it } from 'vitest';
import { parsedValueOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

describe('a clock time in a habit', () => {
  it('has no day beside a habit word', () => {
    expect(parsedValueOf(D, 'The caretaker usually locks the gate at 9:30 p.m.', '9:30 p.m.')).toBe('XXXX-XX-XXT21:30');
    expect(parsedValueOf(D, 'In those years the baker would ordinarily open around 5 a.m.', '5 a.m.')).toBe('XXXX-XX-XXT05:00');
    expect(parsedValueOf(D, 'The quiz show runs weekdays from 4 p.m. on a regional channel.', '4 p.m.')).toBe('XXXX-XX-XXT16:00');
  });

  it('has no day beside a set expression or after "used to"', () => {
    expect(parsedValueOf(D, 'The ferry leaves the harbour at 7:15 a.m. every day.', '7:15 a.m.')).toBe('XXXX-XX-XXT07:15');
    expect(parsedValueOf(D, 'The museum closes early on Mondays at 3 p.m.', '3 p.m.')).toBe('XXXX-XX-XXT15:00');
    expect(parsedValueOf(D, 'My grandfather used to wake at 4:45 a.m. to milk the cows.', '4:45 a.m.')).toBe('XXXX-XX-XXT04:45');
  });

  it('keeps the story’s day for a dated event, a plan told with "would" and a day written after it', () => {
    expect(parsedValueOf(D, 'The fire broke out at 2:10 a.m. in a warehouse.', '2:10 a.m.')).toBe('2024-06-12T02:10');
    expect(parsedValueOf(D, 'The airline said the flight would land at 6 p.m.', '6 p.m.')).toBe('2024-06-12T18:00');
    expect(parsedValueOf(D, 'The club usually meets at 8 p.m. on June 20 this year.', '8 p.m.')).toBe('2024-06-20T20:00');
  });
});
