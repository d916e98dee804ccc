// A text's line layout: whether it is hard-wrapped (broken into lines inside its sentences, as scraped
// and e-mailed news often is), and which line breaks end a paragraph and which only wrap a line. One
// reading shared by the sentence splitter, the quotes stage's paragraphs and the actors stage's names and
// headlines, which never run across a paragraph break (`paragraphBreakIn`); speaker phrases do not read it
// yet (docs/quotes.md).
import type { Span } from './types.ts';

export interface Layout {
  /** Most line breaks fall inside sentences: a single line break is no paragraph end by itself. */
  wrapped: boolean;
  /** Offsets of the line-break characters that only wrap a line (the paragraph goes on after them). */
  wraps: Set<number>;
  /** Paragraph spans, trimmed of whitespace, in order. */
  paragraphs: Span[];
}

interface Line {
  /** Offset of the line's first character and of its line break (text.length for the last line). */
  start: number;
  end: number;
  /** Leading whitespace. */
  indent: number;
  /** The line without its indentation and trailing whitespace. */
  body: string;
}

/**
 * A line ending a sentence: final punctuation, maybe behind closing quotation marks or brackets, or
 * before a credit in brackets ("… in politics. (AP)").
 */
const FINAL = /[.!?\u2026]['"\u201D\u2019\u00BB)\]]*(?:\s+\([^()]{1,40}\))?$/;
/** A line ending with a title, an initial or an abbreviation that usually goes on ("Mr.", "J.", "U.S."). */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Rev|St|No|Nos|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|vs?|(?:\p{Lu}\.)*\p{Lu})\.$/u;
/** A line ending where its sentence cannot: a letter, digit, comma, hyphen or dash, an opening mark. */
const OPEN_END = /[\p{L}\p{N},\-\u2013\u2014(["\u201C\u2018]$/u;
/** A line opening in lower case, with a digit or with a dash: the sentence of the line before goes on. */
const LOWER_START = /^(?:\p{Ll}|\p{N}|--|[\u2013\u2014]\s)/u;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const body = raw.trim();
    out.push({ start, end, indent: body ? raw.length - raw.trimStart().length : 0, body });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** A break inside a sentence whatever the layout: the line ends open and the next opens in lower case. */
function midSentence(line: Line, next: Line): boolean {
  return OPEN_END.test(line.body) && LOWER_START.test(next.body);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
}

/**
 * Hard-wrapped text: two line breaks inside sentences at least, a fifth of the single line breaks,
 * on lines of some length (a list of short link lines is no wrapped text); or most lines filling a
 * similar width of 55-100 characters.
 */
function isWrapped(ls: Line[], single: number[]): boolean {
  const filled = ls.filter((l) => l.body && l.body.length >= 55 && l.body.length <= 100).length;
  const nonBlank = ls.filter((l) => l.body).length;
  if (nonBlank >= 6 && filled / nonBlank >= 0.7) return true;
  const inside = single.filter((i) => midSentence(ls[i], ls[i + 1]));
  return inside.length >= 2 && inside.length * 5 >= single.length && median(inside.map((i) => ls[i].body.length)) >= 40;
}

function read(text: string): Layout {
  const ls = lines(text);
  // single line breaks: line i and line i + 1 both hold text
  const single: number[] = [];
  for (let i = 0; i + 1 < ls.length; i++) if (ls[i].body && ls[i + 1].body) single.push(i);
  const wrapped = single.length > 0 && isWrapped(ls, single);
  const wraps = new Set<number>();
  if (wrapped) {
    // a paragraph opens on a line indented deeper than most; a heading, caption or byline line is short
    const indent = median(ls.filter((l) => l.body).map((l) => l.indent));
    const width = percentile(single.map((i) => ls[i].body.length), 0.75);
    for (const i of single) {
      const line = ls[i];
      const next = ls[i + 1];
      if (LOWER_START.test(next.body)) {
        if (!FINAL.test(line.body) || ABBREVIATION.test(line.body)) wraps.add(line.end);
        continue;
      }
      if (next.indent > indent) continue;
      if (FINAL.test(line.body)) {
        if (ABBREVIATION.test(line.body) && /\p{Lu}/u.test(next.body[0])) wraps.add(line.end);
        continue;
      }
      // a short line is a heading only when it opens a paragraph itself (else it is a sentence's end
      // cut short by the source's own line break: "… draped a ⏎ flag over the front of the ⏎ city hall")
      const opens = i === 0 || !ls[i - 1].body || !wraps.has(ls[i - 1].end);
      if (!opens || line.body.length >= 0.6 * width) wraps.add(line.end);
    }
  } else {
    for (const i of single) if (midSentence(ls[i], ls[i + 1])) wraps.add(ls[i].end);
  }
  const paragraphs: Span[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    if (!l.body) continue;
    // (after a blank line the line before holds no text, and its break is no wrap)
    if (start >= 0 && !wraps.has(ls[i - 1].end)) {
      paragraphs.push({ start, end });
      start = -1;
    }
    if (start < 0) start = l.start + l.indent;
    end = l.start + l.indent + l.body.length;
  }
  if (start >= 0) paragraphs.push({ start, end });
  return { wrapped, wraps, paragraphs };
}

let cache: { text: string; layout: Layout } | null = null;

/** The layout of `text` (the last text's is kept: stages ask about the same document many times). */
export function layout(text: string): Layout {
  if (cache?.text !== text) cache = { text, layout: read(text) };
  return cache.layout;
}

/** Paragraph spans of `text`: a blank line ends one, and a single line break does unless it only wraps a line. */
export function paragraphs(text: string): Span[] {
  return layout(text).paragraphs;
}

/** Whether a paragraph break (a line break that does not just wrap a line) lies between offsets `from` and `to`. */
export function paragraphBreakIn(text: string, from: number, to: number): boolean {
  let wraps: Set<number> | null = null;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 10) continue;
    wraps ??= layout(text).wraps;
    if (!wraps.has(k)) return true;
  }
  return false;
}
