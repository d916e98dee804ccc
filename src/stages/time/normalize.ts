// Turns a recognised Spec into a TIMEX3 type/value/precision, anchored on the document date (news
// convention: unanchored weekdays and months point to the past unless the governing verb is future)
// or on the narrative anchor (the last full date mentioned) for "the day before", "a week later".
import type { Precision, TimexType } from '../../doc/types.ts';
import {
  addDays, addMonths, diffDays, easter, nthWeekday, fmtWeek, fmtYm, fmtYmd, isValidDay, quarterOf, thanksgiving, weekdayNear, type Ymd,
} from './calendar.ts';
import type { Spec, Unit } from './spec.ts';

/** A TIMEX3 year: four digits (years 0-999 padded: "next year" on 0001-01-01 is 0002, not 2). */
const yyyy = (y: number): string => String(y).padStart(4, '0');
import type { Tense } from './tense.ts';

export interface Resolved {
  type: TimexType;
  value: string;
  precision: Precision;
  /** The calendar day this value denotes, when it denotes one (used as the next narrative anchor). */
  day: Ymd | null;
}

export interface AnchorContext {
  dct: Ymd;
  /** Last day-precision date in the narrative (else the DCT). */
  narrative: Ymd;
  /** Direction from the governing verb. */
  direction: 'past' | 'future' | 'nearest';
  /** A day already resolved in the same sentence (for clock times), else null. */
  sentenceDay: Ymd | null;
}

/** Which way an unanchored expression points, given the tense of its governing verb. */
export function directionOf(tense: Tense, reporting: boolean, kind: 'weekday' | 'month' | 'date'): 'past' | 'future' | 'nearest' {
  if (tense === 'future') return 'future';
  // A plan told in the past ("was scheduled for Oct. 12") may fall on either side of the article's day.
  if (tense === 'future-in-past') return 'nearest';
  if (tense === 'past' || tense === 'past-perfect' || tense === 'present-perfect') return 'past';
  if (tense === 'present') return reporting ? 'past' : kind === 'date' ? 'nearest' : 'future';
  return 'nearest';
}

/** Whether resolving `spec` depends on tense (so the caller can skip the tense analysis otherwise). */
export function needsTense(spec: Spec): boolean {
  switch (spec.k) {
    case 'date':
    case 'holiday':
      return spec.y === null && (spec.k === 'date' ? spec.yrel === undefined : spec.rel === null);
    case 'month':
      return spec.y === null && spec.rel === null && spec.yrel === undefined;
    case 'weekday':
      return spec.rel === null || spec.rel === 0;
    case 'mday':
      return true;
    case 'season':
      return spec.y === null && spec.rel === null;
    case 'quarter':
      return spec.y === null && spec.yrel === null;
    case 'time':
      return spec.wd !== null || spec.off == null;
    case 'rel':
      return (!!spec.edge && spec.mod === 'END' && spec.offset === 0) || (spec.unit === 'WE' && spec.offset === 0);
    case 'narr':
      return !!spec.vague && spec.offset > 0;
    default:
      return false;
  }
}

const day = (d: Ymd): Resolved => ({ type: 'DATE', value: fmtYmd(d), precision: 'day', day: d });

/** Pick among yearly recurrences (y-1, y, y+1) of month/day the one matching the direction from dct. */
function yearlessDate(m: number, d: number, dct: Ymd, dir: AnchorContext['direction']): Ymd | null {
  const options: Ymd[] = [];
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) if (isValidDay(y, m, d)) options.push({ y, m, d });
  return pickOccurrence(options, dct, dir);
}

/** The day of a movable feast in year y. */
function movableDay(mov: NonNullable<Extract<Spec, { k: 'holiday' }>['movable']>, y: number): Ymd {
  const base = mov.from === 'easter' ? easter(y) : mov.from === 'nth' && mov.nth ? nthWeekday(y, mov.nth.m, mov.nth.wd, mov.nth.n) : thanksgiving(y);
  return addDays(base, mov.days);
}

