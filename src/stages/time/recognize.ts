// Recognises time expressions in a sentence with a set of regex rules built from the time lexicon; each
// rule yields a Spec (what the words mean). Overlaps are resolved longest-first. Extents follow TimeML:
// no leading preposition ("on Saturday" → "Saturday"), "the" kept in "the past two years".
import type { TimeLexicon } from './lexicon.ts';
import { normWord } from './lexicon.ts';
import type { Candidate, Mod, Spec, Unit } from './spec.ts';
import { rateReading, unitGoesOn } from './rate.ts';
import { hourInPart, partAfterClock } from './day-half.ts';

type Groups = Record<string, string | undefined>;

interface Rule {
  name: string;
  re: RegExp;
  /** Cheap test on the sentence: the rule only runs when it matches. */
  needs: { test(s: string): boolean };
  /** Returns the spec, or null to reject; may narrow the extent by returning {spec, start, end} (offsets in the text). */
  build(g: Groups, m: RegExpExecArray, ctx: MatchContext): Spec | null | { spec: Spec; start: number; end: number };
}

interface MatchContext {
  text: string;
  /** Absolute offset of the match in text. */
  start: number;
  end: number;
}

const B = "(?<![\\w$£€'’.-])";
const E = '(?![\\w])';
/** Year start: like B but allows a range "2009-2010" (a hyphen after a digit). */
const YB = "(?<![\\w$£€'’.])(?<![A-Za-z]-)";
const DAYN = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const ORDQ = 'first|second|third|fourth|final|last|1st|2nd|3rd|4th';
const MODP = '(?<mod>early|mid|late|the\\s+(?:beginning|start|end|middle)\\s+of|(?:the\\s+)?(?:beginning|start|end|middle)\\s+of)';
const PREP_BEFORE_MONTH = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'of',
  'early', 'late', 'mid', 'between', 'last', 'next', 'this', 'that', 'each', 'every', 'throughout',
]);
/** Words before "a day"/"one night" that make it a length of time rather than a day (rule 'day-in-month'). */
const DAY_LENGTH_BEFORE = new Set(['for', 'spend', 'spends', 'spent', 'spending', 'last', 'lasts', 'lasted', 'take', 'takes', 'took', 'taking']);
const APPROX_COUNT = /(?:about|some|nearly|over|more\s+than|fewer\s+than|less\s+than|up\s+to|almost|approximately|roughly|at\s+least|only|just)\s+$/i;

const MOD_OF = (s: string | undefined): Mod => {
  if (!s) return null;
  const w = s.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end/.test(w)) return 'END';
  return null;
};

/** Words after "Sept. 11" that make it the 2001 attacks: the attacks themselves ("the Sept. 11 attacks"). */
const SEPT_11_EVENT = /^\s*(?:terror(?:ist)?\s+)?(?:attacks?|hijackings?|plots?)\b/i;
/**
 * The same, naming a party or a body ("the Sept. 11 hijackers", "the 9/11 Commission", "a 9/11 plotter",
 * "9/11-related"): a label, not a time the story is at, so it does not move the narrative day (index.ts).
 */
const SEPT_11_PARTY = /^(?:\s*(?:hijackers?|commission|panel|plotters?|conspira(?:cy|cies|tors?))\b|-[a-z])/i;
/** Words after "9/11" that make it the anniversary rather than the attacks ("a 9/11 memorial ceremony"). */
const SEPT_11_REMEMBRANCE = /^\s*(?:memorials?|anniversar(?:y|ies)|ceremon(?:y|ies)|commemorations?|services?|remembrances?)\b/i;
/** Words that may follow a bare part of the day it does not modify ("at night she reads", "in the morning before work", "in the evening, then"); 'part-of-day-bare'. */
const PART_OF_DAY_NEXT = /^(?:and|or|but|so|then|the|a|an|to|in|on|at|for|by|from|with|until|till|before|as|while|if|because|I|you|he|she|we|they|it|there|is|are|was|were|will|would|can|could|too|again|anyway|however|instead)$/;

const REL_OF: Record<string, number> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, present: 0, next: 1, coming: 1, following: 1,
};

function capitalised(s: string): boolean {
  return /^[A-Z]/.test(s);
}

function prevWord(text: string, pos: number): string {
  const m = /([A-Za-z]+)[^A-Za-z]*$/.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1].toLowerCase() : '';
}

