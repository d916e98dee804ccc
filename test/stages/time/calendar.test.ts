import { describe, expect, it } from 'vitest';
import { addMonths, fmtWeek, isoWeekday, nthWeekday, weekdayNear, thanksgiving, fmtYmd } from '../../../src/stages/time/calendar.ts';

describe('calendar helpers', () => {
  it('computes ISO weeks across year boundaries', () => {
    expect(fmtWeek({ y: 2021, m: 1, d: 2 })).toBe('2020-W53');
    expect(fmtWeek({ y: 2021, m: 1, d: 4 })).toBe('2021-W01');
    expect(fmtWeek({ y: 2019, m: 12, d: 30 })).toBe('2020-W01');
    expect(fmtWeek({ y: 2021, m: 11, d: 14 })).toBe('2021-W45');
  });

  it('weekdays and month shifts', () => {
    expect(isoWeekday({ y: 2021, m: 11, d: 14 })).toBe(7);
    expect(fmtYmd(weekdayNear({ y: 2021, m: 11, d: 14 }, 6, 'past', true))).toBe('2021-11-13');
    expect(fmtYmd(weekdayNear({ y: 2021, m: 11, d: 14 }, 7, 'past', false))).toBe('2021-11-07');
    expect(fmtYmd(weekdayNear({ y: 2021, m: 11, d: 14 }, 1, 'future', true))).toBe('2021-11-15');
    expect(fmtYmd(addMonths({ y: 2021, m: 1, d: 31 }, 1))).toBe('2021-02-28');
    expect(fmtYmd(addMonths({ y: 2021, m: 1, d: 15 }, -2))).toBe('2020-11-15');
    expect(fmtYmd(thanksgiving(2021))).toBe('2021-11-25');
  });
});

describe('nthWeekday', () => {
  it.each([
    [2019, 9, 1, 1, { y: 2019, m: 9, d: 2 }],
    [2020, 5, 1, -1, { y: 2020, m: 5, d: 25 }],
    [2021, 5, 1, -1, { y: 2021, m: 5, d: 31 }],
    [2018, 1, 1, 3, { y: 2018, m: 1, d: 15 }],
    [2016, 11, 1, 1, { y: 2016, m: 11, d: 7 }],
  ])('%i-%i, weekday %i, n %i', (y, m, wd, n, want) => {
    expect(nthWeekday(y, m, wd, n)).toEqual(want);
  });
});