/**
 * Day `d` of the document's month, of the month before or of the month after, by the direction: the latest
 * not after the DCT in the past, the earliest not before it ahead, else the nearest.
 */
function monthlessDate(d: number, dct: Ymd, dir: AnchorContext['direction']): Ymd | null {
  const options: Ymd[] = [];
  for (const k of [-1, 0, 1]) {
    const m0 = dct.m - 1 + k;
    const y = dct.y + Math.floor(m0 / 12);
    const m = (((m0 % 12) + 12) % 12) + 1;
    if (isValidDay(y, m, d)) options.push({ y, m, d });
  }
  if (!options.length) return null;
  const dist = (o: Ymd) => diffDays(dct, o);
  if (dir === 'past') return options.filter((o) => dist(o) <= 0).pop() ?? null;
  if (dir === 'future') return options.find((o) => dist(o) >= 0) ?? null;
  return options.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}

/** Among yearly occurrences (sorted), the one matching the direction from dct. */
function pickOccurrence(options: Ymd[], dct: Ymd, dir: AnchorContext['direction']): Ymd | null {
  if (!options.length) return null;
  const dist = (o: Ymd) => diffDays(dct, o);
  if (dir === 'past') {
    const past = options.filter((o) => dist(o) <= 0);
    // A date a few weeks after the DCT in a past-tense sentence is more likely a scheduled date (or a
    // misread tense) than the same day almost a year back.
    const soon = options.find((o) => dist(o) > 0 && dist(o) <= 31);
    if (soon && (!past.length || dist(past[past.length - 1]) < -300)) return soon;
    return past.length ? past[past.length - 1] : options[0];
  }
  if (dir === 'future') {
    const fut = options.filter((o) => dist(o) >= 0);
    return fut.length ? fut[0] : options[options.length - 1];
  }
  return options.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}

function seasonIndex(y: number, s: string): number {
  return y * 4 + ['SP', 'SU', 'FA', 'WI'].indexOf(s);
}
function currentSeason(d: Ymd): number {
  if (d.m === 12) return seasonIndex(d.y, 'WI');
  if (d.m <= 2) return seasonIndex(d.y - 1, 'WI');
  return seasonIndex(d.y, d.m <= 5 ? 'SP' : d.m <= 8 ? 'SU' : 'FA');
}
function fmtSeason(idx: number): string {
  return `${Math.floor(idx / 4)}-${['SP', 'SU', 'FA', 'WI'][idx % 4]}`;
}

/** The occurrence of season s relative to the DCT: rel -1 last, 0 this, +1 next; null = by direction. */
function resolveSeason(s: string, rel: number | null, dct: Ymd, dir: AnchorContext['direction']): string {
  const cur = currentSeason(dct);
  const want = ['SP', 'SU', 'FA', 'WI'].indexOf(s);
  let idx = cur;
  if (rel === 0) {
    const y = s === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
    return `${yyyy(y)}-${s}`;
  }
  const step = rel === 1 || (rel === null && dir === 'future') ? 1 : -1;
  const inclusive = rel === null;
  if (!inclusive) idx += step;
  while (idx % 4 !== want) idx += step;
  return fmtSeason(idx);
}

function weekdayDate(wd: number, rel: number | null, ctx: AnchorContext): Ymd {
  if (rel === -1) return weekdayNear(ctx.dct, wd, 'past', false);
  if (rel === 1) return weekdayNear(ctx.dct, wd, 'future', false);
  const past = weekdayNear(ctx.dct, wd, 'past', true);
  if (ctx.direction === 'past') return past;
  const future = weekdayNear(ctx.dct, wd, 'future', true);
  if (ctx.direction === 'future') return future;
  // Unknown tense: the nearer one, the past on a tie.
  return diffDays(ctx.dct, future) < diffDays(past, ctx.dct) ? future : past;
}

