// The semantic description of a recognised time expression, before it is anchored: what the words say
// ("last week", "March 5", "two days ago"), which normalize.ts turns into a TIMEX3 value.
import type { TimexType } from '../../doc/types.ts';

/** TIMEX3 mod-like position inside a period ("early 2011", "the end of the year"). */
export type Mod = 'START' | 'MID' | 'END' | null;

/** Calendar unit codes as used in the lexicon. */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'FN' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';

/**
 * `short` on a date, month or year: the year was written with two digits ("10/25/89", "in '72"); `y`
 * holds 2000 + those digits until normalize.ts moves it to the century nearest the document's year.
 */
export type Spec =
  /** A calendar date; missing year is inferred from tense. */
  | {
      k: 'date';
      y: number | null;
      m: number;
      d: number;
      /** "June 16 of last year": the year from the document's (-1, 0, +1). */
      yrel?: number;
      short?: boolean;
      /** A yearless date read as the day a past event is named by ("since Sept. 11"): that year, when the document is later. */
      namedYear?: number;
      /** A date naming a party or a body ("the 9/11 Commission"): a label, so not the narrative's day. */
      label?: boolean;
    }
  /** A day of the month with no month written ("on the 14th", "until the 22nd"): the month comes from the document's and the tense. */
  | { k: 'mday'; d: number }
  | {
      k: 'month';
      y: number | null;
      m: number;
      rel: number | null;
      mod: Mod;
      /** "February last year", "March of next year". */
      yrel?: number;
      short?: boolean;
      /** "that day in April", "a night in late October": one day of the month, which one unwritten; a part of that day (MO/AF/EV/NI) or null for the whole day. */
      dayIn?: { part: string | null };
    }
  | { k: 'year'; y: number; mod: Mod; fiscal: boolean; short?: boolean }
  | { k: 'decade'; value: string; /** "the '20s", "the sixties": no century written; value holds the 1900s reading. */ short?: boolean }
  | { k: 'century'; value: string }
  /** A weekday; rel: -1 last, +1 next, 0 this, null bare (tense decides). part: MO/AF/EV/NI. */
  | { k: 'weekday'; wd: number; rel: number | null; part: string | null; /** "the weekend": the weekend of that Saturday. */ weekend?: boolean }
  /** Offset in units from the document date: "yesterday" (D,-1), "next month" (M,+1). */
  | {
      k: 'rel';
      unit: Unit | 'SEASON';
      offset: number;
      season?: string;
      part?: string | null;
      mod: Mod;
      fiscal?: boolean;
      /** "the end of the year": in a past-tense clause the end of the current period has not come yet, so the previous one is meant. */
      edge?: boolean;
    }
  /** "two years ago": the period `n` units back from the document date at the unit's precision. */
  | { k: 'ago'; n: number | null; unit: Unit }
  /** Offset from the narrative anchor (the last full date mentioned): "the day before", "a week later". */
  | {
      k: 'narr';
      unit: Unit;
      offset: number;
      part?: string | null;
      /** "a few weeks earlier", "some months later": a count no number gives; only the offset's sign is known. */
      vague?: boolean;
    }
  | { k: 'season'; s: string; y: number | null; rel: number | null }
  | { k: 'quarter'; q: number; y: number | null; yrel: number | null; fiscal: boolean }
  | { k: 'half'; h: number; y: number | null; yrel: number | null }
  | {
      k: 'holiday';
      m: number;
      d: number;
      y: number | null;
      rel: number | null;
      /**
       * A movable feast: days from Easter Sunday, from US Thanksgiving, or from the n-th weekday of a
       * month (`nth`: "the first Monday of September"; n -1 the last) (m/d are then unused).
       */
      movable?: { from: 'easter' | 'thanksgiving' | 'nth'; days: number; nth?: { m: number; wd: number; n: number } };
    }
  /** Clock time; the day comes from a weekday in the same expression, else the sentence's date, else the DCT. */
  | { k: 'time'; h: number; min: number; tz: boolean; wd: number | null; /** "today" 0, "tomorrow" 1, "yesterday" -1 after the clock time. */ off?: number | null; /** seconds, when written ("03:14:09 PM"). */ sec?: number }
  | { k: 'part'; part: string; dayOffset: number }
  /** Values that need no anchoring: durations, sets, PRESENT_REF… */
  | { k: 'fixed'; type: TimexType; value: string };

export interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  rule: string;
}
