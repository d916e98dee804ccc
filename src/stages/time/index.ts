// The time stage: finds time expressions in candidate sentences (cheap keyword pre-filter), and
// normalises them to TIMEX3 values anchored on the document date and the narrative (see normalize.ts).
import type { Doc, Span, Timex, Token } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { addDays, diffDays, fmtYmd, parseYmd, type Ymd } from './calendar.ts';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.ts';
import { directionOf, needsTense, resolve, withFullYear } from './normalize.ts';
import { Recognizer } from './recognize.ts';
import { partAfterClock } from './day-half.ts';
import type { Candidate, Spec } from './spec.ts';
import { governorOf } from './governor.ts';
import { presentInGeneral } from './general-present.ts';
import { evidenceOf, sameWeekday, type Evidence, type WeekdayMention } from './same-weekday.ts';
import { modifiesNoun } from './govern.ts';
import { habitualClock } from './habit-clock.ts';

/** A resolved value outside the years 0000-9999 that TIMEX3 (and docs/schema.json) can write: negative or five digits. */
const OUT_OF_CALENDAR = /^(?:-|\d{5})/;

export { governingDate } from './govern.ts';

/** "today" of the deictic-day rule: the document's day, unless the clause means the present in general. */
function isBareToday(c: Candidate, text: string): boolean {
  return c.spec.k === 'rel' && c.spec.unit === 'D' && c.spec.offset === 0 && !c.spec.part && /^today$/i.test(text.slice(c.start, c.end));
}

const PRESENT_REF: Spec = { k: 'fixed', type: 'DATE', value: 'PRESENT_REF' };

/** Whether a spec names a time in a year before `year` ("in 2009", "the 1990s", "a decade ago"): the past "today" is set against. */
function earlierYear(spec: Spec, year: number): boolean {
  switch (spec.k) {
    case 'year':
    case 'date':
    case 'month':
    case 'season':
    case 'quarter':
    case 'half':
      return spec.y !== null && spec.y < year;
    case 'decade':
    case 'century':
      return true;
    case 'ago':
      return spec.unit === 'Y' || spec.unit === 'DE' || spec.unit === 'CE';
    default:
      return false;
  }
}

/** The weekday of a bare weekday mention ("Monday", "Monday night", "8:30 p.m. Monday"), else null. */
function bareWeekday(spec: Spec): number | null {
  if (spec.k === 'weekday') return spec.rel === null && !spec.weekend ? spec.wd : null;
  if (spec.k === 'time') return spec.off == null ? spec.wd : null;
  return null;
}

/** Whether a spec can be resolved without a document date. */
function anchorFree(spec: Spec): boolean {
  switch (spec.k) {
    case 'date':
    case 'month':
    case 'holiday':
      return spec.y !== null;
    case 'quarter':
    case 'half':
      return spec.y !== null;
    case 'year':
    case 'decade':
    case 'century':
    case 'fixed':
      return true;
    default:
      return false;
  }
}

/**
 * The day an expression's words were spoken when it is not the document's (an expression inside a quotation
 * attributed to another day: speech-time.ts), else null.
 */
export type SpeechDay = (span: Span) => Ymd | null;

/**
 * Recognise and normalise every time expression of `doc` (needs tokens and sentences), anchored on the
 * document date, or on `speechDay`'s day for an expression it gives one.
 */
