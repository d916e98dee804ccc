// Shallow syntax over tokens for attribution: noun-phrase chunks before/after a cue, cue matching
// (multi-word cues included), and the subject of a clause. POS-pattern based, no parser needed.
import type { Token } from '../../doc/types.ts';
import { inConnective, type Cue, type QuoteLexicon } from './lexicon.ts';

const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const LINK_ADP = new Set(['of', 'for', 'at']);
const LINK_ADP_AFTER = new Set(['of', 'for']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const NON_NP_PRONOUNS = new Set(['who', 'which', 'that', 'what', 'whom', 'whose', 'this', 'there', 'him', 'her', 'them', 'me', 'us']);
const NP_SKIP_BEFORE_CUE = new Set(['ADV', 'AUX', 'PART']);
const QUANTIFIER = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'both', 'all']);
const QUOTE_MARK = /^(["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]|''|``)$/;
const POSSESSIVE = /^['\u2019]s?$/;

export const isQuoteMark = (t: Token) => QUOTE_MARK.test(t.text);

/** Token index range [a, b] inclusive. */
export interface TokRange {
  a: number;
  b: number;
}

export interface CueMatch {
  cue: Cue;
  /** First and last token of the cue phrase. */
  a: number;
  b: number;
}

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/** A capitalised word the tagger took for a verb or adverb inside a name ("Don Fowler", "Rand Paul"). */
function capitalisedName(t: Token): boolean {
  return /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u.test(t.text) && t.text !== 'I' && ['VERB', 'ADV', 'ADJ', 'X', 'INTJ', 'AUX', 'SCONJ'].includes(t.pos);
}

/** Index of the ")" closing a "(" at `i` within a few tokens, else -1 ("Rep. John Mica (R-Fla.)"). */
function parenEnd(tokens: Token[], i: number, ceil: number): number {
  if (tokens[i]?.text !== '(') return -1;
  for (let k = i + 1; k <= Math.min(ceil, i + 8); k++) if (tokens[k].text === ')') return k;
  return -1;
}

function parenStart(tokens: Token[], i: number, floor: number): number {
  if (tokens[i]?.text !== ')') return -1;
  for (let k = i - 1; k >= Math.max(floor, i - 8); k--) if (tokens[k].text === '(') return k;
  return -1;
}

function nominal(t: Token): boolean {
  if (capitalisedName(t)) return true;
  if (POSSESSIVE.test(t.text) || t.pos === 'PART' && /^['\u2019]s$/.test(t.text)) return true;
  if (t.pos === 'PRON') return !NON_NP_PRONOUNS.has(lower(t));
  if (NOMINAL.has(t.pos)) return !(t.pos === 'DET' && lower(t) === 'that');
  // title abbreviations and hyphenated names come through as PUNCT/X sometimes
  return /^(mr|mrs|ms|dr|prof|gen|sen|rep|gov|lt|col|maj|sgt|st)\.?$/i.test(t.text) || t.text === '-' || t.text === '&';
}

/** The cue starting at token i (longest form first), or null. Cue words must not be nouns after a determiner. */
export function cueAt(tokens: Token[], i: number, lex: QuoteLexicon, skip?: (i: number) => boolean): CueMatch | null {
  const first = lower(tokens[i]);
  const cues = lex.cuesByFirst.get(first);
  if (!cues) return null;
  if (skip?.(i)) return null;
  if (inConnective(lex, i, tokens.length, (k) => lower(tokens[k]), (k) => tokens[k].sentence, (k) => tokens[k].pos === 'PUNCT')) return null;
  for (const cue of cues) {
    let ok = true;
    for (let k = 1; k < cue.words.length; k++) {
      if (lower(tokens[i + k]) !== cue.words[k] || tokens[i + k].sentence !== tokens[i].sentence) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (cue.words.length === 1) {
      const prev = tokens[i - 1];
      // "the statement said" is fine; "a report", "the claims", "his call" are nouns, not cues
      if (prev && (prev.pos === 'DET' || POSSESSIVE.test(prev.text) || prev.pos === 'ADJ') && tokens[i].pos !== 'VERB') return null;
      if (prev && /^(to)$/i.test(prev.text) && cue.phrase !== 'say' && tokens[i].pos !== 'VERB') return null;
      if (tokens[i].pos === 'ADJ' || tokens[i].pos === 'ADP') return null;
    }
    return { cue, a: i, b: i + cue.words.length - 1 };
  }
  return null;
}

/**
 * The noun phrase ending just before token `end` (exclusive), skipping auxiliaries and adverbs
 * ("has", "also", "not") between it and the cue. Stops at punctuation, verbs, conjunctions.
 */
export function npBefore(tokens: Token[], end: number, floor: number, maxLen = 9): TokRange | null {
  let j = end - 1;
  let skipped = 0;
  while (j >= floor && NP_SKIP_BEFORE_CUE.has(tokens[j].pos) && !POSSESSIVE.test(tokens[j].text) && skipped < 3) {
    j--;
    skipped++;
  }
  const ps = parenStart(tokens, j, floor);
  if (ps > floor) j = ps - 1;
  const b = j;
  if (b < floor || !nominal(tokens[b])) return null;
  // "some argue", "many believe": a quantifier standing alone is the subject
  if (tokens[b].pos === 'DET' || tokens[b].pos === 'ADJ') {
    if (QUANTIFIER.has(lower(tokens[b])) && (b === floor || !nominal(tokens[b - 1]))) return { a: b, b };
    if (tokens[b].pos === 'DET') return null;
  }
  // an adjective heads a phrase only after a determiner ("the general", "the accused")
  if (tokens[b].pos === 'ADJ' && !(b - 1 >= floor && tokens[b - 1].pos === 'DET')) return null;
  // a subject pronoun stands alone
  if (tokens[b].pos === 'PRON') return SUBJECT_PRONOUNS.has(lower(tokens[b])) || /^(everyone|nobody|someone|one)$/.test(lower(tokens[b])) ? { a: b, b } : null;
  let a = b;
  while (a - 1 >= floor && b - (a - 1) < maxLen) {
    const t = tokens[a - 1];
    if (t.pos === 'PRON' && !POSSESSIVE.test(t.text) && !/^(his|her|its|their|our|my)$/i.test(t.text)) break;
    if (nominal(t)) {
      a--;
      if (t.pos === 'DET') {
        // "a spokesperson for the EU": a determiner ends the phrase unless a linking preposition precedes it
        const adp = tokens[a - 1];
        if (adp && a - 2 >= floor && adp.pos === 'ADP' && LINK_ADP.has(lower(adp)) && nominal(tokens[a - 2]) && tokens[a - 2].pos !== 'PRON') continue;
        break;
      }
      continue;
    }
    // "spokesperson for the EU", "Ministry of Defence"
    if (t.pos === 'ADP' && LINK_ADP.has(lower(t)) && a - 2 >= floor && nominal(tokens[a - 2]) && tokens[a - 2].pos !== 'PRON') {
      a--;
      continue;
    }
    break;
  }
  return { a, b };
}

/** The noun phrase starting at token `start` ("said Mr Smith", "according to the ministry"). */
export function npAfter(tokens: Token[], start: number, ceil: number, maxLen = 9): TokRange | null {
  if (start > ceil || !nominal(tokens[start])) return null;
  if (tokens[start].pos === 'PRON' && !/^(his|her|its|their|our)$/i.test(tokens[start].text)) {
    return SUBJECT_PRONOUNS.has(lower(tokens[start])) ? { a: start, b: start } : null;
  }
  let b = start;
  while (b + 1 <= ceil && b + 1 - start < maxLen) {
    const t = tokens[b + 1];
    const pe = parenEnd(tokens, b + 1, ceil);
    if (pe > 0) {
      b = pe;
      break;
    }
    if (t.pos === 'PRON' && !POSSESSIVE.test(t.text)) break;
    if (nominal(t) && t.pos !== 'DET') {
      b++;
      continue;
    }
    if (t.pos === 'ADP' && LINK_ADP_AFTER.has(lower(t)) && b + 2 <= ceil && nominal(tokens[b + 2]) && tokens[b + 2].pos !== 'PRON') {
      b++;
      continue;
    }
    if (t.pos === 'DET' && b + 2 <= ceil && tokens[b].pos === 'ADP') {
      b++;
      continue;
    }
    break;
  }
  // do not end on a determiner/adjective/preposition
  while (b > start && (tokens[b].pos === 'DET' || tokens[b].pos === 'ADP')) b--;
  return { a: start, b };
}

/**
 * The subject of the clause containing token `i`: the noun phrase before the first verb of the
 * sentence (after an introductory phrase ending in a comma, e.g. "In response, the ministry said").
 */
export function clauseSubject(tokens: Token[], sentStart: number, i: number, skip?: (k: number) => boolean): TokRange | null {
  let from = sentStart;
  while (skip && from < i && (skip(from) || tokens[from].text === ',')) from++;
  const t0 = tokens[from];
  if (t0 && (t0.pos === 'ADP' || t0.pos === 'ADV' || t0.pos === 'SCONJ' || (t0.pos === 'VERB' && /ing$/.test(lower(t0))))) {
    for (let k = from; k < i; k++) {
      if (tokens[k].text === ',' && !skip?.(k)) {
        from = k + 1;
        break;
      }
    }
  }
  for (let k = from; k < i; k++) {
    if (skip?.(k)) continue;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return npBefore(tokens, k, from) ?? nameBeforeApposition(tokens, k, from, skip);
  }
  return npBefore(tokens, i, from);
}

/** Most tokens of an apposition between a subject's name and its verb. */
const MAX_APPOSITION = 20;

/**
 * "Dean, a former party chairman, poked at …": the subject named before an apposition that closes with
 * a comma right before the verb at `k` — a name (with a proper noun) opening the clause.
 */
function nameBeforeApposition(tokens: Token[], k: number, from: number, skip?: (k: number) => boolean): TokRange | null {
  let j = k - 1;
  while (j > from && NP_SKIP_BEFORE_CUE.has(tokens[j].pos)) j--;
  if (tokens[j]?.text !== ',') return null;
  for (let m = j - 1; m > from && m >= j - MAX_APPOSITION; m--) {
    if (skip?.(m)) return null;
    if (tokens[m].text !== ',') continue;
    const head = npBefore(tokens, m, from);
    return head && head.a === from && tokens.slice(head.a, head.b + 1).some((t) => t.pos === 'PROPN') ? head : null;
  }
  return null;
}

/** True when tokens from `j` form a clause: a noun phrase then a finite verb/auxiliary. */
export function clauseStartsAt(tokens: Token[], j: number, ceil: number): boolean {
  let k = j;
  let n = 0;
  while (k <= ceil && (nominal(tokens[k]) || isQuoteMark(tokens[k]) || (tokens[k].pos === 'ADP' && LINK_ADP.has(lower(tokens[k])) && n > 0))) {
    if (!isQuoteMark(tokens[k])) n++;
    k++;
    if (n > 10) return false;
  }
  while (k <= ceil && (isQuoteMark(tokens[k]) || (tokens[k].pos === 'ADV' && n > 0))) k++;
  if (n === 0 || k > ceil) return false;
  const v = tokens[k];
  if (v.pos === 'AUX') return true;
  return v.pos === 'VERB' && !/ing$/.test(lower(v)) && lower(tokens[k - 1]) !== 'to';
}
