// The token view the quotes stage works on: which top-level quote each token is in, and "units" —
// sentences split at end punctuation outside quotes, at a quote ending in . ? ! before a capital, and
// at paragraph breaks (wink's sentences can run across a closing quotation mark).
import type { Doc, Span, Token } from '../../doc/types.ts';
import { tokenIndexAt } from '../../doc/doc.ts';
import { isQuoteMark } from './syntax.ts';
import type { Quoted } from './marks.ts';

export interface View {
  doc: Doc;
  text: string;
  tokens: Token[];
  paragraphs: Span[];
  /** Top-level quotes. */
  quoted: Quoted[];
  /** Per token: index into `quoted` of the quote containing it (marks included), else -1. */
  inQuote: Int32Array;
  /** Per token: index of its unit. */
  unitOf: Int32Array;
  /** Units as inclusive token ranges. */
  units: { a: number; b: number }[];
  /** Per token: its paragraph index. */
  paraOf: Int32Array;
  /** Per token: 1 when it is inside a name after the name's first word ("States" in "the United States"). */
  inName: Uint8Array;
}

/** Whether code unit c is a full stop, question mark or exclamation mark. */
const endMark = (c: number): boolean => c === 46 || c === 63 || c === 33;
/** /^[.?!]+$/ by character codes (asked of every token). */
function allEndMarks(s: string): boolean {
  if (!s.length) return false;
  for (let k = 0; k < s.length; k++) if (!endMark(s.charCodeAt(k))) return false;
  return true;
}
/** /[.?!]$/ by character code. */
const endsWithEndMark = (s: string): boolean => s.length > 0 && endMark(s.charCodeAt(s.length - 1));
const TITLE = /^(mr|mrs|ms|dr|prof|gen|sen|rep|gov|lt|col|maj|sgt|st|rev|hon|jr|sr|[A-Z])\.$/i;

export function buildView(doc: Doc, quoted: Quoted[], paragraphs: Span[]): View {
  const tokens = doc.layers.tokens ?? [];
  const text = doc.text;
  const n = tokens.length;
  const inQuote = new Int32Array(n).fill(-1);
  quoted.forEach((q, qi) => {
    const end = q.close >= 0 ? q.close + 1 : q.end;
    for (let i = tokenIndexAt(tokens, q.open); i < n && tokens[i].start < end; i++) inQuote[i] = qi;
  });
  const paraOf = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p < paragraphs.length - 1 && tokens[i].start >= paragraphs[p].end) p++;
    paraOf[i] = p;
  }
  const units: { a: number; b: number }[] = [];
  const unitOf = new Int32Array(n);
  let a = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let end = !next || paraOf[i + 1] !== paraOf[i];
    // end punctuation ends a sentence unless a comma, a bracket or a lower-case word follows ("R-Ky., said")
    if (!end && inQuote[i] < 0 && allEndMarks(t.text) && !isQuoteMark(next) && !/^[,;:)\]]$/.test(next.text) && !/^\p{Ll}/u.test(next.text)) end = true;
    if (!end && inQuote[i] < 0 && endsWithEndMark(t.text) && t.text.length > 1 && !TITLE.test(t.text) && /^\p{Lu}/u.test(next.text) && tokens[i].sentence !== next.sentence) end = true;
    // a quote closing on . ? ! followed by a capital or a new quote ends the sentence
    if (!end && inQuote[i] >= 0 && isQuoteMark(t) && quoted[inQuote[i]].close === t.start) {
      const prev = tokens[i - 1];
      if (prev && endsWithEndMark(prev.text) && (/^\p{Lu}/u.test(next.text) || isQuoteMark(next))) end = true;
    }
    // end punctuation just outside a closing mark: “…” .
    if (!end && inQuote[i] < 0 && allEndMarks(t.text) && isQuoteMark(next) && inQuote[i + 1] >= 0 && quoted[inQuote[i + 1]].open === next.start) end = true;
    if (end) {
      for (let k = a; k <= i; k++) unitOf[k] = units.length;
      units.push({ a, b: i });
      a = i + 1;
    }
  }
  return { doc, text, tokens, paragraphs, quoted, inQuote, unitOf, units, paraOf, inName: nameInteriors(doc, tokens) };
}

const NAMES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);

/** Tokens inside a named entity after its first word: no cue verb stands there ("the United States"). */
function nameInteriors(doc: Doc, tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const e of doc.layers.entities ?? []) {
    if (!NAMES.has(e.label)) continue;
    for (let i = tokenIndexAt(tokens, e.start) + 1; i < tokens.length && tokens[i].end <= e.end; i++) out[i] = 1;
  }
  return out;
}
