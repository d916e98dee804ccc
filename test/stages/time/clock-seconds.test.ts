// A clock reading with seconds (recognize.ts 'clock-duration') is a time of day when am/pm or a zone follows
// it or a date comes right before it, as in the header of a message; alone it is a stretch, as a race
// time is. The team's sentences.
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
