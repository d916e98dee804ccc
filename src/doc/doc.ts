// Creating documents and working with their spans: content-hash ids, messages, span helpers.
import { createHash } from 'node:crypto';
import type { Doc, Message, Place, Precision, Quote, RawDoc, Span, Token } from './types.ts';
import { sanitized, sanitizeText } from './sanitize.ts';

/** The fewest sentences a document has to be read as an article: a lone sentence (or two) tells too
 * little of where it is set (the events stage's home country, the actors stage's towns). */
export const ARTICLE_SENTENCES = 3;

/** Stable, collision-free document id: sha256 of the date and the exact text, 16 hex chars. */
export function contentId(date: string, text: string): string {
  return createHash('sha256').update(date).update('\n').update(text).digest('hex').slice(0, 16);
}

/** Deterministic id for a derived record (event, quote, …) from its defining parts. */
export function recordId(...parts: (string | number | null | undefined)[]): string {
  // one update of the parts each followed by a NUL: the digest of updating them one by one
  let s = '';
  for (const p of parts) s += `${p ?? ''}\u0000`;
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/**
 * The document of a reader's record, its text and fields sanitised (sanitize.ts: NUL, control characters
 * and lone surrogates become U+FFFD, offsets unchanged) so that every store takes it and stores the same
 * text; a warning message on the document says what was replaced. The id hashes the sanitised text.
 */
export function createDoc(raw: RawDoc): Doc {
  const meta: Doc['meta'] = {};
  if (raw.url) meta.url = sanitized(raw.url);
  if (raw.source) meta.source = sanitized(raw.source);
  if (raw.origin) meta.origin = sanitized(raw.origin);
  const text = sanitizeText(raw.text);
  const title = raw.title ? sanitizeText(raw.title) : null;
  if (title) meta.title = title.text;
  const date = sanitized(raw.date);
  const doc: Doc = {
    id: raw.id !== undefined ? sanitized(raw.id) : contentId(date, text.text),
    date,
    text: text.text,
    meta,
    layers: {},
    messages: [],
  };
  for (const [field, s] of [['text', text], ['title', title]] as const) {
    if (!s?.replaced) continue;
    doc.messages.push({
      severity: 'warning',
      source: 'input',
      text: `${s.replaced} character${s.replaced === 1 ? '' : 's'} of the ${field} (${s.kinds.join(', ')}) replaced by U+FFFD, first at offset ${s.first}`,
    });
  }
  return doc;
}

export function addMessage(doc: Doc, message: Message): void {
  doc.messages.push(message);
}

export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/**
 * The places that locate something: the places layer without its nationality adjectives ("Turkish" in
 * "Turkish troops" names Turkey but sets nothing there). Every reader of the layer that asks where
 * things are (event locations, an article's home country, the store and its map) reads these.
 */
export function locatedPlaces(places: readonly Place[] | undefined): Place[] {
  return (places ?? []).filter((p) => !p.adjectival);
}

/** Whether spans `a` and `b` share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many characters spans `a` and `b` share (0 when none). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether token k is glued by a hyphen to the token after it, with no space on either side ("Al-Zaman",
 * "Ash-Sharq"): tokens k, k + 1 (a hyphen) and k + 2 touching.
 */
export function hyphenJoined(tokens: readonly Token[], k: number): boolean {
  const [w, dash, next] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return !!w && !!dash && !!next && /^[-‐‑]$/.test(dash.text) && w.end === dash.start && dash.end === next.start;
}

/**
 * The end (the index after its last word) of the run of three or more words joined by hyphens with no
 * space that token k is a word of ("state-of-the-art", "up-to-date": a lexicalised compound, whose words
 * are not read one by one), or -1 when k is in no such run.
 */
export function hyphenRunEnd(tokens: readonly Token[], k: number): number {
  let a = k;
  while (a >= 2 && hyphenJoined(tokens, a - 2)) a -= 2;
  let b = k;
  while (hyphenJoined(tokens, b)) b += 2;
  return b - a >= 4 ? b + 1 : -1;
}

/** Whether `text` has a line break between the end of span `a` and the start of a later span `b`. */
export function lineBreakBetween(text: string, a: Span, b: Span): boolean {
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The precision a calendar value's form tells (YYYY-MM-DD day, YYYY-Www week, YYYY-MM month, YYYY-Qn quarter, YYYY year). */
export function precisionOfValue(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  return 'unknown';
}

/**
 * The precision of a stored quote written before quotes recorded one (store migration 011, rows.ts): the
 * precision its date's form tells, and 'unknown' for the document date, which stood in when the text named
 * no time (the statement was made by then).
 */
export function legacyQuotePrecision(date: string | null | undefined, docDate: string): Precision {
  return !date || date === docDate ? 'unknown' : precisionOfValue(date);
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether character offset `pos` lies in a quote's content (in one of its pieces, when discontinuous). */
export function inQuoteContent(q: Pick<Quote, 'start' | 'end' | 'parts'>, pos: number): boolean {
  if (pos < q.start || pos >= q.end) return false;
  return !q.parts || q.parts.some((p) => p.start <= pos && pos < p.end);
}

/** Whether [start, end) lies inside one of the document's time expressions (the time layer, where it has run):
 * a month, weekday or season word read as a speaker, a party or a small town of that name. */
export function inTimex(doc: Doc, start: number, end: number): boolean {
  return (doc.layers.timexes ?? []).some((x) => x.start <= start && end <= x.end);
}

/** Index of the sentence containing offset `pos`, or -1 (binary search over sorted sentences). */
export function sentenceAt(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Per token array, the index of each sentence's first token and then the array's length; null when the
 * tokens are not numbered in order (every stage asks for a sentence's tokens, often many times a document). */
const SENTENCE_STARTS = new WeakMap<readonly Token[], Int32Array | null>();

function sentenceStarts(tokens: readonly Token[]): Int32Array | null {
  let starts = SENTENCE_STARTS.get(tokens);
  if (starts === undefined || (starts !== null && starts[starts.length - 1] !== tokens.length)) {
    starts = null;
    const n = tokens.length;
    const last = n ? tokens[n - 1].sentence : -1;
    if (Number.isInteger(last) && last >= -1) {
      starts = new Int32Array(last + 2);
      let k = 0;
      for (let i = 0; i < n && starts; i++) {
        const si = tokens[i].sentence;
        if (!Number.isInteger(si) || si < 0 || (i > 0 && si < tokens[i - 1].sentence)) starts = null;
        else while (k <= si) starts[k++] = i;
      }
      if (starts) while (k < starts.length) starts[k++] = n;
    }
    SENTENCE_STARTS.set(tokens, starts);
  }
  return starts;
}

/** The tokens whose `sentence` is `si`, in order: `tokens.filter((t) => t.sentence === si)` without
 * reading the whole document. */
export function tokensOfSentence(tokens: readonly Token[], si: number): Token[] {
  const starts = sentenceStarts(tokens);
  if (!starts) return tokens.filter((t) => t.sentence === si);
  if (!(si >= 0 && si < starts.length - 1)) return [];
  return tokens.slice(starts[si], starts[si + 1]);
}

/** The index of `t` in `tokens` (-1 when absent), found through its sentence's first token. */
export function tokenIndex(tokens: readonly Token[], t: Token): number {
  const starts = sentenceStarts(tokens);
  if (starts && t.sentence >= 0 && t.sentence < starts.length - 1) {
    for (let i = starts[t.sentence]; i < starts[t.sentence + 1]; i++) if (tokens[i] === t) return i;
  }
  return tokens.indexOf(t);
}

/** Index of the first token whose end is after `pos` (sorted tokens; tokens.length when none). */
export function tokenIndexAt(tokens: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token whose characters hold offset `pos` (sorted tokens), or -1. */
export function tokenContaining(tokens: readonly Span[], pos: number): number {
  const k = tokenIndexAt(tokens, pos);
  return k < tokens.length && tokens[k].start <= pos ? k : -1;
}

/** Index of the first token starting at or after `pos` (sorted tokens; tokens.length when none). */
export function tokenIndexFrom(tokens: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens [a, b) lying inside `span` (sorted tokens; binary search for the first): b <= a when none. */
export function tokenSpan(tokens: readonly Span[], span: Span): { a: number; b: number } {
  const a = tokenIndexFrom(tokens, span.start);
  let b = a;
  while (b < tokens.length && tokens[b].end <= span.end) b++;
  return { a, b };
}

/** The tokens [a, b) that share a character with `span` (sorted tokens): a is tokens.length when none
 * ends after the span's start, and b <= a when none does. */
export function tokensOver(tokens: readonly Span[], span: Span): { a: number; b: number } {
  const a = tokenIndexAt(tokens, span.start);
  let b = a;
  while (b < tokens.length && tokens[b].start < span.end) b++;
  return { a, b };
}