function shift(anchor: Ymd, unit: Unit, n: number): Resolved | null {
  switch (unit) {
    case 'D':
      return day(addDays(anchor, n));
    case 'W':
    case 'FN': {
      const d = addDays(anchor, 7 * n * (unit === 'FN' ? 2 : 1));
      return { type: 'DATE', value: fmtWeek(d), precision: 'week', day: null };
    }
    case 'WE':
      return { type: 'DATE', value: `${fmtWeek(addDays(anchor, 7 * n))}-WE`, precision: 'week', day: null };
    case 'M': {
      const d = addMonths(anchor, n);
      return { type: 'DATE', value: fmtYm(d.y, d.m), precision: 'month', day: null };
    }
    case 'Q': {
      const d = addMonths(anchor, 3 * n);
      return { type: 'DATE', value: `${d.y}-Q${quarterOf(d)}`, precision: 'quarter', day: null };
    }
    case 'Y':
      return { type: 'DATE', value: yyyy(anchor.y + n), precision: 'year', day: null };
    case 'DE':
      return { type: 'DATE', value: String(Math.floor(anchor.y / 10) + n).padStart(3, '0'), precision: 'unknown', day: null };
    case 'CE':
      return { type: 'DATE', value: String(Math.floor(anchor.y / 100) + n).padStart(2, '0'), precision: 'unknown', day: null };
    // Hours, minutes and seconds move the day by whole days only ("24 hours ago" is the day before,
    // "36 hours later" the day after): the anchor's clock time is not known.
    case 'H':
      return day(addDays(anchor, Math.trunc(n / 24)));
    case 'MIN':
      return day(addDays(anchor, Math.trunc(n / 1440)));
    case 'S':
      return day(addDays(anchor, Math.trunc(n / 86400)));
  }
}

/**
 * A year written with two digits ("10/25/89", "in '72") is the year with those last digits nearest the
 * document's year, the earlier one on a tie: '89 is 1989 in an article of 2016 and 2089 in none before 2040.
 */
export function nearestCentury(y: number, ref: number): number {
  const yy = ((y % 100) + 100) % 100;
  const base = ref - (((ref % 100) + 100) % 100) + yy;
  return [base - 100, base, base + 100].reduce((best, c) => (Math.abs(c - ref) < Math.abs(best - ref) ? c : best));
}

/** `spec` with a year written with two digits moved to the century nearest `ref` (the document's year). */
export function withFullYear(spec: Spec, ref: number): Spec {
  if ((spec.k === 'date' || spec.k === 'month' || spec.k === 'year') && spec.short && spec.y !== null) {
    return Object.assign({}, spec, { y: nearestCentury(spec.y, ref), short: false });
  }
  // A decade without its century ("the '60s", "the twenties"): the last one begun by the document's year.
  if (spec.k === 'decade' && spec.short) {
    const start = ref - (((ref % 100) + 100) % 100) + (+spec.value % 10) * 10;
    return Object.assign({}, spec, { value: String(start > ref ? start - 100 : start).slice(0, -1), short: false });
  }
  return spec;
}

