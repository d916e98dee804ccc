// Indirect (reported) speech: "X said (that) CLAUSE", "X told Y that …", "Belarus … says it will …",
// "according to X, …" and the content-first "CLAUSE, X said." — content span = the reported clause.
import type { QuoteLexicon } from './lexicon.ts';
import { masked, cueIn, speakerOfCue, type Frame } from './frames.ts';
import { clauseStartsAt, npAfter, npBefore, isQuoteMark, type CueMatch } from './syntax.ts';
import type { View } from './units.ts';

export interface Reported {
  /** Inclusive token range of the reported content. */
  a: number;
  b: number;
  frame: Frame;
}

const OBJECT_CUES = new Set(['tell', 'warn', 'urge', 'ask', 'promise', 'assure', 'remind', 'inform', 'caution']);
const lower = (s: string) => s.toLowerCase();

/** Tokens after a cue that are not yet the content: adverbs, "on Thursday", "in a statement", "to reporters". */
function skipAdverbials(v: View, j: number, ceil: number, cue: CueMatch): number {
  const t = v.tokens;
  for (let round = 0; round < 4 && j <= ceil; round++) {
    const tok = t[j];
    if (tok.pos === 'ADV' && !/^(not|never)$/i.test(tok.text)) {
      j++;
      continue;
    }
    if (tok.pos === 'ADP' && lower(tok.text) !== 'that') {
      const np = npAfter(t, j + 1, ceil);
      if (!np) break;
      j = np.b + 1;
      continue;
    }
    if (round === 0 && OBJECT_CUES.has(cue.cue.phrase)) {
      const np = npAfter(t, j, ceil);
      if (np && (t[np.b + 1]?.text.toLowerCase() === 'that' || clauseStartsAt(t, np.b + 1, ceil))) {
        j = np.b + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Content end: the unit end, cut before ", adding/saying …", ";" or a following direct quote. */
function contentEnd(v: View, lex: QuoteLexicon, a: number, ceil: number, directQuotes: Set<number>): number {
  const t = v.tokens;
  let b = ceil;
  for (let k = a + 1; k <= ceil; k++) {
    if (v.inQuote[k] >= 0 && directQuotes.has(v.inQuote[k])) {
      b = k - 1;
      break;
    }
    if (masked(v, k)) continue;
    if (t[k].text === ';') {
      b = k - 1;
      break;
    }
    if (t[k].text === ',' && k + 1 <= ceil && /ing$/i.test(t[k + 1].text) && cueIn(v, lex, k + 1)) {
      b = k - 1;
      break;
    }
    // ", and threatened to …": a second verb of the reporting clause, not of the content
    if (t[k].text === ',' && t[k + 1]?.pos === 'CCONJ' && (t[k + 2]?.pos === 'VERB' || t[k + 2]?.pos === 'AUX') && !/ing$/i.test(t[k + 2].text)) {
      b = k - 1;
      break;
    }
    // "… as she urged …": a subordinate clause with its own reporting verb
    if (t[k].pos === 'SCONJ' && /^(as|while|before|after|when|because)$/i.test(t[k].text)) {
      let hasCue = false;
      for (let m = k + 1; m <= Math.min(ceil, k + 4); m++) if (!masked(v, m) && cueIn(v, lex, m)) hasCue = true;
      if (hasCue) {
        b = k - 1;
        break;
      }
    }
  }
  while (b > a && !isQuoteMark(t[b]) && t[b].pos === 'PUNCT') b--;
  while (b > a && (t[b].text === ',' || t[b].text === ':')) b--;
  return b;
}

function coveredByQuotes(v: View, a: number, b: number, directQuotes: Set<number>): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (directQuotes.has(v.inQuote[k])) n++;
  return n / Math.max(1, b - a + 1);
}

export function findIndirect(v: View, lex: QuoteLexicon, directQuotes: Set<number>): Reported[] {
  const t = v.tokens;
  const out: Reported[] = [];
  for (let u = 0; u < v.units.length; u++) {
    const unit = v.units[u];
    let last = unit.b;
    while (last > unit.a && t[last].pos === 'PUNCT' && !isQuoteMark(t[last])) last--;
    for (let i = unit.a; i <= unit.b; i++) {
      if (masked(v, i)) continue;
      const c = cueIn(v, lex, i);
      if (!c || !c.cue.indirect) continue;
      const found = c.cue.phrase === 'according to' ? accordingTo(v, c, unit.a, last) : reportedAfter(v, lex, c, unit.a, last, directQuotes) ?? contentFirst(v, c, unit.a, last);
      if (found && found.b >= found.a && coveredByQuotes(v, found.a, found.b, directQuotes) < 0.5) {
        // a direct quote's own attribution ("“…,” she said") is not reported speech
        out.push(found);
      }
      i = c.b;
    }
  }
  return out;
}

function reportedAfter(v: View, lex: QuoteLexicon, c: CueMatch, floor: number, ceil: number, directQuotes: Set<number>): Reported | null {
  const t = v.tokens;
  let j = skipAdverbials(v, c.b + 1, ceil, c);
  if (j > ceil) return null;
  if (lower(t[j].text) === 'that' && j + 1 <= ceil) j++;
  else if (!clauseStartsAt(t, j, ceil)) return null;
  if (masked(v, j) && directQuotes.has(v.inQuote[j])) return null;
  const speaker = speakerOfCue(v, c, floor, ceil, floor);
  if (!speaker) return null;
  const b = contentEnd(v, lex, j, ceil, directQuotes);
  return { a: j, b, frame: { cue: c, speaker, unit: v.unitOf[c.a] } };
}

/** "The border will stay closed, the minister said." / "…, said the minister." */
function contentFirst(v: View, c: CueMatch, floor: number, ceil: number): Reported | null {
  const t = v.tokens;
  let speaker = npBefore(t, c.a, floor);
  let comma: number;
  let k = c.b + 1;
  if (speaker && t[speaker.a - 1]?.text === ',') comma = speaker.a - 1;
  else if (t[c.a - 1]?.text === ',') {
    speaker = npAfter(t, c.b + 1, ceil);
    comma = c.a - 1;
    if (speaker) k = speaker.b + 1;
  } else return null;
  if (!speaker || comma - 1 < floor) return null;
  for (let m = speaker.a; m <= speaker.b; m++) if (masked(v, m)) return null;
  // only adverbials may follow: "on Thursday", "in a statement", "late on Friday"
  while (k <= ceil) {
    if (masked(v, k)) return null;
    if (t[k].pos === 'ADV' || t[k].pos === 'NUM') k++;
    else if (t[k].pos === 'ADP') {
      const np = npAfter(t, k + 1, ceil);
      if (!np) return null;
      k = np.b + 1;
    } else if (t[k].pos === 'PUNCT' && !isQuoteMark(t[k]) && k === ceil) k++;
    else return null;
  }
  let a = floor;
  while (a < comma && t[a].pos === 'PUNCT' && !isQuoteMark(t[a])) a++;
  let b = comma - 1;
  if (b - a < 2) return null;
  while (b > a && t[b].pos === 'PUNCT' && !isQuoteMark(t[b])) b--;
  return { a, b, frame: { cue: c, speaker, unit: v.unitOf[c.a] } };
}

/** "According to X, CLAUSE." or "CLAUSE, according to X." */
function accordingTo(v: View, c: CueMatch, floor: number, ceil: number): Reported | null {
  const t = v.tokens;
  const speaker = npAfter(t, c.b + 1, ceil);
  if (!speaker) return null;
  const frame: Frame = { cue: c, speaker, unit: v.unitOf[c.a] };
  if (t[speaker.b + 1]?.text === ',' && speaker.b + 2 <= ceil) {
    const a = speaker.b + 2;
    return ceil - a >= 2 ? { a, b: ceil, frame } : null;
  }
  if (c.a - 1 > floor && t[c.a - 1].text === ',') {
    let b = c.a - 2;
    while (b > floor && t[b].pos === 'PUNCT' && !isQuoteMark(t[b])) b--;
    return b - floor >= 2 ? { a: floor, b, frame } : null;
  }
  return null;
}
