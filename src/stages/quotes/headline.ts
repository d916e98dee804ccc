// Attribution in a headline: "Senator Says Talks Have Failed", "Talks Failed, Senator Says", "Union
// endorses mayor". Headlines are title-cased and telegraphic, and the parser reads them badly, so the
// headline (a short first paragraph of an article that has more) is read by word order: the names before
// a cue are its source, the words after it (or before a comma, for a trailing "X Says") its content.
import type { QuoteLexicon } from './lexicon.ts';
import { cueAt, isQuoteMark, type CueMatch, type TokRange } from './syntax.ts';
import type { View } from './units.ts';

export interface HeadlineAttribution {
  cue: CueMatch;
  speaker: TokRange;
  /** Inclusive token range of the content. */
  content: TokRange;
}

const NAME = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
const STOP = /^[;:|\u2014\u2013]$/;
/** A headline is at most this many tokens. */
const MAX_TOKENS = 30;

/** The headline's token range, or null when the first paragraph is not one. */
function headline(v: View): TokRange | null {
  if (v.paragraphs.length < 2 || !v.tokens.length) return null;
  let b = 0;
  while (b + 1 < v.tokens.length && v.paraOf[b + 1] === 0) b++;
  return b + 1 <= MAX_TOKENS ? { a: 0, b } : null;
}

/** Words that may make up a source phrase: names and nouns, a possessive, no verbs or punctuation. */
function nameRun(v: View, a: number, b: number): boolean {
  if (a > b) return false;
  for (let k = a; k <= b; k++) {
    const t = v.tokens[k];
    if (!NAME.has(t.pos) && !/^['\u2019]s?$/.test(t.text) && !(t.pos === 'DET' && k === a)) return false;
  }
  return v.tokens.slice(a, b + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
}

export function headlineAttributions(v: View, lex: QuoteLexicon): HeadlineAttribution[] {
  const h = headline(v);
  if (!h) return [];
  const t = v.tokens;
  let last = h.b;
  while (last > h.a && t[last].pos === 'PUNCT' && !isQuoteMark(t[last])) last--;
  const out: HeadlineAttribution[] = [];
  // clause starts: the headline's start and any word after ";" ":" or a dash
  let start = h.a;
  for (let i = h.a; i <= last; i++) {
    if (STOP.test(t[i].text)) {
      start = i + 1;
      continue;
    }
    if (v.inQuote[i] >= 0 || i === start) continue;
    const c = cueAt(t, i, lex, (k) => v.inQuote[k] >= 0);
    if (!c || c.cue.phrase === 'according to') continue;
    let end = c.b + 1;
    while (end <= last && !STOP.test(t[end].text)) end++;
    end--;
    // "Talks Failed, Senator Says": a trailing frame after a comma
    const comma = t.slice(start, c.a).map((x) => x.text).lastIndexOf(',');
    if (end === c.b && comma > 0 && nameRun(v, start + comma + 1, c.a - 1)) {
      out.push({ cue: c, speaker: { a: start + comma + 1, b: c.a - 1 }, content: { a: start, b: start + comma - 1 } });
      break;
    }
    // "Senator Says Talks Have Failed": names up to the cue, the rest after it
    if (end > c.b && nameRun(v, start, c.a - 1)) {
      out.push({ cue: c, speaker: { a: start, b: c.a - 1 }, content: { a: c.b + 1, b: end } });
      i = end;
    }
  }
  return out;
}