export function findTimexes(doc: Doc, recognizer: Recognizer, lex: TimeLexicon, speechDay: SpeechDay = () => null): Timex[] {
  const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length }];
  const tokens = doc.layers.tokens ?? [];
  const dct: Ymd | null = parseYmd(doc.date ?? '');
  if (!dct) {
    doc.messages.push({ severity: 'warning', source: 'time', text: `document date "${doc.date}" is not YYYY-MM-DD: relative time expressions are left out` });
  }
  // Token ranges per sentence.
  const firstTok = new Array<number>(sentences.length).fill(-1);
  const lastTok = new Array<number>(sentences.length).fill(-1);
  tokens.forEach((t, i) => {
    if (firstTok[t.sentence] < 0) firstTok[t.sentence] = i;
    lastTok[t.sentence] = i + 1;
  });
  const out: Timex[] = [];
  let narrative: Ymd | null = dct;
  // The last month- or year-precision date told ("in October 2011"), when it is newer than the last day:
  // "a month later" / "a year later" count from it.
  let coarse: { at: Ymd; unit: 'M' | 'Y' } | null = null;
  const weekdays: WeekdayMention[] = [];
  sentences.forEach((s, si) => {
    // A year written with two digits ("10/25/89") takes the century nearest the document's year first,
    // so the rules below that compare years see the full one.
    const found = recognizer.recognize(doc.text, s.start, s.end);
    const cands = dct
      ? found.map((c) => {
          const spec = withFullYear(c.spec, dct.y);
          return spec === c.spec ? c : Object.assign({}, c, { spec });
        })
      : found;
    if (!cands.length) return;
    const sentTokens: Token[] = firstTok[si] >= 0 ? tokens.slice(firstTok[si], lastTok[si]) : [];
    let sentenceDay: Ymd | null = null;
    let prev: { c: (typeof cands)[number]; t: Timex } | null = null;
    const sets = cands.filter((c) => c.spec.k === 'fixed' && c.spec.type === 'SET');
    const habits: { t: Timex; day: string }[] = [];
    for (let c of cands) {
      if (isBareToday(c, doc.text) && presentInGeneral(doc, c, lex, sentTokens, !!dct && cands.some((o) => earlierYear(o.spec, dct.y)))) c = Object.assign({}, c, { spec: PRESENT_REF });
      if (!dct && !anchorFree(c.spec)) continue;
      // A bare part of the day under a future verb ("we will decide in the morning") is the next one, which
      // the words do not say: left out rather than given an unknown day ('part-of-day-bare').
      if (c.rule === 'part-of-day-bare' && sentTokens.length && governorOf(doc, c, lex, sentTokens).tense === 'future') continue;
      let direction: 'past' | 'future' | 'nearest' = c.spec.k === 'date' ? 'nearest' : 'past';
      let evidence: Evidence | null = null;
      if (needsTense(c.spec) && sentTokens.length) {
        let t = governorOf(doc, c, lex, sentTokens);
        let byDefault = !!t.cue;
        // "Monday's attack": a possessive weekday names a known occasion, past unless a cue says otherwise
        // or a future verb governs a scheduled event ("will attend Tuesday's summit"); with no tense to
        // read ("a tweet to invite her to Monday's debate") the nearer one.
        const poss = c.spec.k === 'weekday' ? /^['’]s\s+(\w+)/.exec(doc.text.slice(c.end, c.end + 30)) : null;
        if (poss && !t.cue && t.tense !== 'none' && !(t.tense === 'future' && lex.maps['scheduled-noun'].has(poss[1].toLowerCase()))) {
          t = { tense: 'past', verb: null };
          byDefault = true;
        }
        evidence = evidenceOf(t.tense, byDefault);
        const kind = c.spec.k === 'weekday' || c.spec.k === 'time' || c.spec.k === 'mday' ? 'weekday' : c.spec.k === 'month' || c.spec.k === 'season' || c.spec.k === 'quarter' ? 'month' : 'date';
        direction = directionOf(t.tense, t.verb !== null && lex.maps['reporting-verb'].has(t.verb), kind);
        // "a year-end interview", "the end-of-year figures": a period edge before a noun names the
        // period the thing belongs to, the one under way, whatever tense tells of the thing.
        if (c.spec.k === 'rel' && c.spec.edge && modifiesNoun(sentTokens, c)) direction = 'nearest';
      }
      const anchor = (dct && speechDay(c)) ?? dct ?? { y: 1970, m: 1, d: 1 };
      const coarseFits = coarse && c.spec.k === 'narr' && (c.spec.unit === 'Y' || (c.spec.unit === 'M' && coarse.unit === 'M'));
      const r = resolve(c.spec, { dct: anchor, narrative: coarseFits ? coarse!.at : narrative ?? anchor, direction, sentenceDay });
      if (!r || OUT_OF_CALENDAR.test(r.value)) continue; // e.g. "tomorrow" on 9999-12-31: no TIMEX3 value to give
      const timex: Timex = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: r.type, value: r.value, precision: r.precision };
      if (prev) orderRange(doc.text, prev.c, prev.t, c, timex, anchor);
      if (prev) rangeDays(doc.text, prev.c, prev.t, c, timex);
      if (prev) sharedYear(doc.text, prev.c, prev.t, c);
      if (prev) glossDay(doc.text, prev.c, prev.t, c, timex);
      if (prev) rangeClock(doc.text, lex, prev.c, prev.t, c, timex);
      if (prev) clockOnDay(doc.text, prev.c, prev.t, timex);
      // A clock time in a habit has no day of its own (habit-clock.ts) and moves neither the sentence's day nor the
      // narrative's; a day written right after it still gives it that day (clockOnDay), so it is undated at the sentence's end.
      const habit = c.spec.k === 'time' && c.spec.wd === null && c.spec.off == null && /^\d{4}-\d{2}-\d{2}T/.test(timex.value) && habitualClock(doc, c, lex, sets);
      if (habit) habits.push({ t: timex, day: timex.value.slice(0, 10) });
      out.push(timex);
      const wd = evidence === null ? null : bareWeekday(c.spec);
      if (wd !== null) weekdays.push({ timex, wd, evidence: evidence! });
      prev = { c, t: timex };
      if (!r.day && r.type === 'DATE' && (c.spec.k === 'month' || c.spec.k === 'year') && !r.value.startsWith('FY')) {
        const m = /^(\d{4})(?:-(\d{2}))?$/.exec(r.value);
        if (m) coarse = { at: { y: +m[1], m: m[2] ? +m[2] : 1, d: 1 }, unit: m[2] ? 'M' : 'Y' };
      }
      if (r.day && !habit) {
        coarse = null;
        sentenceDay = r.day;
        // A flashback ("the day before") does not move the story's timeline; everything else does.
        // Nor does a date that labels a body ("before the 9/11 Commission").
        if (!(c.spec.k === 'narr' && c.spec.offset < 0) && !(c.spec.k === 'date' && c.spec.label)) narrative = r.day;
      }
    }
    for (const h of habits) if (h.t.value.slice(0, 10) === h.day) Object.assign(h.t, { value: `XXXX-XX-XX${h.t.value.slice(10)}`, precision: 'unknown' });
  });
  sameWeekday(weekdays);
  return out;
}

