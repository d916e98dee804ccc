// Calendar arithmetic on plain YYYY-MM-DD dates (UTC, no time zones): shifting by days/months,
// ISO weeks, quarters and weekday lookups used to turn relative expressions into TIMEX3 values.

import { utcDay } from '../../doc/utc-day.ts';

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return { y: +m[1], m: +m[2], d: +m[3] };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYmd(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}
export function fmtYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export { utcDay };

function toUtc(d: Ymd): number {
  return utcDay(d.y, d.m - 1, d.d);
}
function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * 86400000);
}

/** Shift by whole months, clamping the day to the target month's length. */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcDay(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Difference in days b - a. */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86400000);
}

/** ISO 8601 week: { year, week }. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1: Ymd = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

export function fmtWeek(d: Ymd): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(d: Ymd): number {
  return Math.floor((d.m - 1) / 3) + 1;
}

/** The date with ISO weekday `wd` in direction dir from `anchor` (inclusive of the anchor when `inclusive`). */
export function weekdayNear(anchor: Ymd, wd: number, dir: 'past' | 'future', inclusive: boolean): Ymd {
  const cur = isoWeekday(anchor);
  if (dir === 'past') {
    let back = (cur - wd + 7) % 7;
    if (back === 0 && !inclusive) back = 7;
    return addDays(anchor, -back);
  }
  let fwd = (wd - cur + 7) % 7;
  if (fwd === 0 && !inclusive) fwd = 7;
  return addDays(anchor, fwd);
}

/** The n-th weekday `wd` (ISO 1-7) of month m in year y; n = -1 the last one ("the last Monday of May"). */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n < 0) return weekdayNear({ y, m, d: daysInMonth(y, m) }, wd, 'past', true);
  return addDays(weekdayNear({ y, m, d: 1 }, wd, 'future', true), 7 * (n - 1));
}

/** Fourth Thursday of November (US Thanksgiving). */
export function thanksgiving(y: number): Ymd {
  const nov1: Ymd = { y, m: 11, d: 1 };
  const first = weekdayNear(nov1, 4, 'future', true);
  return addDays(first, 21);
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
