// The date a statement was made, read from its attribution — the governing date of its cue ("said on
// Thursday", "in an interview on Wednesday") — never from dates inside quoted or reported words (the
// content of every quote in the text, outer and nested, is left out) nor from what describes the
// speaker ("X, an aide in <year>, said"); else the document date. Quotes of one attributed occasion (a run of the same
// speaker's quotes) share the date the run names, and a person quoted again after other speakers of the
// same occasion (a forum, a town hall) keeps its day while everything in between is told in the past; a
// statement reported inside another's words is another occasion.
import type { Doc, Precision, QuoteDateBasis, Span } from '../../doc/types.ts';
import { precisionOfValue } from '../../doc/doc.ts';

/** Governing date of `span`, skipping time expressions inside any `exclude` span; null when none applies. */
export type DateLookup = (doc: Doc, span: Span, exclude: Span[]) => { date: string | null; explicit: boolean; clause?: boolean; precision?: Precision } | null;

export interface StatementDate {
  date: string;
  /** True when a time expression of the attribution gave the date (false: the document date). */
  explicit: boolean;
  /** True when that time expression stands in the cue's own clause (false: the sentence fallback). */
  clause?: boolean;
  /** Calendar precision of `date` (the time expression's; for the document date, what the cue's tense allows). */
  precision: Precision;
  /** Where `date` came from (QUOTE_DATE_BASES in doc/types.ts). */
  basis: QuoteDateBasis;
  /**
   * True when the cue stands inside another quote's reported words ("X said Y was right when he said on
   * Wednesday that …"): a statement the outer speaker reports, another occasion, whose date is not lent
   * to the run of quotes around it (undated, it still takes the run's).
   */
  nested?: boolean;
}

/**
 * The text a quote's date may not be read from: its own content (`own`, the parts of an interrupted
 * one: "The plan, she told me on Friday, is dead"), every quotation in the text, the content of every
 * other quote (a partial quote's words are only part of the indirect one around them: "told the paper
 * that on <day> he 'walked in'"), and what describes the speaker (`described`: its appositions and
 * relative clauses, "said X, a close aide in <year>"). The one exception is a quote whose content holds
 * the cue: the cue's clause lies in those reported words, and the quote is nested in that one.
 */
export function datingExclusions(own: Span[], cue: Span, contents: Span[][], quoted: Span[], described: Span[]): { exclude: Span[]; nested: boolean } {
  // (one list grown in place: every quote of a text excludes every other's parts, and the filtered,
  // flattened and spread copies made before were three more lists of that length per quote)
  const exclude = own.concat(quoted);
  let nested = false;
  for (const parts of contents) {
    if (holdsSpan(parts, cue)) nested = true;
    else for (const p of parts) exclude.push(p);
  }
  for (const p of described) exclude.push(p);
  return { exclude, nested };
}

/** Whether one of `parts` holds `x` whole. */
function holdsSpan(parts: Span[], x: Span): boolean {
  for (const p of parts) if (p.start <= x.start && x.end <= p.end) return true;
  return false;
}

const inside = (x: Span, spans: Span[]) => spans.some((s) => x.start >= s.start && x.end <= s.end);

/**
 * Whether a calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn) begins after the document's day: a
 * statement the article reports was made by then, so such a date is what the statement is about ("said
 * the plant will close by 2030", "tomorrow he plans to …"), not when it was made.
 */
export function afterDocument(value: string, docDate: string | null): boolean {
  if (!docDate || !/^\d{4}-\d{2}-\d{2}$/.test(docDate)) return false;
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return `${q[1]}-${String(3 * +q[2] - 2).padStart(2, '0')}` > docDate.slice(0, 7);
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return false;
  return value > docDate.slice(0, value.length);
}

/** The document date as a statement date: made by then, at no precision unless told otherwise. */
export const documentDate = (doc: Doc, precision: Precision = 'unknown'): StatementDate => ({ date: doc.date, explicit: false, precision, basis: 'document' });

