// Finding quoted passages by their quotation marks: pairs “…”, "…", ‘…’, `…', «…», „…“ (one table of
// marks below; telling the closing ’ from an apostrophe), a straight "…' or '…" mismatched pair as a last
// resort, nests inner quotes, joins multi-paragraph quotes and caps unmatched marks.
import type { Span } from '../../doc/types.ts';
import { paragraphs } from '../../doc/layout.ts';

export interface Quoted extends Span {
  /** Offset of the opening mark (content starts after it). */
  open: number;
  /** Offset of the closing mark, or -1 when the quote was left open and capped at its paragraph end. */
  close: number;
  /** 0 for a top-level quote, 1+ for a quote inside another. */
  depth: number;
  /** Paragraph breaks crossed (a quote continued by a paragraph that reopens it). */
  paragraphs: number;
}

type Family = 'double' | 'straight' | 'single' | 'straight-single' | 'guillemet' | 'low' | 'grave';

/**
 * The marks: the family each opens and the families each can close, most likely first. Context (an
 * apostrophe, a mark after a space) is read in openerAt and closerFamilies below.
 */
const MARKS: Record<string, { opens?: Family; closes: Family[] }> = {
  '\u201C': { opens: 'double', closes: ['low'] }, // “ (closes „…“)
  '\u201D': { closes: ['double', 'straight', 'low'] }, // ”
  '\u201E': { opens: 'low', closes: [] }, // „
  '\u00AB': { opens: 'guillemet', closes: [] }, // «
  '\u00BB': { closes: ['guillemet'] }, // »
  '\u2018': { opens: 'single', closes: [] }, // ‘
  '\u2019': { closes: ['single', 'straight-single', 'grave'] }, // ’
  '"': { opens: 'straight', closes: ['straight', 'double'] },
  "'": { opens: 'straight-single', closes: ['straight-single', 'single', 'grave'] },
  '`': { opens: 'grave', closes: [] }, // `…' (typewriter and TeX style)
};

