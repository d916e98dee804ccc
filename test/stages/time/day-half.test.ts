// A clock time with no am/pm takes the half of the day that a part of the day written after it names
// (day-half.ts, used by recognize.ts 'clock' and 'clock-oclock'); the first of a pair takes it too, and a clock
// time right before a part of a named day takes that day (index.ts). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

describe('a clock time in a part of the day', () => {
  it('is after noon in the evening, the afternoon and at night', () => {
    expect(valueOf(D, 'The pharmacy shuts at 6:00 in the evening on weekdays.', '6:00')).toBe('2024-06-12T18:00');
    expect(valueOf(D, 'The landlord phoned me at 10:00 at night about the boiler.', '10:00')).toBe('2024-06-12T22:00');
    expect(valueOf(D, 'The panel sits again at 2:15 in the afternoon.', '2:15')).toBe('2024-06-12T14:15');
    expect(valueOf(D, 'Doors open at 7:30 this evening for the recital.', '7:30')).toBe('2024-06-12T19:30');
    expect(valueOf(D, "Her shift ended at 10 o'clock at night.", "10 o'clock")).toBe('2024-06-12T22:00');
  });

  it('stays as written in the morning, at noon, in the small hours, with am/pm or in 24-hour form', () => {
    expect(valueOf(D, 'The bakery opens at 7:30 in the morning.', '7:30')).toBe('2024-06-12T07:30');
    expect(valueOf(D, 'Lunch was served at 12:30 in the afternoon.', '12:30')).toBe('2024-06-12T12:30');
    expect(valueOf(D, 'The alarm went off at 3:00 at night and woke the street.', '3:00')).toBe('2024-06-12T03:00');
    expect(valueOf(D, 'The vote closed at 9:00 a.m. this evening, oddly.', '9:00 a.m.')).toBe('2024-06-12T09:00');
    expect(valueOf(D, 'The ferry left at 19:45 in the evening.', '19:45')).toBe('2024-06-12T19:45');
    expect(valueOf(D, 'The ferry left at 6:00 and docked at noon.', '6:00')).toBe('2024-06-12T06:00');
  });

  it('gives the first of a choice or a range the second one’s half', () => {
    const t = timexes(D, 'Most days she went home at 5:15 or 6:30 in the evening.');
    expect(t.map((x) => x.value)).toEqual(['2024-06-12T17:15', '2024-06-12T18:30']);
    // a range across noon keeps its first end in the morning
    const r = timexes(D, 'The clinic ran from 11:00 to 3:00 in the afternoon.');
    expect(r.map((x) => x.value)).toEqual(['2024-06-12T11:00', '2024-06-12T15:00']);
  });

  it('takes the day of a part of a named day right after it', () => {
    expect(valueOf(D, 'The flight landed at 11:40 last night after a delay.', '11:40')).toBe('2024-06-11T23:40');
    expect(valueOf(D, 'They reached the camp on Saturday and left at 6:15 the next morning.', '6:15')).toBe('2024-06-09T06:15');
  });
});
