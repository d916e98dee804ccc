// A clock time with no am/pm is put in its half of the day by a part of the day written right after it
// ("6:00 in the evening", "10:00 at night", "2:15 this afternoon", "7:30 tonight", "9:00 on Friday evening"):
// the evening and the night hours are after noon, the morning's stay as written.
import { normWord, type TimeLexicon } from './lexicon.ts';

/**
 * The part-of-day code (lexicon kind 'part': MO/AF/EV/NI) a phrase right after a clock time names, else null.
 * `dayRead`: the clock time's extent already holds its day ("9:00 Friday", "11 o'clock tomorrow"), so a part
 * of the day may follow it bare ("9:00 Friday| evening").
 */
export function partAfterClock(lex: TimeLexicon, after: string, dayRead: boolean): string | null {
  const m = partRe(lex, dayRead).exec(after);
  if (!m) return null;
  return m.groups!.w || m.groups!.n ? 'NI' : (lex.maps.part.get(normWord(m.groups!.p!)) ?? null);
}

const cache = new WeakMap<TimeLexicon, RegExp[]>();

function partRe(lex: TimeLexicon, dayRead: boolean): RegExp {
  let res = cache.get(lex);
  if (!res) {
    res = [false, true].map((d) => build(lex, d));
    cache.set(lex, res);
  }
  return res[dayRead ? 1 : 0];
}

function build(lex: TimeLexicon, dayRead: boolean): RegExp {
  const PART = `(?:${lex.alt.part})`;
  return new RegExp(
    `^\\s*(?:,\\s*)?(?:(?<w>tonight)|at\\s+(?<n>night)|(?:in\\s+the|this|that|tomorrow|yesterday|last|the\\s+(?:next|following|same)|(?:on\\s+)?(?:${lex.alt.weekday})${dayRead ? '|' : ''})\\s+(?<p>${PART}))(?![\\w-])`,
    'i',
  );
}

/**
 * The 24-hour hour of a clock hour written without am/pm (1–11) in a part of the day: after noon in the
 * afternoon and the evening; in the night from 5 on ("10:00 at night"), while 1–4 at night are the small
 * hours ("woke at 3 at night"); as written in the morning, or with no part named.
 */
export function hourInPart(h: number, part: string | null): number {
  if (h < 1 || h > 11 || part === null) return h;
  if (part === 'AF' || part === 'EV') return h + 12;
  if (part === 'NI' && h >= 5) return h + 12;
  return h;
}