interface Open {
  family: Family;
  pos: number;
  depth: number;
  paragraphs: number;
  /** A further family whose closing mark also ends this quote: a straight '…" mismatched pair. */
  alt?: Family;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => !!c && LETTER.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

/** Opening-mark family of the character at `i` if it can open a quote there, else null. */
function openerAt(text: string, i: number, para: Span): Family | null {
  const c = text[i];
  const prev = i > para.start ? text[i - 1] : undefined;
  const next = i + 1 < para.end ? text[i + 1] : undefined;
  const family = MARKS[c]?.opens ?? null;
  switch (c) {
    case '\u2018':
      // ‘90s is an elided year, not a quote
      if (/\d/.test(next ?? '') && isSpace(prev)) return null;
      return isSpace(next) ? null : family;
    case '"':
      return (prev === undefined || OPEN_CONTEXT.test(prev) || /["\u201C\u2018']/.test(prev)) && !isSpace(next)
        ? family
        : null;
    case "'":
      return (prev === undefined || OPEN_CONTEXT.test(prev) || prev === '"') && isLetter(next) ? family : null;
    case '`':
      // a tokenised text may put a space inside the marks (` cut the cord '); `` is left alone
      return (prev === undefined || OPEN_CONTEXT.test(prev) || prev === '"') && next !== undefined && next !== '`'
        ? family
        : null;
    default:
      return family;
  }
}

/** Families the character at `i` can close (given context), most likely first. */
function closerFamilies(text: string, i: number, para: Span): Family[] {
  const c = text[i];
  const prev = i > para.start ? text[i - 1] : undefined;
  const next = i + 1 < para.end ? text[i + 1] : undefined;
  const families = MARKS[c]?.closes ?? [];
  switch (c) {
    case '"':
      return isSpace(prev) && !isSpace(next) ? [] : families;
    case '\u2019':
    case "'":
      if (isLetter(prev) && isLetter(next)) return []; // apostrophe: bloc’s, didn’t
      // after a space only a backtick quote's spaced closing mark (` cut the cord '), never "Apple ' s"
      if (isSpace(prev)) return isLetter(next) || SPACED_CLITIC.test(text.slice(i + 1, i + 5)) ? [] : ['grave'];
      return families;
    default:
      return families;
  }
}

/** A tokenised clitic after a spaced apostrophe: "Apple ' s", "we ' re". */
const SPACED_CLITIC = /^\s(?:s|t|re|ve|ll|d|m)\b/i;

const QUOTE_CHARS = /["'`\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/g;

/** A later closing ’ in the paragraph that could end an open single quote (of `family`). */
function laterSingleCloser(text: string, from: number, para: Span, family: Family = 'single'): boolean {
  for (let j = from; j < para.end; j++) {
    if (text[j] === '\u2019' || text[j] === "'") {
      const prev = text[j - 1];
      const next = j + 1 < para.end ? text[j + 1] : undefined;
      if (!isLetter(next) && (!isSpace(prev) || family === 'grave')) return true;
    }
  }
  return false;
}

/**
 * Doubled apostrophes used as double quotes (''…'', a newspaper house style) rewritten, length kept,
 * as “ + space and space + ” so the pairing below reads them like curly quotes.
 */
export function doubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(?<!')''(?!')/g, (m, at: number) => {
    const prev = at > 0 ? text[at - 1] : undefined;
    const next = text[at + 2];
    if ((prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && !/\s/.test(next)) return '\u201C ';
    if (prev !== undefined && !/\s/.test(prev)) return ' \u201D';
    return m;
  });
}

/** Every quoted passage in `text`, top-level and nested, in document order of their opening marks. */
export function findQuoted(original: string): Quoted[] {
  const text = doubledApostrophes(original);
  const paras = paragraphs(text);
  const out: Quoted[] = [];
  let carried: Open | null = null; // an outer quote continued from the previous paragraph
  let reopened = true; // …by an opening mark at the continuing paragraph's start (else with none)

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: Open[] = [];
    let from = para.start;
    if (carried) {
      // the continuing paragraph reopens the quote with an opening mark: consume it
      stack.push(Object.assign({}, carried, { paragraphs: carried.paragraphs + 1 }));
      from = reopened ? para.start + 1 : para.start;
      carried = null;
    }
    QUOTE_CHARS.lastIndex = from;
    for (let m = QUOTE_CHARS.exec(text); m && m.index < para.end; m = QUOTE_CHARS.exec(text)) {
      const i = m.index;
      const closes = closerFamilies(text, i, para);
      const openIdx = findOpen(stack, closes);
      const opener = openerAt(text, i, para);
      // a mark that could both open and close (straight quotes, “ in „…“) closes when its family is open
      if (openIdx >= 0) {
        const o = stack[openIdx];
        const isApostrophe =
          (text[i] === '\u2019' || text[i] === "'") &&
          /s/i.test(text[i - 1]) &&
          /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
          laterSingleCloser(text, i + 1, para);
        if (isApostrophe) continue;
        stack.length = openIdx; // drop unclosed inner quotes
        if (i > o.pos + 1) {
          out.push({ open: o.pos, close: i, start: o.pos + 1, end: i, depth: o.depth, paragraphs: o.paragraphs });
        }
        continue;
      }
      if (opener) {
        // '…" (a straight single mark closed by a double one), where no straight double quote is open
        const alt =
          opener === 'straight-single' && /\p{L}/u.test(text[i + 1]) && !stack.some((o) => o.family === 'straight')
            ? 'straight'
            : undefined;
        const single = opener === 'single' || opener === 'straight-single' || opener === 'grave';
        if (single && !laterSingleCloser(text, i + 1, para, opener) && !(alt && nextStraightCloses(text, i + 1, para))) continue;
        stack.push({ family: opener, pos: i, depth: stack.length, paragraphs: 0, alt });
      }
    }
    if (stack.length) {
      const outer = stack[0];
      const nextPara = paras[p + 1];
      const reopens = nextPara && openerAt(text, nextPara.start, nextPara) !== null;
      if (reopens || continuedWithoutReopening(text, paras, p + 1, outer.family)) {
        carried = outer;
        reopened = !!reopens;
      } else {
        const left = closeAtSingleMarks(text, stack, para, out);
        if (left.length && para.end > left[0].pos + 1) {
          const o = left[0];
          out.push({ open: o.pos, close: -1, start: o.pos + 1, end: para.end, depth: 0, paragraphs: o.paragraphs });
        }
      }
    }
  }
  return out
    .map((q) => trimQuoted(text, q))
    .filter((q) => q.end > q.start)
    .sort((a, b) => a.open - b.open);
}

/** Most paragraphs with no quotation mark a quote left open may run over before the one that closes it. */
const MAX_UNMARKED_PARAGRAPHS = 3;

/**
 * Paragraphs from `from` go on with a quote left open by the one before without reopening it: up to
 * three paragraphs with no quotation mark of their own, then one whose first quotation mark closes the
 * open quote's family and cannot open one ("…a device.¶We will move the hub into the cloud,” said the
 * chief executive."; a speech of three paragraphs with its middle one unmarked).
 */
function continuedWithoutReopening(text: string, paras: Span[], from: number, family: Family): boolean {
  for (let k = from; k < paras.length && k <= from + MAX_UNMARKED_PARAGRAPHS; k++) {
    const mark = firstMark(text, paras[k], family);
    if (mark >= 0) return openerAt(text, mark, paras[k]) === null && closerFamilies(text, mark, paras[k]).includes(family);
  }
  return false;
}

/**
 * Offset of the paragraph's first quotation mark that could open a quote or close one of `family`, or
 * -1; apostrophes ("could’ve", "players’") are no such mark.
 */
function firstMark(text: string, para: Span, family: Family): number {
  QUOTE_CHARS.lastIndex = para.start;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < para.end; m = QUOTE_CHARS.exec(text)) {
    if (openerAt(text, m.index, para) !== null || closerFamilies(text, m.index, para).includes(family)) return m.index;
  }
  return -1;
}

function findOpen(stack: Open[], families: Family[]): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k];
    if (families.includes(o.family) || (o.alt && families.includes(o.alt))) return k;
  }
  return -1;
}