export function statementDate(doc: Doc, cue: Span, sentence: Span, exclude: Span[], lookup?: DateLookup): StatementDate {
  const governed = lookup?.(doc, cue, exclude);
  if (governed?.date && governed.explicit && afterDocument(governed.date, doc.date)) return documentDate(doc);
  if (governed?.date && !governed.explicit) return { ...documentDate(doc, governed.precision ?? 'unknown'), date: governed.date };
  if (governed?.date) {
    const precision = governed.precision ?? precisionOfValue(governed.date);
    return { date: governed.date, explicit: true, clause: governed.clause === true, precision, basis: 'attribution' };
  }
  if (!lookup) {
    const timexes = (doc.layers.timexes ?? []).filter(
      (x) => x.start >= sentence.start && x.end <= sentence.end && !inside(x, exclude) && (x.type === 'DATE' || x.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(x.value),
    );
    timexes.sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start));
    if (timexes.length) return { date: timexes[0].value.slice(0, 10), explicit: true, clause: false, precision: 'day', basis: 'attribution' };
  }
  return documentDate(doc);
}

/**
 * Whether a quote's date may stand for its occasion: a time expression of the cue's own clause ("he told
 * me on Friday") finer than a bare year, or one the sentence fallback found in another clause at day or
 * week precision ("In a letter posted on Saturday, X said"); not a year or month of another clause ("quit
 * his post in <year> and said"), not a bare year at all, nor the document date. Such a quote keeps its
 * own date; it only does not lend it to the rest of the run.
 */
export const givesOccasion = (d: StatementDate) =>
  d.explicit && !d.nested && (d.clause === true ? /^\d{4}-/.test(d.date) : /^\d{4}-(?:\d{2}-\d{2}|W\d{2})$/.test(d.date));

/**
 * Quotes of one occasion share its date: in a run of consecutive quotes by the same speaker, a quote
 * whose attribution names no date takes the nearest occasion date (givesOccasion) earlier in the run, else the first one
 * named later ("In an interview on Wednesday, X said … “…,” he said. He added …"), unless its cue is told
 * in the present or present perfect (`present`: "X claims", "has admitted", "according to X"), which speaks
 * as of the article's day; and a speaker's undated quotes to an outlet take the date given for that
 * speaker and outlet anywhere in the text, whatever their tense (one interview, one date).
 */
export function shareOccasionDates<T extends { key: string | null; outlet?: string | null; date: StatementDate; past?: boolean | null; present?: boolean | null }>(items: T[]): void {
  // (first, so that a run's own occasion, read next, wins over one named before another speaker's quotes)
  acrossSpeakers(items);
  let i = 0;
  while (i < items.length) {
    const key = items[i].key;
    let j = i + 1;
    if (key) while (j < items.length && items[j].key === key) j++;
    const run = items.slice(i, j);
    let current = run.find((x) => givesOccasion(x.date))?.date ?? null;
    for (const x of run) {
      if (givesOccasion(x.date)) current = x.date;
      // a cue told in the present ("says", "has admitted", "claims") speaks as of the article's day, not the run's
      else if (current && !x.date.explicit && !x.present) x.date = { date: current.date, explicit: false, precision: current.precision, basis: 'run' };
    }
    i = j;
  }
  // One speaker's quotes given to one outlet (an interview) share its date wherever they stand.
  const named = new Map<string, StatementDate>();
  for (const x of items) {
    if (x.key && x.outlet && givesOccasion(x.date) && !named.has(`${x.key}\u0000${x.outlet}`)) named.set(`${x.key}\u0000${x.outlet}`, x.date);
  }
  for (const x of items) {
    const d = x.key && x.outlet && !x.date.explicit ? named.get(`${x.key}\u0000${x.outlet}`) : undefined;
    if (d) x.date = { date: d.date, explicit: false, precision: d.precision, basis: 'outlet' };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A person quoted again after other speakers' quotes of one occasion (a forum, a town hall, a ceremony:
 * "Trump told the forum on Wednesday …. At the forum, Clinton said …. “…,” he said") is still at that
 * occasion while the last occasion the text names is that person's own, at day precision, and every
 * quote since, the person's own included, is told in the past: "says", "has said" or "believe" in between
 * tell the article's time and end the occasion. A quote with no cue neither ends nor takes it.
 */
function acrossSpeakers<T extends { key: string | null; date: StatementDate; past?: boolean | null }>(items: T[]): void {
  let latest: StatementDate | null = null;
  let owner: string | null = null;
  for (const x of items) {
    if (givesOccasion(x.date)) {
      latest = DAY.test(x.date.date) && x.key?.startsWith('person:') ? x.date : null;
      owner = x.key;
    } else if (x.past === false) latest = null;
    else if (latest && x.past && x.key === owner && !x.date.explicit) x.date = { date: latest.date, explicit: false, precision: latest.precision, basis: 'forum' };
  }
}
