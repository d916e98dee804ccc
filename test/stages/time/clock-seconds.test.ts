// A clock reading with seconds (recognize.ts 'clock-duration') is a time of day when am/pm or a zone follows
// it or a date comes right before it, as in the header of a message; alone it is a stretch, as a race
// time is. A range of clock times gives both ends, the first in the afternoon when only the second says so
// (index.ts rangeClock). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

const D = '2003-07-15';

describe('clock readings with seconds', () => {
  it('is the time of day of a dated message header', () => {
    expect(valueOf(D, 'Sent by the front desk on 07/14/2003 04:05:09 PM', '04:05:09 PM')).toBe('2003-07-14T16:05:09');
    expect(valueOf(D, 'Received: Mon, 14 Jul 2003 23:10:44 -0700', '23:10:44')).toBe('2003-07-14T23:10:44');
  });

  it('takes a zone after it', () => {
    expect(valueOf(D, 'The feed stopped at 09:12:30 GMT.', '09:12:30 GMT')).toBe('2003-07-15T09:12:30Z');
  });

  it('stays a stretch without a date, am/pm or a zone', () => {
    expect(valueOf(D, 'She won the hill race in 1:47:05 last year.', '1:47:05')).toBe('PT1H47M5S');
  });

  it('leaves its minutes and seconds out of a clock time after it', () => {
    expect(timexes(D, 'He finished in 2:11:40 on Sunday.').map((t) => `${t.text}=${t.value}`)).toEqual(['2:11:40=PT2H11M40S', 'Sunday=2003-07-13']);
  });
});

describe('ranges of clock times', () => {
  it('gives both ends, the first in the afternoon when only the second says p.m.', () => {
    expect(timexes(D, 'The workshop runs from 2:00-4:30 p.m. in room six.').map((t) => `${t.text}=${t.value}`)).toEqual([
      '2:00=2003-07-15T14:00',
      '4:30 p.m.=2003-07-15T16:30',
    ]);
  });

  it('keeps the morning for a first end later than the second', () => {
    expect(valueOf(D, 'The desk is staffed 10:30-1:15 pm on weekdays.', '10:30')).toBe('2003-07-15T10:30');
  });

  it('reads the second end after an am/pm of the first', () => {
    expect(valueOf(D, 'Call us 9:15 AM-11:45 AM any day.', '11:45 AM')).toBe('2003-07-15T11:45');
  });

  it('writes no Z for a zone with an offset, and no space after the time', () => {
    expect(valueOf(D, 'The call starts at 9:00 AM (GMT-05:00) sharp.', '9:00 AM (GMT-05:00)')).toBe('2003-07-15T09:00');
    expect(timexes(D, 'We meet at 7:45 -8:15 tomorrow.').map((t) => t.text)).toContain('7:45');
  });
});