const RANGE_LINK = /^\s*(?:and|to|through|until|till|[-–])\s*$/i;

/**
 * A range of two yearless dates ("between January 1 and September 26", "from December 20 to January 4")
 * runs forward: when the first resolved after the second, the one further from the document date moves
 * a year toward the other.
 */
function orderRange(text: string, ca: Candidate, a: Timex, cb: Candidate, b: Timex, dct: Ymd): void {
  if (ca.spec.k !== 'date' || cb.spec.k !== 'date' || ca.spec.y !== null || cb.spec.y !== null) return;
  if (!RANGE_LINK.test(text.slice(ca.end, cb.start))) return;
  if (/and/i.test(text.slice(ca.end, cb.start)) && !/\bbetween\s*$/i.test(text.slice(Math.max(0, ca.start - 12), ca.start))) return;
  if (a.value <= b.value) return;
  const da = parseYmd(a.value)!;
  const db = parseYmd(b.value)!;
  const dist = (d: Ymd) => Math.abs(diffDays(dct, d));
  if (dist(da) >= dist(db)) a.value = fmtYmd(Object.assign({}, da, { y: da.y - 1 }));
  else b.value = fmtYmd(Object.assign({}, db, { y: db.y + 1 }));
}

/**
 * The two ends of a day range share a month: the end written with no month ("Sept. 19 to 22", the first
 * day of "19-22 September") takes the other end's (the year comes with it, or from sharedYear).
 */
function rangeDays(text: string, ca: Candidate, a: Timex, cb: Candidate, b: Timex): void {
  if (ca.spec.k !== 'date' || cb.spec.k !== 'date' || !RANGE_LINK.test(text.slice(ca.end, cb.start))) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.value) || !/^\d{4}-\d{2}-\d{2}$/.test(b.value)) return;
  if (cb.rule === 'day-range-end' && cb.spec.y === null && ca.spec.m === cb.spec.m) b.value = `${a.value.slice(0, 8)}${b.value.slice(8)}`;
  else if (ca.rule === 'day-range-start' && ca.spec.y === null && ca.spec.m === cb.spec.m) a.value = `${b.value.slice(0, 8)}${a.value.slice(8)}`;
}

/** A range or a choice of two: "and", "or", "to", "through", "until", a dash. */
const PAIR_LINK = /^\s*(?:and|or|to|through|until|till|[-–])\s*$/i;

/**
 * Two dates or months joined as a range or a choice share the year written after the second: the first,
 * with no year of its own, takes it ("Feb. 5-8, 2002", "May and June of 1987", "late October or early
 * November 1963", "from Dec. 20 to Jan. 4, 2017": the year before when its month comes later).
 */
