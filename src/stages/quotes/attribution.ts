// Attributing each quoted passage: direct vs partial vs scare quote, and the frame (cue + speaker) from
// its own sentence, the previous quote by the same voice, or the sentence before/after it.
import type { QuoteLexicon } from './lexicon.ts';
import { afterFrame, beforeFrame, colonFrame, isPunct, laterFrame, masked, type Frame } from './frames.ts';
import type { View } from './units.ts';
import { tokenIndexAt } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';

export interface Attributed {
  quote: number;
  kind: 'direct' | 'partial';
  scare: boolean;
  frame: Frame | null;
  /** Index of an earlier quote whose frame this one inherits (continued speech). */
  inheritsFrom: number | null;
}

const SO_CALLED = /^(so-called|so-named|dubbed|termed|self-styled|self-proclaimed|self-described)$/i;
const MULTI_SENTENCE = /[.?!]["\u201D\u2019]?\s+["\u201C\u2018]?\p{Lu}/u;

function content(v: View, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (!masked(v, i) && !isPunct(v.tokens[i])) out.push(i);
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A quoted passage that reads as a whole statement rather than a phrase or a title: it opens in upper
 * case, has four words or more and not every word capitalised ("Back to the Mac"); its verb is asked of
 * the syntax layer (hasVerb).
 */
function wholeStatement(body: string): boolean {
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || !/^["'\u2018\u201C]?\p{Lu}/u.test(body)) return false;
  return words.some((w) => /^["'\u2018\u201C(]?\p{Ll}/u.test(w));
}

/** Whether tokens a..b hold a verb or auxiliary (the parse's tags, else the tagger's). */
function hasVerb(v: View, a: number, b: number): boolean {
  const tree = Tree.of(v.doc);
  for (let i = a; i <= b; i++) {
    const pos = tree ? tree.upos[i] : v.tokens[i].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

export function attributeQuotes(v: View, lex: QuoteLexicon): Attributed[] {
  const t = v.tokens;
  const out: Attributed[] = [];
  for (let qi = 0; qi < v.quoted.length; qi++) {
    const q = v.quoted[qi];
    const qa = tokenIndexAt(t, q.open);
    let qb = q.close >= 0 ? tokenIndexAt(t, q.close) : tokenIndexAt(t, q.end) - 1;
    if (qa >= t.length) continue;
    qb = Math.max(qa, Math.min(qb, t.length - 1));
    const unitA = v.units[v.unitOf[qa]];
    const unitB = v.units[v.unitOf[qb]];
    const bFrom = unitA.a;
    const bTo = qa - 1;
    const aFrom = qb + 1;
    const aTo = unitB.b;
    const before = content(v, bFrom, bTo);
    const after = content(v, aFrom, aTo);
    const body = v.text.slice(q.start, q.end);
    const lastB = bTo >= bFrom ? t[bTo] : null;
    const startsUpper = /^[\p{Lu}\p{N}…"'\u2018\u201C]/u.test(body) || /^\.\.\./.test(body);

    const after1 = aFrom <= aTo ? afterFrame(v, lex, aFrom, aTo) : null;
    const soCalled =
      (lastB !== null && SO_CALLED.test(lastB.text)) ||
      /\b(so-called|so called|self-styled|self-proclaimed)\s*$/i.test(v.text.slice(Math.max(0, q.open - 20), q.open));

    let kind: 'direct' | 'partial' = 'partial';
    if (MULTI_SENTENCE.test(body) && startsUpper) kind = 'direct';
    else if (before.length === 0 && (after1 || after.length === 0) && (startsUpper || after1)) kind = 'direct';
    else if (lastB && (lastB.text === ':' || lastB.text === ',') && startsUpper) kind = 'direct';
    else if (before.length === 0 && q.paragraphs > 0) kind = 'direct';

    let frame: Frame | null = null;
    let inheritsFrom: number | null = null;
    if (kind === 'direct') {
      frame = after1;
      if (!frame && before.length) frame = beforeFrame(v, lex, bFrom, bTo);
      if (!frame && lastB?.text === ':') frame = colonFrame(v, bTo, bFrom);
      // “…?” Vitter demanded. — the attribution was split off as its own sentence
      if (!frame && after.length === 0) frame = nextUnitFrame(v, lex, qb);
      if (!frame && before.length === 0) {
        // continued speech: the previous quote ends in the sentence just before (or the same one)
        const prev = out[out.length - 1];
        if (prev && prev.frame) {
          const pq = v.quoted[prev.quote];
          const pc = pq.close >= 0 ? tokenIndexAt(t, pq.close) : tokenIndexAt(t, pq.end) - 1;
          const prevUnit = v.unitOf[Math.min(pc, t.length - 1)];
          const sameVoice = v.unitOf[qa] - prevUnit <= 1 && v.paraOf[qa] - v.paraOf[pc] <= 1;
          const between = content(v, pc + 1, qa - 1);
          const frameHere = prev.frame.unit === prevUnit || prev.frame.unit === v.unitOf[qa] - 1;
          if (sameVoice && (between.length === 0 || frameHere)) {
            frame = prev.frame;
            inheritsFrom = prev.inheritsFrom ?? prev.quote;
          }
        }
      }
      if (!frame && before.length === 0) frame = previousUnitFrame(v, lex, qa);
    } else {
      frame = before.length ? beforeFrame(v, lex, bFrom, bTo) : null;
      if (!frame && aFrom <= aTo) frame = after1 ?? laterFrame(v, lex, aFrom, aTo, unitA.a);
      // a longer quoted phrase with no cue of its own continues the speech of the quote just before it,
      // in the same paragraph and sentence or the next one
      if (!frame && wordCount(body) > 4 && !soCalled) {
        const prev = out[out.length - 1];
        if (prev && prev.frame && !prev.scare) {
          const pq = v.quoted[prev.quote];
          const pc = Math.min(pq.close >= 0 ? tokenIndexAt(t, pq.close) : tokenIndexAt(t, pq.end) - 1, t.length - 1);
          if (v.paraOf[pc] === v.paraOf[qa] && v.unitOf[qa] - v.unitOf[pc] <= 1) {
            frame = prev.frame;
            inheritsFrom = prev.inheritsFrom ?? prev.quote;
          }
        }
      }
    }

    // 'X said "The border stays closed."': a whole statement right after its cue, closing the sentence
    if (kind === 'partial' && frame?.cue && frame.cue.b === bTo && after.length === 0 && wholeStatement(body) && hasVerb(v, qa + 1, qb - 1)) kind = 'direct';

    let scare = false;
    if (kind === 'partial' && soCalled) {
      scare = true;
      frame = null;
    } else if (kind === 'partial' && !frame && wordCount(body) <= 4) {
      scare = true;
    }
    out.push({ quote: qi, kind, scare, frame, inheritsFrom });
  }
  return out;
}

/** "He told reporters:" / "Ms Truss wrote on Sunday." right before a quote that has no frame of its own. */
function previousUnitFrame(v: View, lex: QuoteLexicon, qa: number): Frame | null {
  const u = v.unitOf[qa] - 1;
  if (u < 0) return null;
  const unit = v.units[u];
  if (v.paraOf[qa] - v.paraOf[unit.b] > 1) return null;
  for (let i = unit.a; i <= unit.b; i++) if (masked(v, i)) return null;
  const last = v.tokens[unit.b];
  return beforeFrame(v, lex, unit.a, unit.b) ?? (last.text === ':' ? colonFrame(v, unit.b, unit.a) : null);
}

/** "“…” She said it twice." — a short attribution sentence right after the quote. */
function nextUnitFrame(v: View, lex: QuoteLexicon, qb: number): Frame | null {
  const u = v.unitOf[qb] + 1;
  if (u >= v.units.length) return null;
  const unit = v.units[u];
  if (v.paraOf[unit.a] !== v.paraOf[qb] || unit.b - unit.a > 25) return null;
  return afterFrame(v, lex, unit.a, unit.b);
}
