// The dated-text format: a file that opens with `date YYYY-MM-DD` (on its own line, or followed by the
// text on the same line, as in ../shared/seed), then the article text. `date: YYYY-MM-DD`, the front-matter
// form, is read the same way.
import { utcDay } from '../doc/utc-day.ts';

export interface DatedText {
  date: string;
  /** The article text after the date line. */
  text: string;
  /** Offset in the file content where `text` begins. */
  offset: number;
}

const DATE_LINE = /^\uFEFF?[ \t]*date(?:[ \t]*:[ \t]*|[ \t]+)(\S+)[ \t]*(?:\r?\n|[ \t]+|$)/i;

/** Parses the date line; returns null when the content does not open with one. Throws on a bad date. */
export function parseDateLine(content: string): DatedText | null {
  const m = DATE_LINE.exec(content);
  if (!m) return null;
  const date = m[1];
  if (!isIsoDate(date)) throw new Error(`malformed date "${date}" on the date line (expected YYYY-MM-DD)`);
  return { date, text: content.slice(m[0].length), offset: m[0].length };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(utcDay(+m[1], +m[2] - 1, +m[3])); // years 0001-0099 too (Date.UTC maps them to 19xx)
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const LOOKS_LIKE_DATE_LINE = /^\uFEFF?[ \t]*date\b[ \t]*[:=]?[ \t]*\d[^\n]*/i;

/**
 * The first line when it was evidently meant as a date line but is not `date YYYY-MM-DD`
 * (e.g. "date: 14.11.2021", "Date 14/11/2021"); null otherwise.
 */
export function malformedDateLine(content: string): string | null {
  const m = LOOKS_LIKE_DATE_LINE.exec(content);
  if (!m) return null;
  try {
    return parseDateLine(content) ? null : m[0].replace(/^\uFEFF/, '').trim();
  } catch {
    return m[0].replace(/^\uFEFF/, '').trim();
  }
}