/** The paragraph's next straight " from `from` can close a quote and cannot open one. */
function nextStraightCloses(text: string, from: number, para: Span): boolean {
  let j = from;
  while (j < para.end && text[j] !== '"') j++;
  return j < para.end && closerFamilies(text, j, para).length > 0 && openerAt(text, j, para) === null;
}

/**
 * Straight double quotes a paragraph leaves open and does not carry on, each closed instead at the first
 * straight ' after it (and before the next open mark) that ends a word and is no possessive before a
 * lower-case word ("Mets Poet'. …; "new' home); the quotes left open are returned.
 */
function closeAtSingleMarks(text: string, stack: Open[], para: Span, out: Quoted[]): Open[] {
  const left: Open[] = [];
  stack.forEach((o, k) => {
    const until = k + 1 < stack.length ? stack[k + 1].pos : para.end;
    let close = -1;
    if (o.family === 'straight') {
      for (let j = o.pos + 2; j < until && close < 0; j++) {
        if (text[j] !== "'" || !isLetter(text[j - 1]) || isLetter(text[j + 1])) continue;
        if (/s/i.test(text[j - 1]) && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3))) continue;
        close = j;
      }
    }
    if (close < 0) left.push(o);
    else out.push({ open: o.pos, close, start: o.pos + 1, end: close, depth: o.depth, paragraphs: o.paragraphs });
  });
  if (left.length < stack.length) {
    // depths again: a quote closed early no longer holds the quotes after it
    const mine = out.filter((q) => q.open >= para.start && q.open < para.end);
    const endOf = (q: Quoted) => (q.close < 0 ? para.end : q.close);
    for (const q of mine) {
      q.depth =
        mine.filter((e) => e !== q && e.open < q.open && endOf(e) > endOf(q)).length +
        left.filter((o) => o.pos < q.open).length;
    }
  }
  return left;
}

function trimQuoted(text: string, q: Quoted): Quoted {
  let { start, end } = q;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return Object.assign({}, q, { start, end });
}
