// Clock times with a zone (recognize.ts 'clock', 'clock-military'; index.ts glossDay): a four-digit time
// in GMT/UTC is a time, not a year; a bracketed UTC time glossing a local one takes the day the implied
// zone offset gives; a closing bracket the time did not open stays out of its extent. The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

// Saturday 9 March 2024.
const D = '2024-03-09';

describe('four-digit clock times with a zone', () => {
  it('are times of the day, not years', () => {
    expect(valueOf(D, 'The satellite was launched at 1430 GMT.', '1430 GMT')).toBe('2024-03-09T14:30Z');
    expect(valueOf(D, 'The ceasefire took effect at 0600 UTC on Friday.', '0600 UTC on Friday')).toBe('2024-03-08T06:00Z');
  });

  it('leave four-digit years alone', () => {
    expect(valueOf(D, 'The bridge was built in 1930 by a Danish firm.', '1930')).toBe('1930');
  });
});

describe('a bracketed UTC time after a local one', () => {
  it('keeps the local day when the offset keeps it', () => {
    expect(valueOf(D, 'The ferry sank at 9:10 a.m. (0110 GMT) off the coast.', '0110 GMT')).toBe('2024-03-09T01:10Z');
  });

  it('moves to the day before east of Greenwich', () => {
    // local 1:30 a.m. at UTC+3:30 is 22:00 the evening before
    expect(valueOf(D, 'The fire broke out at 1.30 a.m. (2200 GMT) in a warehouse.', '2200 GMT')).toBe('2024-03-08T22:00Z');
  });

  it('moves to the day after west of Greenwich', () => {
    // local 9 p.m. at UTC−5 is 02:00 the next morning
    expect(valueOf(D, 'The vote closed at 9 p.m. (0200 GMT) in the capital.', '0200 GMT')).toBe('2024-03-10T02:00Z');
  });

  it('ends before a closing bracket it did not open', () => {
    const all = timexes(D, 'The tremor hit at 14:05 local time (10:35 GMT), officials said.');
    expect(all.map((t) => t.text)).toEqual(['14:05 local time', '10:35 GMT']);
    expect(all[1].value).toBe('2024-03-09T10:35Z');
  });
});