function sharedYear(text: string, ca: Candidate, a: Timex, cb: Candidate): void {
  if ((ca.spec.k !== 'date' && ca.spec.k !== 'month') || (cb.spec.k !== 'date' && cb.spec.k !== 'month')) return;
  if (ca.spec.y !== null || ca.spec.yrel !== undefined || (ca.spec.k === 'month' && ca.spec.rel !== null) || cb.spec.y === null) return;
  if (!/^\d{4}-\d{2}/.test(a.value) || !PAIR_LINK.test(text.slice(ca.end, cb.start))) return;
  a.value = `${cb.spec.y - (ca.spec.m > cb.spec.m ? 1 : 0)}${a.value.slice(4)}`;
}

/**
 * A range or a choice of clock times with "p.m." or a part of the day after its second end only ("from
 * 5:00-8:30 pm", "3:00 to 5:30 p.m.", "5:15 or 6:30 in the evening") is in the afternoon from its first end
 * too, unless the first hour is later than the second (it crosses noon: "11:00-1:00 pm").
 */
function rangeClock(text: string, lex: TimeLexicon, ca: Candidate, a: Timex, cb: Candidate, b: Timex): void {
  if (ca.spec.k !== 'time' || cb.spec.k !== 'time' || cb.spec.h < 12 || !PAIR_LINK.test(text.slice(ca.end, cb.start))) return;
  if (/[ap]\.?m\b|o['’]\s?clock/i.test(a.text)) return;
  const pm = /p\.?m\b/i.test(b.text) || (!/a\.?m\b/i.test(b.text) && partAfterClock(lex, text.slice(b.end, b.end + 40), false) !== null);
  if (!pm) return;
  const h2 = cb.spec.h - 12;
  if (ca.spec.h < 1 || ca.spec.h > 11 || ca.spec.h > h2 || h2 === 0) return;
  a.value = a.value.replace(/T\d\d/, `T${ca.spec.h + 12}`);
}

/**
 * A clock time in UTC glossing a local one in brackets ("at 6 a.m. (2200 GMT)", "12.45 a.m. (2115 GMT)")
 * is the same instant: its day is the local day shifted by the zone offset the two times imply (taken
 * between UTC−12 and UTC+14), not the local day itself.
 */
function glossDay(text: string, ca: Candidate, a: Timex, cb: Candidate, b: Timex): void {
  if (ca.spec.k !== 'time' || cb.spec.k !== 'time' || ca.spec.tz || !cb.spec.tz || cb.spec.wd !== null || cb.spec.off != null) return;
  if (!/^\s*\(\s*$/.test(text.slice(ca.end, cb.start))) return;
  const local = parseYmd(a.value.slice(0, 10));
  if (!local) return;
  const localMin = ca.spec.h * 60 + ca.spec.min;
  let offset = localMin - (cb.spec.h * 60 + cb.spec.min);
  if (offset > 14 * 60) offset -= 1440;
  if (offset <= -12 * 60) offset += 1440;
  const day = addDays(local, Math.floor((localMin - offset) / 1440));
  b.value = `${fmtYmd(day)}${b.value.slice(10)}`;
}

const CLOCK_DAY_LINK = /^(?:\s*,\s*|\s+on\s+|\s+)$/i;

/**
 * A clock time followed by the day it falls on ("shortly before 9 p.m. on June 3", "at 11:00 a.m., Saturday,
 * April 22", "at 4:15 the following day", "at 11:40 last night") is on that day, not on the day a bare clock time reads by default
 * (the story's day): a time with no day of its own takes the day of a day-precision date right after it.
 */
function clockOnDay(text: string, ca: Candidate, a: Timex, b: Timex): void {
  if (ca.spec.k !== 'time' || ca.spec.wd !== null || ca.spec.off != null) return;
  // The day of a part of a day counts too ("at 11:40 last night", "6:15 the next morning").
  if (!/^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$/.test(b.value) || (b.type === 'DATE' && b.precision !== 'day')) return;
  if (!CLOCK_DAY_LINK.test(text.slice(a.end, b.start))) return;
  a.value = `${b.value.slice(0, 10)}${a.value.slice(10)}`;
}

/** The time lexicon and the recogniser of `knowledge` (each built once per knowledge). */
export function timeReaders(knowledge: Knowledge): { lex: TimeLexicon; recognizer: Recognizer } {
  const lex = loadTimeLexicon(knowledge);
  return { lex, recognizer: knowledge.get('time:recognizer', () => new Recognizer(lex)) };
}

export const timeComponent: ComponentFactory = (knowledge: Knowledge) => {
  const { lex, recognizer } = timeReaders(knowledge);
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    assigns: ['timexes'],
    process(doc: Doc) {
      doc.layers.timexes = findTimexes(doc, recognizer, lex);
    },
  };
};