function nextWord(text: string, pos: number): string {
  const m = /^\s*([A-Za-z']+)/.exec(text.slice(pos, pos + 30));
  return m ? m[1] : '';
}

/**
 * Whether the count and unit starting at `start` give someone's age ("pupils ages 9 months and up",
 * "at the age of four months", "aged 8–10 years", "aged 7, 5 and 3 months"): an age is no time of
 * the story, as "a 22-year-old" is not. `ageBefore` is the cue and any list of counts before this one.
 */
function afterAgeCue(ageBefore: RegExp, text: string, start: number): boolean {
  return ageBefore.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether "one day" / "a day" at [start, end) names an unspecified time rather than a length: "one day"
 * opening a clause or after "if", "that", "when", "hope" ("if one day they…", "That one day, we…"), or
 * "a day when/that" after "come" ("there came a day when…").
 */
function indefiniteDay(text: string, start: number, end: number, numWord: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  if (/^(a|an|one)$/.test(numWord) && /\b(?:come|comes|came|coming)\s+(?:\w+\s+)?$/i.test(before) && /^\s+(?:when|that)\b/i.test(after)) return true;
  if (numWord !== 'one') return false;
  if (/^\s*(?:later|after|before|earlier|ago|of|at\s+a\s+time|or|and|to|per|old|long|strike|trip|visit|event|pass)\b/i.test(after)) return false;
  if (!/^\s*,?\s*[A-Za-z]/.test(after)) return false;
  return /(?:^|[.!?"“”]\s*|,\s*|\b(?:if|that|when|hope|hopes|hoped|hopefully|maybe|perhaps|and|but)\s+)$/i.test(before);
}

/**
 * Whether "one day" at [start, end) closing its clause is a time ahead because a modal or a word of wishing
 * comes before it in the clause ("wants to skate in the show one day", "could benefit the country one
 * day.", "would be glad to visit you one day to see…"): TIMEX3 FUTURE_REF, as "if one day" already is. Not
 * after a preposition, a limiting word or a verb that measures time ("will take one day", "had only one day
 * to test it", "could stay one day"), nor before more time words ("one day a week", "one day next week").
 */
function wishedDay(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  if (!/^\s*(?:[,.;:!?"”’)]|to\s+[a-z]|when\b|$)/i.test(text.slice(end, end + 20))) return false;
  const before = text.slice(Math.max(0, start - 160), start);
  const clause = before.slice(Math.max(...['.', ';', ':', '!', '?', '"', '“', '”', '(', '\n'].map((m) => before.lastIndexOf(m))) + 1);
  if (/\b(?:in|for|of|per|within|at|by|about|over|after|before|than|to|up|only|just|least|another|every|each|the|a|an|that|this|take|takes|took|taken|taking|spend|spends|spent|spending|last|lasts|lasted|stay|stays|stayed|wait|waits|waited|need|needs|needed|have|has|had|get|gets|got|give|gives|gave|given|be|been)\s*$/i.test(clause)) return false;
  // Lower-case words only: "Will", "May" or "Hope" written with a capital may be a name.
  const words = clause.match(/(?:\b|['’])[a-z]+/g) ?? [];
  return words.some((w) => lex.maps.modal.has(normWord(w)) || lex.maps['wish-cue'].has(normWord(w)));
}

export class Recognizer {
  private readonly rules: Rule[];
  /** Cheap pre-filter: sentences without any of these cannot contain a timex. */
  readonly trigger: RegExp;

  /** Per rule, the index of its pre-filter among the distinct ones (several rules share one). */
  private readonly needIndex: Int32Array;
  private readonly needs: Rule['needs'][];
  /** Per distinct pre-filter, its answer on the sentence at hand: 0 not asked yet, 1 no, 2 yes. */
  private readonly needAnswers: Uint8Array;
  /** Per distinct pre-filter, 1 when it cannot match a sentence without a digit (requiresDigit). */
  private readonly needsDigit: Uint8Array;

  /** A word of time right before a date ("since", "prior to"): the date names an event's day (lexicon `event-day-cue`). */
  private readonly eventDayCue: RegExp;

  /**
   * A yearless 11 September: the 2001 attacks before a noun of theirs ("the Sept. 11 attacks", "hijackers",
   * "commission"), or right after a word of time (lexicon `event-day-cue`: "since Sept. 11") in a document
   * later than that day (normalize.ts); `named` (the written name "9/11") reads it so everywhere but before
   * a noun of remembrance. Otherwise this year's day, as any date without its year.
   */
  private septemberEleven(c: MatchContext, named: boolean): Spec | null {
    const after = c.text.slice(c.end, c.end + 30);
    if (SEPT_11_EVENT.test(after)) return { k: 'date', y: 2001, m: 9, d: 11 };
    if (SEPT_11_PARTY.test(after)) return { k: 'date', y: 2001, m: 9, d: 11, label: true };
    if (SEPT_11_REMEMBRANCE.test(after)) return { k: 'date', y: null, m: 9, d: 11 };
    const before = c.text.slice(Math.max(0, c.start - 30), c.start);
    if (this.eventDayCue.test(before) || (named && /(?:^|[^A-Za-z])during\s+$/i.test(before))) return { k: 'date', y: null, m: 9, d: 11, namedYear: 2001 };
    // "9/11" elsewhere ("expect another 9/11", "admitted 9/11") stands for the attacks as a thing, not a
    // time the clause is at: no timex, so it dates no event or quote.
    return named ? null : { k: 'date', y: null, m: 9, d: 11 };
  }

  constructor(private readonly lex: TimeLexicon) {
    this.eventDayCue = new RegExp(`(?:^|[^A-Za-z])(?:${lex.alt['event-day-cue']})\\s+$`, 'i');
    this.rules = this.buildRules();
    // (a pre-filter written twice, as two objects of one expression, is asked once)
    const byKey = new Map<unknown, Rule['needs']>();
    for (const r of this.rules) if (!byKey.has(needKey(r.needs))) byKey.set(needKey(r.needs), r.needs);
    this.needs = [...byKey.values()];
    this.needIndex = Int32Array.from(this.rules, (r) => this.needs.indexOf(byKey.get(needKey(r.needs))!));
    this.needAnswers = new Uint8Array(this.needs.length);
    this.needsDigit = Uint8Array.from(this.needs, (n) => (n instanceof RegExp && requiresDigit(n) ? 1 : 0));
    const words = [
      lex.alt.month, lex.alt.weekday, lex.alt.unit, lex.alt.season, lex.alt.part, lex.alt.holiday,
      lex.alt['set-adverb'], lex.alt['present-ref'], lex.alt['past-ref'], lex.alt['future-ref'], lex.alt['decade-word'],
      'today|tonight|yesterday|tomorrow|noon|midnight|midday|century|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:morning|afternoon|evening|night)s|season|quarter|Q[1-4]|FY|fiscal|half|o[\'’]\\s?clock',
    ].join('|');
    this.trigger = new RegExp(`\\d|\\b(?:${words})\\b`, 'i');
  }

  private num(s: string | undefined): number | null {
    if (!s) return 1;
    const w = normWord(s);
    if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
    if (/^\d{1,3}(,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
    const halfDigits = /^(\d+)[-\s]1\/2$/.exec(w);
    if (halfDigits) return Number(halfDigits[1]) + 0.5;
    let total = 0;
    let half = false;
    let rest = w;
    if (/[-\s]+and[-\s]+a[-\s]+half$/.test(rest)) {
      half = true;
      rest = rest.replace(/[-\s]+and[-\s]+a[-\s]+half$/, '');
    }
    for (const part of rest.split('-')) {
      const v = this.lex.maps.number.get(part.trim());
      if (v === undefined) return null;
      if (v === 'X') return NaN;
      total += Number(v);
    }
    return total + (half ? 0.5 : 0);
  }

  /**
   * Whether the capitalised word right after `end` makes the time word before it part of a name ("NBC
   * Nightly News", "the Daily Caller", "Easter Island", "Christmas St"): a capitalised word that is no
   * time word itself ("Easter Monday", "Christmas Eve" are in the lexicon; "Christmas morning" is not
   * capitalised).
   */
  private nameGoesOn(text: string, end: number): boolean {
    const m = /^[ \t]+([A-Z][\w'’.-]*)/.exec(text.slice(end, end + 30));
    if (!m) return false;
    const w = normWord(m[1]);
    const maps = this.lex.maps;
    return !(maps.weekday.has(w) || maps.month.has(w) || maps.part.has(w) || maps.unit.has(w) || maps.unit.has(w.replace(/s$/, '')) || maps.holiday.has(w));
  }

  /**
   * Whether a capitalised time word at `start` goes on a name begun by the capitalised word right before
   * it ("Russia Today", "LA Weekly", "Trending Today USA") in running text: on a line that holds a
   * lower-case word before them, a time word after a capitalised word (not one ending a sentence) is
   * capitalised only as part of a name; a title-cased headline ("Talks Resume Today") holds none.
   */
  private nameBefore(text: string, start: number): boolean {
    const before = text.slice(Math.max(0, start - 80), start);
    const m = /(?:^|[^\w'’.&-])([A-Z][\w'’&-]*(?:\.[\w'’&-]+)*) $/.exec(before);
    if (!m) return false;
    const w = normWord(m[1]);
    const maps = this.lex.maps;
    if (maps.weekday.has(w) || maps.month.has(w) || maps.holiday.has(w) || maps.part.has(w)) return false;
    const line = before.slice(0, before.length - m[1].length - 1).split('\n').pop() ?? '';
    return /(?:^|\s)[a-z]{4,}\b/.test(line);
  }

  private unit(s: string): Unit {
    const w = normWord(s).replace(/-/g, '');
    const v = this.lex.maps.unit.get(w) ?? this.lex.maps.unit.get(w.replace(/s$/, ''));
    if (w === 'weekend' || w === 'weekends') return 'WE';
    return (v ?? 'D') as Unit;
  }

  private month(s: string): number {
    return Number(this.lex.maps.month.get(normWord(s)) ?? this.lex.maps.month.get(normWord(s).replace(/\.$/, '')));
  }

  private weekday(s: string): number {
    return Number(this.lex.maps.weekday.get(normWord(s)));
  }

  private buildRules(): Rule[] {
    const L = this.lex.alt;
    const MON = `(?:${L.month})`;
    const WD = `(?:${L.weekday})`;
    // A count: digits (with thousands separators, a decimal point, or a half as "5 1/2"), or number words
    // ("twenty-five", "two and a half", "three-and-a-half").
    const NUMW = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+|[-\\s]1/2)?|(?:${L.number})(?:-(?:${L.number}))?(?:[-\\s]+and[-\\s]+a[-\\s]+half)?)`;
    const UNIT = `(?:${L.unit})`;
    // "aged", "ages", "the age of", "between the ages of", then any earlier counts of a list ("9, 8, 4 and").
    const ageBefore = new RegExp(`\\b(?:aged|ages?|ages?\\s+of)\\s+(?:between\\s+|from\\s+)?(?:${NUMW}\\s*(?:,|and|or|to|[-–])\\s*)*$`, 'i');
    const PART = `(?:${L.part})`;
    // "earlier"/"later" before a day ("earlier Friday", "later today"), unless a count and unit before it
    // make it the end of an offset ("two days later Friday") or a "than" after the day makes it a
    // comparison ("left earlier Friday than planned").
    const EDGE_LATER = `(?:earlier|later)(?<!(?:${UNIT})\\s+(?:earlier|later))(?![^.;,!?]{0,30}?\\bthan\\b)`;
    const SEASON = `(?:${L.season})`;
    const monthBefore = new RegExp(`\\b(?:${L.month})\\b[^.;]*$`);
    const word = (alt: string) => new RegExp(`\\b(?:${alt})(?![\\w])`, 'i');
    const monthWord = word(L.month);
    const has = {
      month: monthWord,
      // a month name and a digit anywhere in the sentence (one regex with [\s\S]* between them backtracked
      // quadratically: 20k characters of "2023-2023-…" took seconds)
      monthDigit: { test: (t: string) => /\d/.test(t) && monthWord.test(t) },
      weekday: word(L.weekday),
      unit: word(L.unit),
      season: word(L.season),
      holiday: word(L.holiday),
      setAdverb: word(L['set-adverb']),
      presentRef: word(L['present-ref']),
      pastRef: word(L['past-ref']),
      futureRef: word(L['future-ref']),
    };
    const okMonth = (mon: string, text: string, start: number, strictContext: boolean): boolean => {
      if (!capitalised(mon)) return false;
      const bare = mon.replace(/\.$/, '');
      // Abbreviations without a dot are too ambiguous on their own ("Mar", "Jun").
      if (strictContext && bare.length <= 4 && !mon.endsWith('.') && !/^(May|June|July)$/.test(bare)) return false;
      if (strictContext && /^(May|March)$/.test(bare)) {
        const pw = prevWord(text, start);
        if (pw === 'to' || pw === 'and' || pw === 'or') return monthBefore.test(text.slice(Math.max(0, start - 30), start));
        // "as early as March", "as late as May": a limit in time, as "by March" is.
        if (pw === 'as') return /\bas\s+(?:early|late|soon)\s+as\s+$/i.test(text.slice(Math.max(0, start - 30), start));
        return PREP_BEFORE_MONTH.has(pw);
      }
      return true;
    };
    const rules: Rule[] = [
      {
        name: 'date-mdy',
        needs: has.monthDigit,
        re: new RegExp(`${B}(?:(?<wd>${WD}),?\\s+)?(?<mon>${MON})\\s+(?<day>${DAYN})(?:,?\\s+(?:(?<year>${YEAR})(?:,?\\s+(?<wdAfter>${WD})(?![\\w'’]))?|['’](?<yy>\\d\\d)(?!['’])))?${E}(?!\\s*(?:%|percent|per\\s+cent|million|billion|,\\d))`, 'gi'),
        build: (g, _m, c) => {
          if (!okMonth(g.mon!, c.text, c.start, false)) return null;
          const m = this.month(g.mon!);
          const d = parseInt(g.day!, 10);
          // "Oct. 13, '89": the year written with two digits.
          if (g.yy) return { k: 'date', y: 2000 + +g.yy, m, d, short: true };
          if (!g.year && !g.wd && m === 9 && d === 11) return this.septemberEleven(c, false);
          return { k: 'date', y: g.year ? +g.year : null, m, d };
        },
      },
      {
        name: 'date-dmy',
        needs: has.monthDigit,
        re: new RegExp(`(?:${B}|(?<=\\d[-–]))(?:(?<wd>${WD}),?\\s+)?(?:the\\s+)?(?<day>${DAYN})\\s+(?:of\\s+)?(?<mon>${MON})(?:,?\\s+(?<year>${YEAR}))?${E}`, 'gi'),
        build: (g, _m, c) => {
          if (!okMonth(g.mon!, c.text, c.start, false)) return null;
          const m = this.month(g.mon!);
          const d = parseInt(g.day!, 10);
          // "the 11 September attacks", "after 11 September": the day written first, read as "Sept. 11" is.
          if (!g.year && !g.wd && m === 9 && d === 11) return this.septemberEleven(c, false);
          return { k: 'date', y: g.year ? +g.year : null, m, d };
        },
      },
      {
        // The second day of a day range in one month ("Sept. 19 to 22", "September 16-19", "Feb. 5-8, 2002",
        // "on January 10 and 11"): a date of its own, as TIDES/TimeML tag each end of a range ("from 2009 to
        // 2011", "1992-95"); its month and year are the first day's (rangeDays in index.ts).
        name: 'day-range-end',
        needs: has.monthDigit,
        re: new RegExp(
          `(?<=${B}(?<mon>${MON})\\s+(?<d1>${DAYN})\\s*(?:[-–]|to|through|until|and)\\s*)(?<day>${DAYN})(?:,?\\s+(?<year>${YEAR}))?${E}(?![:.,]\\d)(?!\\s*(?:${RANGE_NOT_DAY}))`,
          'gi',
        ),
        build: (g, _m, c) => {
          if (!okMonth(g.mon!, c.text, c.text.lastIndexOf(g.mon!, c.start), false)) return null;
          const d = parseInt(g.day!, 10);
          if (d <= parseInt(g.d1!, 10)) return null;
          // "on May 3 and 4 others": after "and" a number goes on to a noun unless a stop, a year, or a
          // preposition or verb follows ("on May 3 and 4, the panel met", "May 3 and 4 in Rome").
          if (/\band\s*$/i.test(c.text.slice(Math.max(0, c.start - 6), c.start)) && !g.year && !/^(?:\s*[,.;:)!?"”'’]|\s*$|\s+(?:in|at|on|to|for|from|with|and|or|but|when|while|as|during|before|after|by|respectively|is|are|was|were|will|would)\b)/i.test(c.text.slice(c.end, c.end + 16))) return null;
          return { k: 'date', y: g.year ? +g.year : null, m: this.month(g.mon!), d };
        },
      },
      {
        // The first day of a day range written day first ("19-22 September", "3 to 6 November 2015"): the
        // day before the link, with the month and year written after the second day.
        name: 'day-range-start',
        needs: has.monthDigit,
        re: new RegExp(`${B}(?<day>${DAYN})(?=\\s*(?:[-–]|to|through|until|and)\\s*(?<d2>${DAYN})\\s+(?:of\\s+)?(?<mon>${MON})(?:,?\\s+(?<year>${YEAR}))?${E})`, 'gi'),
        build: (g, _m, c) => {
          const monAt = c.text.indexOf(g.mon!, c.end);
          if (!okMonth(g.mon!, c.text, monAt, false)) return null;
          const d = parseInt(g.day!, 10);
          if (d >= parseInt(g.d2!, 10)) return null;
          // A digit or comma right before: part of a longer number or list ("1,3-5 May"), not a day.
          if (/[\d,]\s*$/.test(c.text.slice(Math.max(0, c.start - 2), c.start))) return null;
          return { k: 'date', y: g.year ? +g.year : null, m: this.month(g.mon!), d };
        },
      },
      {
        name: 'month-year',
        needs: has.monthDigit,
        re: new RegExp(`${B}(?:${MODP}[-\\s]+)?(?<mon>${MON}),?\\s+(?:of\\s+)?(?<year>${YEAR})${E}`, 'gi'),
        build: (g, _m, c) =>
          okMonth(g.mon!, c.text, c.start, false)
            ? { k: 'month', y: +g.year!, m: this.month(g.mon!), rel: null, mod: MOD_OF(g.mod) }
            : null,
      },
      {
        // "September of '67", "December '74": a month with its year written with two digits.
        name: 'month-year-short',
        needs: /['’]\d\d/,
        re: new RegExp(`${B}(?:${MODP}[-\\s]+)?(?<mon>${MON}),?\\s+(?:of\\s+)?['’](?<yy>\\d\\d)${E}(?!['’])`, 'gi'),
        build: (g, _m, c) =>
          okMonth(g.mon!, c.text, c.start + _m[0].search(new RegExp(g.mon!.replace('.', '\\.'), 'i')), false)
            ? { k: 'month', y: 2000 + +g.yy!, m: this.month(g.mon!), rel: null, mod: MOD_OF(g.mod), short: true }
            : null,
      },
      {
        // "in '72", "between '05 and '09": a year written with two digits, after a preposition or
        // conjunction of the lexicon (kind short-year-cue); a name before it keeps it ("iLife '11").
        name: 'year-short',
        needs: /['’]\d\d/,
        // An opening quotation mark before a count is no year ("by '15 per cent'", "in '20 minutes'").
        re: new RegExp(`(?<![\\w'’])['’](?<yy>\\d\\d)(?![\\w'’])(?![.,]\\d)(?!\\s*(?:%|per\\b|percent\\b|times\\b|${UNIT}\\b))`, 'gi'),
        build: (g, _m, c) =>
          this.lex.maps['short-year-cue'].has(normWord(prevWord(c.text, c.start)))
            ? { k: 'year', y: 2000 + +g.yy!, mod: null, fiscal: false, short: true }
            : null,
      },
      {
        // "June 16th of last year", "March 11 this year", "February next year", "early March of next
        // year", and day first, "25 February last year", "the 3rd of May this year": the year named
        // relative to the document's, one expression as TimeML marks it.
        name: 'date-rel-year',
        needs: /\b(?:last|next|this)\s+year\b/i,
        re: new RegExp(`${B}(?:${MODP}[-\\s]+|(?:the\\s+)?(?<dday>${DAYN})\\s+(?:of\\s+)?)?(?<mon>${MON})(?:\\s+(?<day>${DAYN}))?,?\\s+(?:of\\s+)?(?<yrel>last|next|this)\\s+year${E}(?!['’])`, 'gi'),
        build: (g, _m, c) => {
          const monStart = c.start + _m[0].search(new RegExp(g.mon!.replace('.', '\\.'), 'i'));
          if (!okMonth(g.mon!, c.text, monStart, false)) return null;
          if (g.day && (g.mod || g.dday)) return null;
          const yrel = REL_OF[g.yrel!.toLowerCase()];
          const m = this.month(g.mon!);
          const day = g.day ?? g.dday;
          if (day) return { k: 'date', y: null, m, d: parseInt(day, 10), yrel };
          return { k: 'month', y: null, m, rel: null, mod: MOD_OF(g.mod), yrel };
        },
      },
      {
        name: 'iso-date',
        needs: /\d{4}-\d/,
        re: new RegExp(`${B}(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])${E}`, 'g'),
        build: (g) => ({ k: 'date', y: +g.y!, m: +g.m!, d: +g.d! }),
      },
      {
        name: 'slash-date',
        needs: /\d\/\d/,
        re: new RegExp(`${B}(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<c>\\d{4}|\\d{2})${E}(?!/)`, 'g'),
        build: (g) => {
          let mo = +g.a!;
          let d = +g.b!;
          if (mo > 12) [mo, d] = [d, mo];
          if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
          const short = g.c!.length === 2;
          return { k: 'date', y: short ? 2000 + +g.c! : +g.c!, m: mo, d, short };
        },
      },
      {
        // "9/11" with no year: the name the 2001 attacks go by, read as "Sept. 11" is ("after 9/11", "the 9/11
        // attacks", "a 9/11 plotter"; also "during 9/11"); before a noun of remembrance ("a 9/11 memorial
        // ceremony") the anniversary, this year's day; with neither, no timex. Not part of a longer number,
        // a fraction's run or a score ("19/11", "9/11/2004", "9/110").
        name: 'nine-eleven',
        needs: /9\/11/,
        re: /(?<![\w/.,-])9\/11(?![\w/]|[.,]\d)/g,
        build: (_g, _m, c) => this.septemberEleven(c, true),
      },
      {
        // "the 2004 fiscal year", "its 1998 financial year": a business year named before the noun;
        // "the fiscal year", "the financial year" alone: the business year under way at the article's date.
        name: 'fiscal-year',
        needs: /\b(?:fiscal|financial)\s+year/i,
        re: new RegExp(`${B}(?:${MODP}\\s+)?(?:the\\s+)?(?:(?<year>${YEAR})[-\\s]+)?(?:fiscal|financial)\\s+year${E}(?!\\s+${YEAR})`, 'gi'),
        build: (g) => {
          const mod = MOD_OF(g.mod);
          return g.year ? { k: 'year', y: +g.year, mod, fiscal: true } : { k: 'rel', unit: 'Y', offset: 0, mod, fiscal: true };
        },
      },
      {
        name: 'year',
        needs: /\d{4}/,
        re: new RegExp(`${YB}(?:${MODP}[-\\s]+)?(?:(?<fy>fiscal(?:\\s+year)?|financial\\s+year|FY)\\s*)?(?<year>${YEAR})${E}(?![.,]\\d)(?!\\s*(?:%|percent|per\\s+cent))`, 'gi'),
        build: (g, _m, c) => {
          if (APPROX_COUNT.test(c.text.slice(Math.max(0, c.start - 20), c.start))) {
            const nw = nextWord(c.text, c.end);
            if (/s$/i.test(nw) && !/^(elections?|games|olympics|years?)$/i.test(nw)) return null;
          }
          if (/\d\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return null;
          // "a 2000 year old tradition": an age counted in years (the unit rule leaves ages out), no year.
          if (!g.fy && /^[\s-]+years?[\s-]+old\b/i.test(c.text.slice(c.end, c.end + 12))) return null;
          return { k: 'year', y: +g.year!, mod: MOD_OF(g.mod), fiscal: !!g.fy };
        },
      },
      {
        // "1957-58", "the 2008-09 season": the range's second year, in the first one's century.
        name: 'year-range-end',
        needs: /\d{4}\s*[-–]\s*\d\d/,
        re: /(?<=\b(?<first>1[5-9]\d\d|20\d\d)\s*[-–]\s*)(?<yy>\d\d)(?![\d-–])(?!\s*(?:%|percent|per\s+cent))/g,
        build: (g) => {
          const first = +g.first!;
          const y = Math.floor(first / 100) * 100 + +g.yy!;
          return y > first && y - first <= 10 ? { k: 'year', y, mod: null, fiscal: false } : null;
        },
      },
      {
        name: 'decade',
        needs: /0['’]?s\b/,
        // "the 1980s", "the '80s"; also with an apostrophe before the s ("the 1980's", "the 80’s").
        re: new RegExp(`${B}(?:(?<mod>early|mid|late)[-\\s]+)?(?<dec>(?:1[6-9]|20)\\d0|['’]\\d0|\\d0)['’]?s${E}`, 'gi'),
        build: (g, _m, c) => {
          const d = g.dec!.replace(/['’]/, '');
          // "the 90s" but not "in his 40s".
          if (d.length === 2 && !/['’]/.test(g.dec!) && prevWord(c.text, c.start) !== 'the') return null;
          // "the 1800s" is a century; "the 2000s" is read as the decade.
          if (d.length === 4 && /^1\d00$/.test(d)) return { k: 'century', value: d.slice(0, 2) };
          if (d.length === 4) return { k: 'decade', value: d.slice(0, 3) };
          return { k: 'decade', value: '19' + d[0], short: true };
        },
      },
      {
        // "the sixties", "the mid-nineties", "the early Seventies" (lexicon kind decade-word); "in his
        // sixties" is an age and has no "the".
        name: 'decade-word',
        needs: /ties\b/i,
        re: new RegExp(`(?<=\\bthe\\s+)(?:(?:early|mid|late)[-\\s]+)?(?<w>${L['decade-word']})${E}`, 'gi'),
        build: (g) => ({ k: 'decade', value: '19' + this.lex.maps['decade-word'].get(normWord(g.w!)), short: true }),
      },
      {
        name: 'century',
        needs: /century/i,
        re: new RegExp(`${B}(?<ord>${L.ordinal}|\\d{1,2}(?:st|nd|rd|th))[-\\s]+century${E}`, 'gi'),
        build: (g) => {
          const n = Number(this.lex.maps.ordinal.get(normWord(g.ord!)) ?? parseInt(g.ord!, 10));
          if (!n) return null;
          return { k: 'century', value: String(n - 1).padStart(2, '0') };
        },
      },
      {
        // "that day in April", "a night in late October", "one morning in May 2015": a day (or a part of one)
        // that the phrase places in a month without naming it. One expression, as TE3 marks a day noun with
        // its month; the value is the month's with the day unknown (2016-04-XX, 2016-10-XXTNI).
        name: 'day-in-month',
        needs: has.month,
        re: new RegExp(`${B}(?:that|the|a|one|this)\\s+(?<unit>day|${PART})\\s+in\\s+(?:${MODP}[-\\s]+)?(?<mon>${MON})(?:,?\\s+(?<year>${YEAR}))?${E}(?!\\s*\\d)`, 'gi'),
        build: (g, m, c) => {
          const monStart = c.start + m[0].lastIndexOf(g.mon!);
          if (!okMonth(g.mon!, c.text, monStart, !g.mod && !g.year)) return null;
          // "for a day in June", "spent one night in May": a length of time, counted by the unit rule.
          if (/^(?:a|one)$/i.test(m[0].split(/\s/)[0]) && DAY_LENGTH_BEFORE.has(prevWord(c.text, c.start))) return null;
          const part = /^day$/i.test(g.unit!) ? null : String(this.lex.maps.part.get(normWord(g.unit!)));
          return { k: 'month', y: g.year ? +g.year : null, m: this.month(g.mon!), rel: null, mod: MOD_OF(g.mod), dayIn: { part } };
        },
      },
      {
        name: 'month',
        needs: has.month,
        re: new RegExp(`${B}(?:${MODP}[-\\s]+)?(?:(?<rel>last|next|this|past|coming)\\s+)?(?<mon>${MON})${E}(?!\\s*\\d)`, 'gi'),
        build: (g, _m, c) => {
          const monStart = c.end - g.mon!.length;
          if (!okMonth(g.mon!, c.text, monStart, !g.rel && !g.mod)) return null;
          const nw = nextWord(c.text, c.end);
          if (/^[A-Z]/.test(nw) && !/^(and|or)$/i.test(nw)) return null; // "March Madness", "May Day"
          return { k: 'month', y: null, m: this.month(g.mon!), rel: g.rel ? REL_OF[g.rel.toLowerCase()] ?? null : null, mod: MOD_OF(g.mod) };
        },
      },
      {
        name: 'weekday',
        needs: has.weekday,
        re: new RegExp(`${B}(?:(?<edge>early|late|${EDGE_LATER})\\s+)?(?:(?:this\\s+(?=past\\s))?(?<rel>last|next|this|coming|past)\\s+)?(?<wd>${WD})(?:\\s+(?<part>${PART}))?${E}`, 'gi'),
        build: (g, m, c) => {
          // "late Friday", "early Monday", "earlier Tuesday": the modifier belongs to the expression's extent
          // (as in "earlier this week"), but not after a count it closes ("two days later Friday": EDGE_LATER).
          if (g.edge && g.rel) return null;
          // "this past Sunday": the weekday is the last word before any part of the day.
          const wdStart = c.start + (g.rel || g.edge ? m[0].toLowerCase().lastIndexOf(g.wd!.toLowerCase()) - 1 : 0);
          if (!capitalised(c.text.slice(wdStart).trimStart())) return null;
          if (!g.part) {
            const nw = nextWord(c.text, c.end);
            if (nw && capitalised(nw) && this.lex.maps['name-follower'].has(normWord(nw))) return null;
          }
          return {
            k: 'weekday',
            wd: this.weekday(g.wd!),
            rel: g.rel ? REL_OF[g.rel.toLowerCase()] ?? null : null,
            part: g.part ? this.lex.maps.part.get(normWord(g.part)) ?? null : null,
          };
        },
      },
      {
        // "over the weekend", "after the weekend": the last or the next one, as the clause's tense says.
        name: 'the-weekend',
        needs: /the\s+weekend/i,
        re: new RegExp(`${B}[Tt]he\\s+weekend${E}(?!\\s+of\\b)`, 'g'),
        build: () => ({ k: 'weekday', wd: 6, rel: null, part: null, weekend: true }),
      },
      {
        // "2:08:30" is a stretch (a race run in it); with am/pm or a zone after it, or a date right before it
        // ("on 07/14/2003 04:05:09 PM", "14 Jul 2003 23:10:44 -0700"), it is the time of day of a message.
        name: 'clock-duration',
        needs: /\d:\d\d:\d/,
        re: new RegExp(`${B}(?<h>\\d{1,2}):(?<mi>[0-5]\\d):(?<s>[0-5]\\d)(?:\\s*(?<ap>[ap]\\.?m\\.?(?![a-z])))?(?:\\s*(?<tz>${ZONE}))?${E}`, 'gi'),
        build: (g, _m, c) => {
          let h = +g.h!;
          const dated = DATE_BEFORE_CLOCK.test(c.text.slice(Math.max(0, c.start - 40), c.start));
          if (!g.ap && !g.tz && !dated) return { k: 'fixed', type: 'DURATION', value: `PT${h}H${+g.mi!}M${+g.s!}S` };
          if (g.ap) {
            const h24 = hour24(h, g.ap);
            if (h24 === null) return null;
            h = h24;
          } else if (h > 23) return null;
          return { k: 'time', h, min: +g.mi!, sec: +g.s!, tz: !!g.tz && /GMT|UTC/i.test(g.tz), wd: null, off: null };
        },
      },
      {
        name: 'clock',
        needs: /\d(?::\d|\.\d|\s*[ap]\.?m)/i,
        re: new RegExp(
          `(?:${B}|(?<=\\d:[0-5]\\d\\s?(?:[ap]\\.?m\\.?)?\\s?[-–]\\s?))(?<h>[01]?\\d|2[0-3])(?:(?<sep>[:.])(?<mi>[0-5]\\d))?(?:\\s*(?<ap>[ap]\\.?m\\.?(?![a-z])))?(?:\\s*(?<tzo>\\()?(?<tz>${ZONE})(?<off>\\s*[+-]\\s*\\d{1,2}(?::?[0-5]\\d)?)?(?<tzc>\\))?)?(?:\\s+(?:on\\s+)?(?<wd>${WD})|\\s+(?<dd>today|tomorrow|yesterday))?(?![\\w:])`,
          'gi',
        ),
        build: (g, m, c) => {
          // Without am/pm a clock time needs a colon ("6.40" is more likely a decimal); its half of the day is
          // then the one a part of the day after it names ("6:00 in the evening" T18:00, day-half.ts).
          if (!g.ap && !(g.mi && (g.sep === ':' || g.tz))) return null;
          // The minutes and seconds of a longer reading ("in 2:08:30 on Sunday") are no clock time.
          if (c.text[c.start - 1] === ':') return null;
          let h = +g.h!;
          if (g.ap) {
            const h24 = hour24(h, g.ap);
            if (h24 === null) return null;
            h = h24;
          } else h = hourInPart(h, partAfterClock(this.lex, c.text.slice(c.end, c.end + 40), !!(g.wd || g.dd)));
          // "GMT-08:00" names an offset from UTC, not UTC itself: no Z.
          const spec: Spec = { k: 'time', h, min: g.mi ? +g.mi : 0, tz: !!g.tz && !g.off && /GMT|UTC/i.test(g.tz), wd: g.wd ? this.weekday(g.wd) : null, off: dayOffset(g.dd) };
          // "16:53 local time (12:23 GMT)": the second time's closing bracket is no part of it.
          return unbracketed(spec, g, m, c);
        },
      },
      {
        // "at ten o'clock", "by 6 o'clock this afternoon", "at 10 o'clock on Friday": the hour as written
        // (TimeML T10:00), made afternoon by a part of the day after it that says so.
        name: 'clock-oclock',
        needs: /o['’]\s?clock/i,
        re: new RegExp(`${B}(?<h>\\d{1,2}|${L.number})\\s+o['’]\\s?clock(?:\\s+(?:on\\s+)?(?<wd>${WD})|\\s+(?<dd>today|tomorrow|yesterday))?${E}`, 'gi'),
        build: (g, _m, c) => {
          let h = this.num(g.h);
          if (h === null || !Number.isInteger(h) || h < 1 || h > 12) return null;
          const after = c.text.slice(c.end, c.end + 40);
          h = /^\s*p\.?m\b/i.test(after) && h < 12 ? h + 12 : hourInPart(h, partAfterClock(this.lex, after, !!(g.wd || g.dd)));
          return { k: 'time', h, min: 0, tz: false, wd: g.wd ? this.weekday(g.wd) : null, off: dayOffset(g.dd) };
        },
      },
      {
        // "(2200 GMT)", "at 0040 UTC Friday": a four-digit clock time needs its zone to be no year.
        name: 'clock-military',
        needs: /\d{4}\s*(?:GMT|UTC)/,
        re: new RegExp(`${B}(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:hrs\\s+)?(?<tz>GMT|UTC)(?<tzc>\\))?(?:\\s+(?:on\\s+)?(?<wd>${WD}))?(?![\\w:])`, 'gi'),
        build: (g, m, c) => unbracketed({ k: 'time', h: +g.h!, min: +g.mi!, tz: true, wd: g.wd ? this.weekday(g.wd) : null, off: null }, g, m, c),
      },
      {
        name: 'noon',
        needs: /noon|midday|midnight/i,
        re: new RegExp(`${B}(?<w>noon|midday|midnight)(?:\\s+(?:on\\s+)?(?<wd>${WD})|\\s+(?<dd>today|tomorrow|yesterday))?${E}`, 'gi'),
        build: (g) => ({ k: 'time', h: /midnight/i.test(g.w!) ? 0 : 12, min: 0, tz: false, wd: g.wd ? this.weekday(g.wd) : null, off: dayOffset(g.dd) }),
      },
      {
        name: 'deictic-day',
        needs: /today|tonight|yesterday|tomorrow/i,
        re: new RegExp(`${B}(?:the\\s+day\\s+(?<around>before|after)\\s+|(?<edge>early|late|${EDGE_LATER})\\s+)?(?<w>today|tonight|yesterday|tomorrow)(?:\\s+(?<part>${PART}))?${E}`, 'gi'),
        build: (g, _m, c) => {
          const w = g.w!.toLowerCase();
          if (/^[A-Z]/.test(nextWord(c.text, c.end)) && /Today/.test(g.w!) && !g.part) {
            if (this.lex.maps['name-follower'].has(normWord(nextWord(c.text, c.end)))) return null;
          }
          if (w === 'today' && /usa\s*$/i.test(c.text.slice(Math.max(0, c.start - 5), c.start))) return null;
          if (/^[A-Z]/.test(g.w!) && !g.around && this.nameBefore(c.text, c.start)) return null;
          // "a brighter tomorrow", "the leaders of tomorrow": the future in general.
          if (w === 'tomorrow' && !g.around && !g.part && /\b(?:an?|the|of)\s+(?:(?:better|brighter|bright|new|safer)\s+)?$/i.test(c.text.slice(Math.max(0, c.start - 20), c.start))) {
            return { k: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
          }
          let off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
          if (g.around) off += g.around.toLowerCase() === 'before' ? -1 : 1;
          const part = w === 'tonight' ? 'NI' : g.part ? this.lex.maps.part.get(normWord(g.part)) ?? null : null;
          return part ? { k: 'part', part, dayOffset: off } : { k: 'rel', unit: 'D', offset: off, mod: null };
        },
      },
      {
        name: 'part-of-day',
        needs: /morning|afternoon|evening|night/i,
        re: new RegExp(`${B}(?<rel>this|last)\\s+(?<part>morning|afternoon|evening|night)${E}`, 'gi'),
        build: (g) => {
          const part = this.lex.maps.part.get(normWord(g.part!))!;
          const last = g.rel!.toLowerCase() === 'last';
          return { k: 'part', part, dayOffset: last && part === 'NI' ? -1 : last ? -1 : 0 };
        },
      },
      {
        name: 'rel-unit',
        needs: /\b(?:this|last|next|past|previous|coming|current|following|same|present)\s/i,
        re: new RegExp(
          `${B}(?:(?<mod1>early|earlier|late|later|mid)[-\\s]+)?(?:${MODP}\\s+)?(?:(?<the>the)\\s+|this\\s+(?=past\\s))?(?<rel>this|last|next|past|previous|coming|current|following|same|present)\\s+(?<fisc>fiscal\\s+|financial\\s+)?(?<unit>week|weekend|month|year|quarter|decade|century|season|${SEASON})${E}`,
          'gi',
        ),
        build: (g) => {
          const rel = g.rel!.toLowerCase();
          const unitWord = g.unit!.toLowerCase();
          const season = this.lex.maps.season.get(unitWord);
          const unit: Unit | 'SEASON' = season || unitWord === 'season' ? 'SEASON' : this.unit(unitWord);
          const mod = MOD_OF(g.mod1) ?? MOD_OF(g.mod);
          if (g.the && (rel === 'past' || rel === 'next' || rel === 'coming') && !g.mod && !g.mod1 && unit !== 'SEASON') {
            return { k: 'fixed', type: 'DURATION', value: durationValue(1, unit as Unit) };
          }
          if (rel === 'following' || rel === 'previous' || rel === 'same') {
            if (unit === 'SEASON') return null;
            if (unit === 'DE' && rel === 'following') return { k: 'fixed', type: 'DURATION', value: 'P1DE' };
            return { k: 'narr', unit: unit as Unit, offset: rel === 'same' ? 0 : rel === 'following' ? 1 : -1 };
          }
          return { k: 'rel', unit, offset: REL_OF[rel] ?? 0, season, mod, fiscal: !!g.fisc };
        },
      },
      {
        name: 'period-edge',
        needs: /\s+of\s/i,
        re: new RegExp(`${B}(?:the\\s+)?(?<pos>beginning|start|end|middle)\\s+of\\s+(?:the\\s+)?(?<unit>year|month|week|decade|century)${E}`, 'gi'),
        build: (g) => ({ k: 'rel', unit: this.unit(g.unit!), offset: 0, mod: MOD_OF(g.pos), edge: true }),
      },
      {
        // The end of the year named by the noun first ("by year end", "by the year's end", "a year-end
        // interview"): the same period as "the end of the year".
        name: 'year-end',
        needs: /year/i,
        re: new RegExp(`${B}(?:the\\s+)?year(?:['’]s\\s+|[-\\s])end${E}(?![-‐]\\w)`, 'gi'),
        build: () => ({ k: 'rel', unit: 'Y', offset: 0, mod: 'END', edge: true }),
      },
      {
        name: 'ago',
        needs: /\bago\b/i,
        // "nearly a decade ago", "almost two years ago": the approximation the duration rule reads is part
        // of the expression, which would otherwise end before "ago" as a longer duration.
        re: new RegExp(`${B}(?:(?:almost|nearly|a\\s+mere|just\\s+under)\\s+)?(?<num>${NUMW})[-\\s]+(?<unit>${UNIT})\\s+ago${E}`, 'gi'),
        build: (g) => {
          const n = this.num(g.num);
          if (n === null) return null;
          if (Number.isNaN(n)) return { k: 'ago', n: null, unit: this.unit(g.unit!) };
          const w = wholeUnits(n, this.unit(g.unit!));
          return { k: 'ago', n: w.n, unit: w.unit };
        },
      },
      {
        name: 'bare-ago',
        needs: /\bago\b/i,
        re: new RegExp(`${B}(?<unit>(?:day|week|month|year|decade|centurie)s)\\s+ago${E}`, 'gi'),
        build: (g) => ({ k: 'ago', n: null, unit: this.unit(g.unit!) }),
      },
      {
        name: 'narrative-offset',
        needs: /later|earlier/i,
        re: new RegExp(`${B}(?<num>${NUMW})[-\\s]+(?<unit>${UNIT})\\s+(?<dir>later|earlier)${E}(?!\\s+than)`, 'gi'),
        build: (g) => {
          const n = this.num(g.num);
          if (n === null) return null;
          const later = g.dir!.toLowerCase() === 'later';
          // "a few weeks earlier", "many years later": a date on one side of the story's time, no nearer known.
          if (Number.isNaN(n)) return { k: 'narr', unit: this.unit(g.unit!), offset: later ? 1 : -1, vague: true };
          const w = wholeUnits(n, this.unit(g.unit!));
          if (!Number.isInteger(w.n)) return null;
          return { k: 'narr', unit: w.unit, offset: later ? w.n : -w.n };
        },
      },
      {
        name: 'narrative-day',
        needs: /\b(?:the|that)\s/i,
        re: new RegExp(`${B}(?:(?:the\\s+(?<which>next|following|previous|same)|(?<that>that))\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year)|the\\s+(?<u2>day|week|month|year)\\s+(?<dir>before|after|earlier|later)(?=\\s*(?:[,.;:)"”]|$)))`, 'gi'),
        build: (g) => {
          if (g.u2) return { k: 'narr', unit: this.unit(g.u2), offset: /before|earlier/i.test(g.dir!) ? -1 : 1 };
          const which = (g.which ?? 'same').toLowerCase();
          const off = which === 'next' || which === 'following' ? 1 : which === 'previous' ? -1 : 0;
          const u = g.unit!.toLowerCase();
          const part = this.lex.maps.part.get(u) ?? null;
          if (!part && u !== 'day' && which === 'next') return null; // "the next year" is handled as a duration/relative
          if (g.that && (u === 'week' || u === 'month' || u === 'year')) return null;
          return { k: 'narr', unit: part ? 'D' : this.unit(u), offset: off, part };
        },
      },
      {
        // "earlier in the day", "later in the week": the day (week, month, year) of the story's time, as
        // "earlier this week" is the document's week.
        name: 'narrative-in-the',
        needs: /\b(?:earlier|later)\s+in\s+the\s/i,
        re: new RegExp(`${B}(?:earlier|later)\\s+in\\s+the\\s+(?<unit>day|week|month|year)${E}`, 'gi'),
        build: (g) => ({ k: 'narr', unit: this.unit(g.unit!), offset: 0 }),
      },
      {
        // A day of the month written as an ordinal alone after a preposition of time ("visit on the 14th",
        // "away until the 22nd", "the evening of the 21st"), as e-mails and notices name days of the month
        // at hand. Not before a noun ("on the 3rd floor", "the 20th of each period") nor near an ordinal
        // that has its noun ("on the 2nd floor … on the 3rd"), nor in a span of centuries.
        name: 'month-day-ordinal',
        needs: /\d(?:st|nd|rd|th)\b/i,
        re: new RegExp(`(?<=\\b(?:on|by|until|till|before|after|since|through|(?:morning|afternoon|evening|night)\\s+of)\\s+)the\\s+(?<day>[12]\\d|3[01]|[1-9])(?:st|nd|rd|th)(?![\\w-])`, 'gi'),
        build: (g, _m, c) => {
          if (!/^(?:\s*[,.;:!?)"”’]|\s*$|\s+(?:at|and|or|but|when|so|because)\b)/i.test(c.text.slice(c.end, c.end + 20))) return null;
          const before = c.text.slice(Math.max(0, c.start - 120), c.start);
          if (/\b\d{1,2}(?:st|nd|rd|th)[-\s]+(?!of\b|and\b|or\b|to\b)[a-z]/i.test(before)) return null;
          if (/\bcentur(?:y|ies)\b/i.test(c.text.slice(c.end, c.end + 40))) return null;
          return { k: 'mday', d: parseInt(g.day!, 10) };
        },
      },
      {
        // "the first day of the hearings", "the sixth or seventh day of a fair", "on the 41st day": a
        // day counted from the start of an occasion, which the text does not date (TIMEX3 XXXX-XX-XX). Not
        // a day of a named month or year ("the first day of May": the month or year is read on its own).
        name: 'ordinal-day',
        needs: /\bthe\s/i,
        re: new RegExp(
          `${B}the\\s+(?:${L.ordinal}|\\d{1,3}(?:st|nd|rd|th))(?:\\s+or\\s+(?:${L.ordinal}|\\d{1,3}(?:st|nd|rd|th)))?\\s+day${E}(?!-)(?!\\s+of\\s+(?:the\\s+)?(?:${L.month}|week|month|year|\\d{4})\\b)`,
          'gi',
        ),
        build: () => ({ k: 'fixed', type: 'DATE', value: 'XXXX-XX-XX' }),
      },
      {
        // "between 12 and 18 months", "two to three years", "10 or 15 years": the first number of a range
        // shares the unit of the second and is a duration of its own (TimeML tags "12" as P12M beside
        // "18 months"); the second is left to the duration rule.
        name: 'duration-range-first',
        needs: has.unit,
        re: new RegExp(`${B}(?<num>${NUMW})(?=\\s+(?:and|to|or)\\s+(?:${NUMW})[-\\s]+(?<unit>${UNIT})${E}(?![-\\s]+olds?\\b))`, 'gi'),
        build: (g, _m, c) => {
          const n = this.num(g.num);
          // Vague words ("several to ten days") and an article ("a day or two") start no range.
          if (n === null || Number.isNaN(n) || /^an?$/.test(normWord(g.num!))) return null;
          // The end of a list of ages ("aged 7, 5 and 3 months"): ages are no time of the story.
          if (afterAgeCue(ageBefore, c.text, c.start) || /\d\s*,\s*$/.test(c.text.slice(Math.max(0, c.start - 12), c.start))) return null;
          return { k: 'fixed', type: 'DURATION', value: durationValue(n, this.unit(g.unit!)) };
        },
      },
      {
        name: 'duration',
        needs: has.unit,
        re: new RegExp(
          `${B}(?:(?<pre>almost|nearly|a\\s+mere|just\\s+under)\\s+)?(?:(?<the>the|these|those)\\s+(?:(?<rel>past|last|next|previous|coming|first|final|following|remaining|latest)\\s+)?)?(?<num>${NUMW})[-\\s]+(?:(?:consecutive|straight|successive)\\s+)?(?:(?<between>short|long|whole|full|more|additional|extra)\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:-(?<adj>long|old))?${E}`,
          'gi',
        ),
        build: (g, m, c) => {
          let n = this.num(g.num);
          if (n === null) return null;
          const unit = this.unit(g.unit!);
          const unitWord = normWord(g.unit!);
          const numWord = normWord(g.num!);
          if (/^(an?)$/.test(numWord) && /s$/.test(unitWord)) return null;
          // "three short weeks", "two whole years", "a few more months": a word of size or addition between
          // the count and its unit leaves the length as counted; not after "a" ("a long day", "a full year":
          // a description of one period more than a count).
          if (g.between && /^(an?)$/.test(numWord)) return null;
          // "a quarter of the donors", "three quarters of voters": a fraction, not three months.
          if (unit === 'Q' && /^\s+of\s+(?!(?:fiscal\s+)?\d{4}\b)/i.test(c.text.slice(c.end, c.end + 20))) return null;
          // Names such as "the Six-Day War", "the Hundred Years War".
          if (/^[A-Z]/.test(g.unit!) && /^[\s']*[A-Z]/.test(c.text.slice(c.end, c.end + 3))) return null;
          // Ages ("a 22-year-old", "16-year-olds") are not time expressions of the story.
          if (g.adj?.toLowerCase() === 'old' || /^[-\s]*olds?\b/i.test(c.text.slice(c.end, c.end + 7)) || (!g.the && afterAgeCue(ageBefore, c.text, c.start))) return null;
          // "a second round", "one second slower": the ordinal/comparative, not a duration.
          if (unit === 'S' && /^(a|an|one)$/.test(numWord) && !/^\s*(?:[,.;:)]|later|earlier|ago|before|after|$)/i.test(c.text.slice(c.end, c.end + 10))) return null;
          const ahead = STRETCH_AHEAD.exec(c.text.slice(c.end, c.end + 12));
          // A vague count is a length only with "many" ("for many years", "many years of talks": TimeML PXY,
          // as "several years" is); "some days", "hundreds of years" alone are left out.
          if (/^(some|numerous|hundreds of|dozens of|a number of)$/.test(numWord) && !g.the && !ahead) return null;
          // "a day-to-day basis", "a year-on-year rise": the first half of a compound adjective.
          if (/^-(?:to|by|on|over)-/i.test(c.text.slice(c.end, c.end + 7))) return null;
          // "a year-end interview": the end of the year (rule 'year-end'), not a year's length.
          if (unit === 'Y' && /^(?:-|\s+)end\b/i.test(c.text.slice(c.end, c.end + 5))) return null;
          // "if one day they…", "there came a day when…": an unspecified time ahead, not a day's length.
          if (unit === 'D' && !g.the && !g.pre && !g.adj && indefiniteDay(c.text, c.start, c.end, numWord)) return { k: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
          if (unit === 'D' && numWord === 'one' && !g.the && !g.pre && !g.adj && wishedDay(c.text, c.start, c.end, this.lex)) return { k: 'fixed', type: 'DATE', value: 'FUTURE_REF' };
          if (g.half && n !== null && !Number.isNaN(n)) n += 0.5;
          // "$5 million a year", "six days a week": a frequency; "90 kilometres an hour": a speed (rate.ts).
          if (/^(an?)$/.test(numWord) && !g.the && !g.pre && !g.adj) {
            const rate = rateReading(c.text, c.start, c.end, g.unit!);
            if (rate === 'speed') return null;
            if (rate === 'set') return { k: 'fixed', type: 'SET', value: durationValue(1, unit) };
          }
          // "the first quarter" style ordinals are not durations; "the last two years" is.
          if (/^\d{1,2}$/.test(numWord) && unit === 'Q' && !g.the) return null;
          // "half an hour" is PT30M, "half a century" P50Y ("two and a half years" stays P2.5Y).
          const w = !Number.isNaN(n) && n < 1 ? wholeUnits(n, unit) : { n, unit };
          const spec: Spec = { k: 'fixed', type: 'DURATION', value: durationValue(Number.isNaN(w.n) ? null : w.n, w.unit) };
          // "the 30-second spot", "the four-year degree": a hyphened count and unit modify the noun after
          // them, and the article is that noun's (left out, as "a" is in "a four-week course").
          const unitAt = m[0].length - g.unit!.length - (g.half?.length ?? 0) - (g.adj ? g.adj.length + 1 : 0);
          if (g.the && !g.rel && !g.pre && m[0][unitAt - 1] === '-') {
            const art = /^[a-z]+\s+/i.exec(m[0])![0].length;
            return { spec, start: c.start + art, end: c.end };
          }
          // "for many years to come", "several months ahead": the postmodifier belongs to the extent.
          if (ahead && Number.isNaN(n)) return { spec, start: c.start, end: c.end + ahead[0].length };
          return spec;
        },
      },
      {
        // "the day-long meeting", "a decade-long quest", "a months-long siege": a unit alone before
        // "-long" is one of it, a plural an unspecified number. Decades and centuries count in years, as
        // "a decade" (P10Y) and "half a century" do.
        name: 'unit-long',
        needs: /-long\b/i,
        re: new RegExp(`${B}(?<unit>${UNIT})-long${E}`, 'gi'),
        build: (g) => {
          const unit = this.unit(g.unit!);
          if (!/s$/i.test(g.unit!)) return { k: 'fixed', type: 'DURATION', value: durationValue(1, unit) };
          return { k: 'fixed', type: 'DURATION', value: unit === 'DE' || unit === 'CE' ? 'PXY' : durationValue(null, unit) };
        },
      },
      {
        name: 'bare-plural',
        needs: has.unit,
        re: new RegExp(`${B}(?:(?<q>recent|the\\s+(?:past|last|next|coming)\\s+(?:few|several)|the\\s+coming|the)\\s+)?(?<unit>(?:second|minute|hour|day|week|month|year|decade|centurie)s)${E}`, 'gi'),
        build: (g, _m, c) => {
          // "over the years", "throughout the decades": an unspecified stretch; so are the stretches after
          // or before a time ("in the weeks since the vote", "the days ahead" as "the coming days", "the
          // months before the war", "the weeks leading up to it"); other "the years" (…of the war, …when,
          // …that) are not.
          if (g.q && /^the$/i.test(g.q)) {
            const after = c.text.slice(c.end, c.end + 20);
            const stretch = /^\s+(?:since|ahead|before|after|following|preceding|leading\s+up\s+to|that\s+followed|to\s+come)\b/i.test(after);
            if (!stretch && (!/^(over|throughout)$/i.test(prevWord(c.text, c.start)) || /^\s+(?:of|since|ahead|before|after|that|when|to)\b/i.test(after))) return null;
          } else if (!g.q) {
            const pw = prevWord(c.text, c.start);
            const nw = nextWord(c.text, c.end).toLowerCase();
            const okPrev = /^(for|over|within|take|takes|took|taken|lasted|lasting|spent|spend|spending)$/.test(pw);
            const okNext = /^(later|earlier|before|after|on)$/.test(nw);
            // "after days of strikes", "despite weeks of talks": a stretch of the thing after "of", unless
            // a determiner or adjective makes the unit part of a named period ("the closing weeks of the
            // campaign") or the "of" gives an age ("years of age").
            const okOf = nw === 'of' && !this.lex.maps['span-premodifier'].has(pw) && !/^\s+of\s+(?:age|the|that|this|his|her|its|their)\b/i.test(c.text.slice(c.end, c.end + 14));
            // "have not had snow in years", "the worst storm in decades": a long stretch up to now.
            const okIn = pw === 'in' && /^(?:year|month|decade|week)s$/i.test(g.unit!) && /^(?:\s*[,.;:!?)"”]|\s*$|\s+(?:and|but|to)\b)/i.test(c.text.slice(c.end, c.end + 6));
            if (!okPrev && !okNext && !okOf && !okIn) return null;
            if (pw === 'for' && /^(old|of)$/.test(nw)) return null;
          }
          const spec: Spec = { k: 'fixed', type: 'DURATION', value: durationValue(null, this.unit(g.unit!)) };
          // "the years ahead", "for decades to come": TIDES keeps a postmodifier inside the expression.
          const ahead = STRETCH_AHEAD.exec(c.text.slice(c.end, c.end + 12));
          return ahead && (!g.q || /^the(?:\s+coming)?$/i.test(g.q)) ? { spec, start: c.start, end: c.end + ahead[0].length } : spec;
        },
      },
      {
        name: 'set-every',
        needs: /\b(?:every|each|per)\s/i,
        re: new RegExp(`${B}(?:every|each|per)\\s+(?:other\\s+)?(?:(?<num>${NUMW})\\s+)?(?<what>${UNIT}|${WD}|${PART}|${SEASON}|weekend)${E}`, 'gi'),
        build: (g) => {
          const what = normWord(g.what!);
          const wd = this.lex.maps.weekday.get(what);
          if (wd) return { k: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}` };
          const part = this.lex.maps.part.get(what);
          if (part) return { k: 'fixed', type: 'SET', value: `XXXX-XX-XXT${part}` };
          const season = this.lex.maps.season.get(what);
          if (season) return { k: 'fixed', type: 'SET', value: `XXXX-${season}` };
          if (what === 'weekend') return { k: 'fixed', type: 'SET', value: 'XXXX-WXX-WE' };
          const n = this.num(g.num);
          return { k: 'fixed', type: 'SET', value: durationValue(n === null || Number.isNaN(n) ? 1 : n, this.unit(what)) };
        },
      },
      {
        // A weekday, a weekday's part, the weekend or a part of the day in the plural names a habit, as
        // "every Monday" does: "open on Sundays" XXXX-WXX-7, "visits on Thursday nights" XXXX-WXX-4TNI,
        // "busy on weekends" XXXX-WXX-WE, "cooler in the evenings" XXXX-XX-XXTEV (TIDES/TimeML SET). Not a name ("TGI Fridays", "Fridays Cafe"), nor weekends counted
        // or taken as a mass ("three weekends in a row", "years of weekends").
        name: 'set-plural-day',
        needs: /(?:day|[Ww]eekend|morning|afternoon|evening|night)s\b/,
        re: new RegExp(`${B}(?:(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:s|\\s+(?<part>night|morning|afternoon|evening)s)|(?:[Tt]he\\s+)?[Ww]eekends|(?<=\\b(?:[Ii]n|[Dd]uring)\\s+)the\\s+(?<dpart>morning|afternoon|evening|night)s(?!\\s+(?:of|that|which|when|before|after|since|following)\\b))${E}`, 'g'),
        build: (g, _m, c) => {
          // ("Most Fridays I leave early": the pronoun "I" begins no name.)
          if (this.nameBefore(c.text, c.start) || (this.nameGoesOn(c.text, c.end) && !/^\s+I\b/.test(c.text.slice(c.end, c.end + 4)))) return null;
          // A capitalised word right before it, not one opening a sentence, begins a name ("at TGI Fridays").
          const cap = /(?:^|(\S*)[ \t]+)([A-Z][\w'’&-]*)[ \t]+$/.exec(c.text.slice(Math.max(0, c.start - 40), c.start));
          if (cap && (/^[A-Z]{2,}$/.test(cap[2]) || (cap[1] !== undefined && cap[1] !== '' && !/[.!?:;"”'’)]$/.test(cap[1])))) return null;
          if (g.dpart) return { k: 'fixed', type: 'SET', value: `XXXX-XX-XXT${this.lex.maps.part.get(g.dpart.toLowerCase())}` };
          if (!g.wd) {
            const pw = prevWord(c.text, c.start);
            if (pw === 'of' || this.lex.maps.number.has(pw) || /\d\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return null;
            return { k: 'fixed', type: 'SET', value: 'XXXX-WXX-WE' };
          }
          const wd = this.weekday(g.wd);
          return { k: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}${g.part ? `T${this.lex.maps.part.get(g.part.toLowerCase())}` : ''}` };
        },
      },
      {
        // A part of the day that no day is written with ("gangs roam at night", "runs in the morning before
        // work", "arrived early in the morning") is a time of an unknown day, XXXX-XX-XXTNI (TIDES/TimeML),
        // the preposition outside the extent. Not when a word names which one ("the morning of the vote",
        // "the night that followed", "early in the morning when she landed", "in the afternoon on Friday"),
        // nor before a noun it modifies ("the morning meetings"), nor after a clock time or a day word, whose
        // own rules take it ("6:00 in the evening"). Under a future verb the next one is meant ("will decide
        // in the morning"): index.ts drops it there.
        name: 'part-of-day-bare',
        needs: /\b(?:morning|afternoon|evening|night)\b/i,
        re: new RegExp(`(?:(?<=\\b(?:[Ii]n|[Dd]uring)\\s+)the\\s+(?:middle\\s+of\\s+the\\s+)?(?<p>morning|afternoon|evening|night)|(?<=\\b[Aa]t\\s+)(?<n>night))${E}`, 'g'),
        build: (g, _m, c) => {
          const after = c.text.slice(c.end, c.end + 40);
          if (/^\s+(?:of|that|which|when|where|after|following|since|before\s+(?:the|a|an|his|her|their|its)\b)\b/i.test(after) || /^\s+on\s+[A-Z0-9]/.test(after)) return null;
          const nw = nextWord(c.text, c.end);
          if (nw && /^[a-z]/.test(nw) && !/^\s*[,.;:)!?"”—–-]/.test(after) && !PART_OF_DAY_NEXT.test(nw)) return null;
          const lead = c.text.slice(Math.max(0, c.start - 40), c.start);
          if (/(?:\d|o['’]\s?clock|[ap]\.?m\.?|noon|midnight|today|tomorrow|yesterday|day|weekend)\s+(?:early\s+|late\s+)?(?:in|at|during)\s+$/i.test(lead)) return null;
          const part = this.lex.maps.part.get((g.p ?? g.n)!.toLowerCase());
          return part ? { k: 'fixed', type: 'TIME', value: `XXXX-XX-XXT${part}` } : null;
        },
      },
      {
        name: 'set-times',
        needs: /\b(?:once|twice|times)\b/i,
        re: new RegExp(`${B}(?:once|twice|(?:${NUMW})\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<unit>${UNIT})${E}`, 'gi'),
        build: (g) => ({ k: 'fixed', type: 'SET', value: durationValue(1, this.unit(g.unit!)) }),
      },
      {
        // "six days a week", "60 hours a week", "four to six weeks a year", "two hours per day": a count of a
        // smaller unit in each larger one is one SET, as "twice a month" is (TimeML: value P1W, freq 6D),
        // not a DURATION beside a SET. Not when the larger unit is a date or a length ("five years a decade ago").
        name: 'set-count-per',
        needs: has.unit,
        re: new RegExp(`${B}(?:${NUMW}\\s+(?:to|or|and)\\s+|${NUMW}\\s*[-–]\\s*)?(?<num>${NUMW})[-\\s]+(?<unit>${UNIT})\\s+(?:a|an|per|each|every)\\s+(?<per>${UNIT})${E}`, 'gi'),
        build: (g, _m, c) => {
          const n = this.num(g.num);
          const unit = this.unit(g.unit!);
          const per = this.unit(g.per!);
          if (n === null || unitGoesOn(c.text, c.end) || /s$/i.test(g.per!) || UNIT_ORDER.indexOf(unit) >= UNIT_ORDER.indexOf(per)) return null;
          return { k: 'fixed', type: 'SET', value: durationValue(1, per) };
        },
      },
      {
        name: 'set-adverb',
        needs: has.setAdverb,
        re: new RegExp(`${B}(?<w>${L['set-adverb']})${E}`, 'gi'),
        build: (g, _m, c) => {
          const nw = nextWord(c.text, c.end);
          // "daily newspaper", "weekly meeting": adjectives, not frequencies.
          if (nw && !/^(and|or|but|to|in|on|at|for|by|from|with|since|until|through|throughout|as|so|the|a|an|basis)$/i.test(nw) && !/^[,.;:)]/.test(c.text.slice(c.end).trimStart())) {
            if (/^[a-z]/.test(nw)) return null;
          }
          if (/^(a|an|the|their|its|his|her|our|your|my)$/.test(prevWord(c.text, c.start))) return null;
          if (/^[A-Z]/.test(g.w!) && (this.nameGoesOn(c.text, c.end) || this.nameBefore(c.text, c.start))) return null;
          return { k: 'fixed', type: 'SET', value: this.lex.maps['set-adverb'].get(normWord(g.w!))! };
        },
      },
      {
        name: 'season',
        needs: has.season,
        re: new RegExp(`${B}(?:(?<mod>early|mid|late)[-\\s]+)?(?:(?<rel>this|last|next|past|coming)\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?${E}`, 'gi'),
        build: (g, _m, c) => {
          if (!g.rel && !g.year) {
            const pw = prevWord(c.text, c.start);
            if (!/^(the|in|during|by|since|until|through|this|last|next)$/.test(pw)) return null;
            if (/^(of)$/i.test(nextWord(c.text, c.end)) && /^the$/.test(pw)) return null; // "the fall of Kabul"
          }
          if (/^fall$/i.test(g.s!) && !g.rel && !g.year && prevWord(c.text, c.start) !== 'the') return null;
          // "the 2014 Winter Olympics", "the Summer Games", "the Winter Garden Theatre": a
          // capitalised season before another capitalised word inside a sentence is part of a name.
          if (!g.year && capitalised(g.s!) && /^\s+[A-Z][a-z]/.test(c.text.slice(c.end, c.end + 3)) && !/(?:^|[.!?:;"“”\n]\s*)$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) {
            return null;
          }
          return {
            k: 'season',
            s: this.lex.maps.season.get(normWord(g.s!))!,
            y: g.year ? +g.year : null,
            rel: g.rel ? REL_OF[g.rel.toLowerCase()] ?? null : null,
          };
        },
      },
      {
        name: 'quarter',
        needs: /quarter/i,
        re: new RegExp(
          `${B}(?:the\\s+)?(?:(?<fisc>fiscal)\\s+)?(?<ord>${ORDQ})[-\\s]+(?:fiscal\\s+)?quarter(?:\\s+(?:of|in)\\s+(?:(?:(?<fy>fiscal|FY)\\s*(?:year\\s+)?|the\\s+(?:(?<fy2>fiscal|financial)\\s+)?year\\s+)?(?<year>${YEAR})|(?<yrel>this|last|next)\\s+year|the\\s+(?<fy3>fiscal|financial)\\s+year))?${E}`,
          'gi',
        ),
        build: (g) => {
          const ord = g.ord!.toLowerCase();
          // "the first quarter of the financial year", "of fiscal 1998": a quarter of a business year.
          const fiscal = !!(g.fisc || g.fy || g.fy2 || g.fy3);
          if (ord === 'last' || ord === 'final') {
            if (g.year || g.yrel || g.fy3) return { k: 'quarter', q: 4, y: g.year ? +g.year : null, yrel: g.yrel ? REL_OF[g.yrel.toLowerCase()] : null, fiscal };
            return { k: 'rel', unit: 'Q', offset: -1, mod: null };
          }
          const q = Number(this.lex.maps.ordinal.get(normWord(ord)));
          if (!(q >= 1 && q <= 4)) return null;
          return { k: 'quarter', q, y: g.year ? +g.year : null, yrel: g.yrel ? REL_OF[g.yrel.toLowerCase()] : null, fiscal };
        },
      },
      {
        name: 'quarter-code',
        needs: /Q[1-4]/,
        re: new RegExp(`${B}(?:(?<fisc>fiscal|FY)\\s*)?Q(?<q>[1-4])(?:\\s+(?:of\\s+)?(?:FY\\s*)?(?<year>${YEAR}))?${E}`, 'g'),
        build: (g) => ({ k: 'quarter', q: +g.q!, y: g.year ? +g.year : null, yrel: null, fiscal: !!g.fisc }),
      },
      {
        name: 'half-year',
        needs: /\bhalf\b/i,
        re: new RegExp(`${B}(?:the\\s+)?(?<h>first|second)\\s+half\\s+of\\s+(?:(?<year>${YEAR})|(?<yrel>this|last|next)\\s+year|the\\s+year)${E}`, 'gi'),
        build: (g) => ({ k: 'half', h: g.h!.toLowerCase() === 'first' ? 1 : 2, y: g.year ? +g.year : null, yrel: g.yrel ? REL_OF[g.yrel.toLowerCase()] : null }),
      },
      {
        name: 'holiday',
        needs: has.holiday,
        re: new RegExp(`${B}(?:(?<rel>last|next|this)\\s+)?(?<h>${L.holiday})(?:\\s+(?<year>${YEAR}))?${E}`, 'gi'),
        build: (g, _m, c) => {
          const start = c.end - (g.year ? g.year.length + 1 : 0) - g.h!.length;
          if (!/[A-Z]/.test(c.text.slice(start, start + g.h!.length).replace(/^the\s+/i, '')[0] ?? '')) return null;
          if (!g.year && this.nameGoesOn(c.text, c.end)) return null;
          const v = this.lex.maps.holiday.get(normWord(g.h!))!;
          const rel = g.rel ? REL_OF[g.rel.toLowerCase()] ?? null : null;
          const mov = /^(easter|thanksgiving)([+-]\d+)?$/.exec(v);
          if (mov) {
            const movable = { from: mov[1] as 'easter' | 'thanksgiving', days: mov[2] ? +mov[2] : 0 };
            return { k: 'holiday', m: 0, d: 0, y: g.year ? +g.year : null, rel, movable };
          }
          // "09-1#1": the first Monday of September; "05-1#-1" the last Monday of May; "+1" a day after.
          const nth = /^(\d{2})-([1-7])#(-1|[1-5])([+-]\d+)?$/.exec(v);
          if (nth) {
            const movable = { from: 'nth' as const, days: nth[4] ? +nth[4] : 0, nth: { m: +nth[1], wd: +nth[2], n: +nth[3] } };
            return { k: 'holiday', m: 0, d: 0, y: g.year ? +g.year : null, rel, movable };
          }
          const [mm, dd] = v.split('-').map(Number);
          return { k: 'holiday', m: mm, d: dd, y: g.year ? +g.year : null, rel: g.rel ? REL_OF[g.rel.toLowerCase()] ?? null : null };
        },
      },
      {
        // "this holiday season", "last festive season": the year-end holidays as one period, written as the
        // month they centre on (TIMEX3 has no code for them); a bare "the holiday season" is left alone.
        // "this" reads as a bare month does, by tense: in January "this holiday season" is mostly the one
        // just past.
        name: 'holiday-season',
        needs: /season/i,
        re: new RegExp(`${B}(?<rel>this|last|next)\\s+(?<h>${L['holiday-season']})${E}`, 'gi'),
        build: (g) => {
          const rel = g.rel!.toLowerCase();
          const m = Number(this.lex.maps['holiday-season'].get(normWord(g.h!)));
          return { k: 'month', y: null, m, rel: rel === 'this' ? null : REL_OF[rel] ?? null, mod: null };
        },
      },
      {
        name: 'present-ref',
        needs: has.presentRef,
        re: new RegExp(`${B}(?:${L['present-ref']})(?![\\w-])`, 'gi'),
        build: (_g, m, c) => {
          if (/^now$/i.test(m[0]) && /^(that)$/i.test(nextWord(c.text, c.end))) return null;
          // "every now and then", "help now and again.": an idiom of frequency (occasionally), no time — after
          // "every", or closing its clause; "we are here now and then we leave", "between now and then" keep "now".
          if (/^now$/i.test(m[0]) && /^\s+and\s+(?:then|again)\b/i.test(c.text.slice(c.end, c.end + 12))) {
            const every = /\bevery\s+$/i.test(c.text.slice(Math.max(0, c.start - 8), c.start));
            if (every || /^\s+and\s+(?:then|again)\s*(?:[,.;:!?)"”’]|$)/i.test(c.text.slice(c.end, c.end + 16))) return null;
          }
          // "Now" capitalised after a capitalised word, mid-sentence, ends a name ("Larry King Now", "Peace Now").
          if (m[0] === 'Now' && /[A-Z][\w'’]*\s+$/.test(c.text.slice(Math.max(0, c.start - 30), c.start)) && !/[.!?:"“”]\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return null;
          return { k: 'fixed', type: 'DATE', value: 'PRESENT_REF' };
        },
      },
      {
        // "still true to this day", "until this day": the present in general, as "to date" and "still" say
        // (TimeML PRESENT_REF, as for "the present day"); not a day looked forward or led up to ("looking
        // forward to this day", "the weeks leading up to this day": the day itself).
        name: 'to-this-day',
        needs: /\bthis\s+day\b/i,
        re: /(?<=\b(?:to|until|till)\s+)this\s+day(?![\w-])/gi,
        build: (_g, _m, c) => {
          const before = c.text.slice(Math.max(0, c.start - 30), c.start);
          if (/\b(?:forward|up|leading|led|lead|leads)\s+(?:to|until|till)\s+$/i.test(before)) return null;
          return { k: 'fixed', type: 'DATE', value: 'PRESENT_REF' };
        },
      },
      {
        name: 'past-ref',
        needs: has.pastRef,
        re: new RegExp(`${B}(?:${L['past-ref']})${E}`, 'gi'),
        build: (_g, m, c) => {
          // "at the time" ends its clause or a conjunct ("was abroad at the time.", "…at the time and…");
          // "at the time of the vote", "at the time he left" name another time.
          if (/^at\s+the\s+time$/i.test(m[0]) && !/^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|but|or)\b)/.test(c.text.slice(c.end, c.end + 6))) return null;
          return { k: 'fixed', type: 'DATE', value: 'PAST_REF' };
        },
      },
      {
        name: 'future-ref',
        needs: has.futureRef,
        re: new RegExp(`${B}(?:${L['future-ref']})${E}`, 'gi'),
        // "the future of coal", "gloomy about the future of farm credit": the prospects of something, not a
        // time; "in the future of" names no time either.
        build: (_g, _m, c) => (/^\s+of\b/i.test(c.text.slice(c.end, c.end + 4)) ? null : { k: 'fixed', type: 'DATE', value: 'FUTURE_REF' }),
      },
    ];
    return rules;
  }

  /** All time expressions in text[from, to), longest-first without overlaps, in text order. */
  recognize(text: string, from: number, to: number): Candidate[] {
    const slice = text.slice(from, to);
    if (!this.trigger.test(slice)) return [];
    const found: (Candidate & { prio: number })[] = [];
    const answers = this.needAnswers.fill(0);
    // (the pre-filters that need a digit all say no to a sentence without one)
    if (!/\d/.test(slice)) for (let k = 0; k < answers.length; k++) if (this.needsDigit[k]) answers[k] = 1;
    this.rules.forEach((rule, prio) => {
      const need = this.needIndex[prio];
      if (!answers[need]) answers[need] = this.needs[need].test(slice) ? 2 : 1;
      if (answers[need] === 1) return;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(slice))) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        const end = start + m[0].length;
        const built = rule.build((m.groups ?? {}) as Groups, m, { text, start, end });
        if (!built) continue;
        if ('spec' in built) found.push({ start: built.start, end: built.end, spec: built.spec, rule: rule.name, prio });
        else found.push({ start, end, spec: built, rule: rule.name, prio });
      }
    });
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio);
    const kept: Candidate[] = [];
    const links = webAddresses(slice, from);
    for (const c of found) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      // Digits inside a web address ("…/news/2006/05/story.html", "?id=1725") name no time of the text.
      if (links.some(([s, e]) => s < c.end && c.start < e)) continue;
      kept.push({ start: c.start, end: c.end, spec: c.spec, rule: c.rule });
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

/** A web address: a scheme or "www." and what follows up to a space, a quote or a closing bracket; or a host with a path ("example.com/2005/10/…"). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'\])]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|co\.uk|ca|de|fr)\/[^\s<>"'\])]*/gi;

/** The [start, end) ranges (offsets in the text, `from` being the slice's) of the web addresses in `slice`. */
function webAddresses(slice: string, from: number): [number, number][] {
  if (!/[./]/.test(slice) || !/www\.|:\/\/|\.[a-z]{2,4}\//i.test(slice)) return [];
  const out: [number, number][] = [];
  for (const m of slice.matchAll(WEB_ADDRESS)) out.push([from + m.index!, from + m.index! + m[0].length]);
  return out;
}

/** What makes two pre-filters the same: an expression without state by its source and flags, anything else by itself. */
function needKey(n: Rule['needs']): unknown {
  return n instanceof RegExp && !n.global && !n.sticky ? `${n.flags}/${n.source}` : n;
}

/** A quantifier at `k` of an expression's source that lets what it follows be absent (?, *, {0…}). */
function optionalAt(s: string, k: number): boolean {
  return s[k] === '?' || s[k] === '*' || s.startsWith('{0', k);
}

/**
 * `re` cannot match a string without an ASCII digit: its source has no alternation outside groups and, outside
 * groups, a `\d`, a digit or a class of digits only that no quantifier makes optional. (Read conservatively:
 * any other source says false.)
 */
export function requiresDigit(re: RegExp): boolean {
  const s = re.source;
  let depth = 0;
  let found = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      if (depth === 0 && s[i + 1] === 'd' && !optionalAt(s, i + 2)) found = true;
      i++;
    } else if (c === '[') {
      let end = i + 1;
      while (end < s.length && s[end] !== ']') end += s[end] === '\\' ? 2 : 1;
      if (depth === 0 && /^\[(?:\d-\d|\d|\\d)+\]$/.test(s.slice(i, end + 1)) && !optionalAt(s, end + 1)) found = true;
      i = end;
    } else if (c === '{') {
      while (i < s.length && s[i] !== '}') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
    else if (depth === 0 && c >= '0' && c <= '9' && !optionalAt(s, i + 1)) found = true;
  }
  return found;
}

/** Units from the shortest to the longest, to tell a count of a smaller unit in each larger one ('set-count-per'). */
const UNIT_ORDER: Unit[] = ['S', 'MIN', 'H', 'D', 'W', 'FN', 'M', 'Q', 'Y', 'DE', 'CE'];

/**
 * "ahead" or "to come" right after a stretch of units ("the years ahead", "for decades to come"); not "ahead
 * of" (a preposition), nor an infinitive going on ("took many years to come to terms").
 */
const STRETCH_AHEAD = /^\s+(?:ahead(?!\s+of\b)(?![\w-])|to\s+come(?=\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|or|but|as|in|for|when|if|is|are|was|were|will|would|may|might|could|should)\b))/i;

/** Words after the second number of "<month> <day> to <n>" that make it no day: a count or an hour. */
const RANGE_NOT_DAY = "%|percent|per\\s+cent|per\\b|million|billion|thousand|hundred|points?\\b|people\\b|[ap]\\.?m\\b|o['’]clock|years?\\b|months?\\b|weeks?\\b|days?\\b|hours?\\b|minutes?\\b";

/** A date written right before a clock time: a slash or ISO date, or a year closing a written date, then "at" or a comma. */
const DATE_BEFORE_CLOCK = /(?:\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\b\d{4}-\d\d-\d\d|\b(?:1[6-9]|20)\d\d)\s*,?\s*(?:at\s+)?$/i;
/** Time zones a clock time may name after it. */
const ZONE = 'GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|MSK|IST|JST|local\\s+time';

/** A clock time's spec, its extent narrowed to leave out a closing bracket it did not open ("12:23 GMT)"). */
function unbracketed(spec: Extract<Spec, { k: 'time' }>, g: Groups, m: RegExpExecArray, c: MatchContext): Spec | { spec: Spec; start: number; end: number } {
  if (!g.tzc || g.tzo) return spec;
  const at = m[0].lastIndexOf(')');
  const end = c.start + at;
  // A weekday after the bracket ("2200 GMT) Friday") is outside it: keep the time alone.
  return { spec: at < m[0].length - 1 ? Object.assign({}, spec, { wd: null }) : spec, start: c.start, end };
}

/** A 12-hour clock hour with its "a.m."/"p.m." as a 24-hour one (12 a.m. is 0, 12 p.m. 12); null past 12 or at 0. */
function hour24(h: number, ap: string): number | null {
  if (h > 12 || h === 0) return null;
  const pm = /^p/i.test(ap);
  return pm ? (h < 12 ? h + 12 : h) : h === 12 ? 0 : h;
}

/** The day offset of "today" / "tomorrow" / "yesterday" after a clock time, else null. */
function dayOffset(w: string | undefined): number | null {
  if (!w) return null;
  const x = w.toLowerCase();
  return x === 'tomorrow' ? 1 : x === 'yesterday' ? -1 : 0;
}

/** The next smaller unit and how many of it make one of `unit`, for writing a fraction as a whole count. */
const SMALLER: Partial<Record<Unit, [Unit, number]>> = { CE: ['Y', 100], DE: ['Y', 10], Y: ['M', 12], Q: ['M', 3], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };

/**
 * A fractional count as a whole count of the next smaller unit when that makes it whole ("half an hour"
 * 30 minutes, "half a century" 50 years, "two and a half years ago" 30 months ago); otherwise unchanged.
 */
export function wholeUnits(n: number, unit: Unit): { n: number; unit: Unit } {
  const down = SMALLER[unit];
  if (Number.isInteger(n) || !down) return { n, unit };
  const m = Math.round(n * down[1] * 1e6) / 1e6;
  return Number.isInteger(m) ? { n: m, unit: down[0] } : { n, unit };
}

/** ISO 8601 duration for n units (null n = unspecified "X"). */
export function durationValue(n: number | null, unit: Unit): string {
  const q = n === null ? 'X' : String(n);
  switch (unit) {
    case 'S':
      return `PT${q}S`;
    case 'MIN':
      return `PT${q}M`;
    case 'H':
      return `PT${q}H`;
    case 'D':
      return `P${q}D`;
    case 'W':
      return `P${q}W`;
    case 'FN':
      return n === null ? 'PXW' : `P${n * 2}W`;
    case 'M':
      return `P${q}M`;
    case 'Q':
      return n === null ? 'PXQ' : `P${n * 3}M`;
    case 'Y':
      return `P${q}Y`;
    case 'DE':
      return n === null ? 'PXDE' : `P${n * 10}Y`;
    case 'CE':
      return n === null ? 'PXCE' : `P${n * 100}Y`;
    case 'WE':
      return `P${q}WE`;
  }
}