export function resolve(spec: Spec, ctx: AnchorContext): Resolved | null {
  const { dct } = ctx;
  switch (spec.k) {
    case 'date': {
      const named = spec.namedYear !== undefined && spec.y === null && diffDays(dct, { y: spec.namedYear, m: spec.m, d: spec.d }) < 0 ? spec.namedYear : null;
      const y0 = spec.y ?? named ?? (spec.yrel !== undefined ? dct.y + spec.yrel : null);
      if (y0 !== null) return isValidDay(y0, spec.m, spec.d) ? day({ y: y0, m: spec.m, d: spec.d }) : null;
      const d = yearlessDate(spec.m, spec.d, dct, ctx.direction);
      return d ? day(d) : null;
    }
    case 'mday': {
      const d = monthlessDate(spec.d, dct, ctx.direction);
      return d ? day(d) : null;
    }
    case 'holiday': {
      if (spec.movable) {
        const mov = spec.movable;
        if (spec.y !== null) return day(movableDay(mov, spec.y));
        const options = [dct.y - 1, dct.y, dct.y + 1].map((y) => movableDay(mov, y));
        if (spec.rel === 0) return day(options[1]);
        if (spec.rel !== null) {
          const pick = spec.rel < 0 ? options.filter((o) => diffDays(dct, o) < 0).pop() : options.find((o) => diffDays(dct, o) > 0);
          return pick ? day(pick) : null;
        }
        const d = pickOccurrence(options, dct, ctx.direction);
        return d ? day(d) : null;
      }
      let y = spec.y;
      if (y === null && spec.rel !== null) {
        const thisYear: Ymd = { y: dct.y, m: spec.m, d: spec.d };
        const cmp = diffDays(dct, thisYear);
        y = spec.rel === 0 ? dct.y : spec.rel < 0 ? (cmp < 0 ? dct.y : dct.y - 1) : cmp > 0 ? dct.y : dct.y + 1;
      }
      if (y !== null) return day({ y, m: spec.m, d: spec.d });
      const d = yearlessDate(spec.m, spec.d, dct, ctx.direction);
      return d ? day(d) : null;
    }
    case 'month': {
      let y = spec.y ?? (spec.yrel !== undefined ? dct.y + spec.yrel : null);
      if (y === null) {
        if (spec.rel === 0) y = dct.y;
        else if (spec.rel === -1) y = spec.m < dct.m ? dct.y : dct.y - 1;
        else if (spec.rel === 1) y = spec.m > dct.m ? dct.y : dct.y + 1;
        else if (ctx.direction === 'future') y = spec.m >= dct.m ? dct.y : dct.y + 1;
        else if (ctx.direction === 'past') y = spec.m <= dct.m ? dct.y : dct.y - 1;
        // Unknown tense: the nearer one, the past on a tie.
        else y = spec.m <= dct.m ? (dct.m - spec.m <= 6 ? dct.y : dct.y + 1) : spec.m - dct.m < 6 ? dct.y : dct.y - 1;
      }
      const ym = fmtYm(y, spec.m);
      // A day of the month left unnamed: TIMEX3 writes its day as XX, and a part of it as a TIME.
      if (spec.dayIn) return spec.dayIn.part ? { type: 'TIME', value: `${ym}-XXT${spec.dayIn.part}`, precision: 'month', day: null } : { type: 'DATE', value: `${ym}-XX`, precision: 'month', day: null };
      return { type: 'DATE', value: ym, precision: 'month', day: null };
    }
    case 'year':
      return { type: 'DATE', value: spec.fiscal ? `FY${yyyy(spec.y)}` : yyyy(spec.y), precision: 'year', day: null };
    case 'decade':
    case 'century':
      return { type: 'DATE', value: spec.value, precision: 'unknown', day: null };
    case 'weekday': {
      const d = weekdayDate(spec.wd, spec.rel, ctx);
      if (spec.weekend) return { type: 'DATE', value: `${fmtWeek(d)}-WE`, precision: 'week', day: null };
      if (spec.part) return { type: 'TIME', value: `${fmtYmd(d)}T${spec.part}`, precision: 'day', day: d };
      return day(d);
    }
    case 'rel': {
      if (spec.unit === 'SEASON') {
        // "this season", "last season": the current meteorological season, shifted.
        if (!spec.season) return { type: 'DATE', value: fmtSeason(currentSeason(dct) + spec.offset), precision: 'unknown', day: null };
        return { type: 'DATE', value: resolveSeason(spec.season!, spec.offset, dct, ctx.direction), precision: 'unknown', day: null };
      }
      const back = spec.edge && spec.mod === 'END' && spec.offset === 0 && ctx.direction === 'past' ? -1 : 0;
      // "this weekend" told in the past is the weekend just gone ("took place this weekend" in a Tuesday
      // article: the last Saturday's week, an ISO week before the article's own), as "the weekend" is.
      const from = spec.unit === 'WE' && spec.offset === 0 && ctx.direction === 'past' ? weekdayNear(dct, 6, 'past', true) : dct;
      const r = shift(from, spec.unit, spec.offset + back);
      if (r && spec.fiscal && spec.unit === 'Y') r.value = `FY${r.value}`;
      if (r && spec.part) return { type: 'TIME', value: `${r.value}T${spec.part}`, precision: 'day', day: r.day };
      return r;
    }
    case 'part': {
      const d = addDays(dct, spec.dayOffset);
      return { type: 'TIME', value: `${fmtYmd(d)}T${spec.part}`, precision: 'day', day: d };
    }
    case 'ago': {
      if (spec.n === null) return { type: 'DATE', value: 'PAST_REF', precision: 'unknown', day: null };
      if (!Number.isInteger(spec.n)) return { type: 'DATE', value: 'PAST_REF', precision: 'unknown', day: null };
      // "a decade ago" is a year (2011 from 2021), not the decade 201X.
      if (spec.unit === 'DE' || spec.unit === 'CE') {
        const years = spec.n * (spec.unit === 'DE' ? 10 : 100);
        return { type: 'DATE', value: yyyy(dct.y - years), precision: 'year', day: null };
      }
      return shift(dct, spec.unit, -spec.n);
    }
    case 'narr': {
      // A vague count before the story's time is in the past; after it, in the past still when the story's
      // time is or the clause is ("some months later he died"), else the future.
      if (spec.vague) {
        const past = spec.offset < 0 || diffDays(ctx.narrative, dct) > 0 || ctx.direction === 'past';
        return { type: 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF', precision: 'unknown', day: null };
      }
      const r = shift(ctx.narrative, spec.unit, spec.offset);
      // Keep the day the narrative moves to ("a week later" from March 2 is around March 9) so that a
      // following "the next day" can hang on it.
      if (r && !r.day && (spec.unit === 'W' || spec.unit === 'M' || spec.unit === 'Y')) {
        r.day = spec.unit === 'W' ? addDays(ctx.narrative, 7 * spec.offset) : addMonths(ctx.narrative, spec.unit === 'M' ? spec.offset : 12 * spec.offset);
      }
      if (r && spec.part) return { type: 'TIME', value: `${r.value}T${spec.part}`, precision: 'day', day: r.day };
      return r;
    }
    case 'season': {
      const value = spec.y !== null ? `${spec.y}-${spec.s}` : resolveSeason(spec.s, spec.rel, dct, ctx.direction);
      return { type: 'DATE', value, precision: 'unknown', day: null };
    }
    case 'quarter': {
      let y = spec.y;
      if (y === null && spec.yrel !== null) y = dct.y + spec.yrel;
      if (y === null) {
        const cur = quarterOf(dct);
        if (ctx.direction === 'future') y = spec.q >= cur ? dct.y : dct.y + 1;
        else y = spec.q <= cur ? dct.y : dct.y - 1;
      }
      return { type: 'DATE', value: `${spec.fiscal ? 'FY' : ''}${yyyy(y)}-Q${spec.q}`, precision: 'quarter', day: null };
    }
    case 'half': {
      const y = spec.y ?? dct.y + (spec.yrel ?? 0);
      return { type: 'DATE', value: `${yyyy(y)}-H${spec.h}`, precision: 'unknown', day: null };
    }
    case 'time': {
      const d = spec.wd !== null ? weekdayDate(spec.wd, null, ctx) : spec.off != null ? addDays(dct, spec.off) : ctx.sentenceDay ?? (ctx.direction === 'past' && diffDays(ctx.narrative, dct) > 0 ? ctx.narrative : dct);
      const hh = String(spec.h).padStart(2, '0');
      const mm = String(spec.min).padStart(2, '0');
      const ss = spec.sec === undefined ? '' : `:${String(spec.sec).padStart(2, '0')}`;
      return { type: 'TIME', value: `${fmtYmd(d)}T${hh}:${mm}${ss}${spec.tz ? 'Z' : ''}`, precision: 'day', day: d };
    }
    case 'fixed':
      return { type: spec.type, value: spec.value, precision: 'unknown', day: null };
  }
}
