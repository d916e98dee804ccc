// Acronyms read from the document before the registry: "the Rapid Support Forces (RSF)" and "RSF (Rapid
// Support Forces)" define one; without such a definition, a capitalised name elsewhere in the article
// whose initials spell it ("… the Rapid Support Forces …" and later "RSF") is its expansion. An acronym
// defined by a lower-case phrase ("iodine deficiency disorders (IDD)") names a thing, not an entity.
import type { Token } from '../../doc/types.ts';
import type { Cand } from './recognize.ts';
import { opensUpper } from '../../doc/letters.ts';

/** Words skipped when taking initials ("Organization of American States" → OAS). */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', '&', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'al', 'at', 'a', 'an']);

export interface Expansion {
  /** Token range of the expansion (without a leading article). */
  a: number;
  b: number;
  /** The expansion's words are lower case: a common phrase, not a name. */
  common: boolean;
}

const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
// (two to eight code units, as ACRONYM_RE asks: most words are ruled out before any expression runs)
export const isAcronym = (s: string): boolean => s.length >= 2 && s.length <= 8 && ACRONYM_RE.test(s) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(s);

/** The initials of tokens [a, b): every word's first letter, hyphenated parts included ("Al-Shabaab" → AS). */
function initials(tokens: Token[], a: number, b: number, skipFunction: boolean): string {
  let out = '';
  for (let k = a; k < b; k++) {
    const w = tokens[k].text;
    if (!/^\p{L}/u.test(w)) {
      if (w === '-' || w === '&') continue;
      return '';
    }
    if (skipFunction && FUNCTION_WORDS.has(w.toLowerCase())) continue;
    out += wordInitials(w);
  }
  return out;
}

/** The initials of one word opening with a letter: its hyphenated parts' first letters, upper-cased. */
function wordInitials(w: string): string {
  if (!w.includes('-')) return w[0].toUpperCase();
  return w
    .split('-')
    .filter(Boolean)
    .map((p) => p[0].toUpperCase())
    .join('');
}

/** The shortest run of words ending at `end` (exclusive) whose initials spell `acr`, or null. */
function expansionBefore(tokens: Token[], end: number, acr: string, floor: number): Expansion | null {
  const target = acr.replace(/[\d&]/g, '');
  for (let a = end - 1; a >= Math.max(floor, end - target.length - 5); a--) {
    if (FUNCTION_WORDS.has(tokens[a].text.toLowerCase())) continue;
    if (initials(tokens, a, end, true) === target || initials(tokens, a, end, false) === target) {
      const words = tokens.slice(a, end).filter((t) => /^\p{L}/u.test(t.text) && !FUNCTION_WORDS.has(t.text.toLowerCase()));
      return { a, b: end, common: words.every((t) => !/^\p{Lu}/u.test(t.text)) };
    }
  }
  return null;
}

/** The acronyms the document defines or spells out, by acronym. */
export function documentAcronyms(tokens: Token[]): Map<string, Expansion> {
  const out = new Map<string, Expansion>();
  // 1. Definitions in brackets, either way round.
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].text !== '(') continue;
    const inner = tokens[k + 1];
    const sentence = tokens[k].sentence;
    let floor = k;
    while (floor > 0 && tokens[floor - 1].sentence === sentence) floor--;
    if (isAcronym(inner.text) && tokens[k + 2].text === ')') {
      const e = expansionBefore(tokens, k, inner.text, floor);
      if (e && !out.has(inner.text)) out.set(inner.text, e);
      continue;
    }
    const before = tokens[k - 1];
    if (isAcronym(before.text)) {
      let close = k + 1;
      while (close < tokens.length && close < k + 12 && tokens[close].text !== ')') close++;
      if (tokens[close]?.text !== ')') continue;
      const e = expansionBefore(tokens, close, before.text, k + 1);
      if (e && tokens.slice(k + 1, e.a).every((t) => FUNCTION_WORDS.has(t.text.toLowerCase())) && !out.has(before.text)) out.set(before.text, e);
    }
  }
  // 2. A capitalised name anywhere in the article spelling an acronym that occurs in it.
  const used = new Set(tokens.filter((t) => isAcronym(t.text) && !out.has(t.text)).map((t) => t.text));
  if (!used.size) return out;
  // every beginning of an acronym used: a run whose initials are none of them can spell none further on
  const prefixes = new Set<string>();
  for (const u of used) for (let k = 1; k <= u.length; k++) prefixes.add(u.slice(0, k));
  for (let a = 0; a < tokens.length; a++) {
    if (!opensUpper(tokens[a].text) || !/^\p{Lu}\p{Ll}/u.test(tokens[a].text)) continue;
    let b = a;
    let caps = 0;
    // the initials of [a, b + 1), grown word by word: initials(tokens, a, b + 1, true)
    let acr = '';
    while (b < tokens.length && b - a < 10 && tokens[b].sentence === tokens[a].sentence && (/^\p{Lu}\p{Ll}/u.test(tokens[b].text) || (b > a && FUNCTION_WORDS.has(tokens[b].text)))) {
      const w = tokens[b].text;
      if (/^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) {
        acr += wordInitials(w);
        if (!prefixes.has(acr)) break;
      }
      if (/^\p{Lu}/u.test(w)) {
        caps++;
        if (caps >= 2 && used.has(acr) && !out.has(acr)) out.set(acr, { a, b: b + 1, common: false });
      }
      b++;
    }
  }
  return out;
}

/**
 * Candidates rewritten by the document's acronyms: an acronym spelled out by a lower-case phrase is
 * dropped; one whose expansion is itself a candidate takes that candidate's reading (registry hits,
 * label, guess) and its name, so "RSF" is the actor "the Rapid Support Forces" is, whatever else the
 * registry knows by those letters.
 */
export function applyAcronyms(tokens: Token[], cands: Cand[], acr: Map<string, Expansion> = documentAcronyms(tokens)): Cand[] {
  if (!acr.size) return cands;
  cands = namedExpansions(tokens, cands, acr);
  const out: Cand[] = [];
  for (const c of cands) {
    const word = c.b - c.a === 1 ? tokens[c.a].text : c.b - c.a === 2 && /^the$/i.test(tokens[c.a].text) ? tokens[c.a + 1].text : null;
    const e = word ? acr.get(word) : undefined;
    if (!e || c.label === 'PERSON') {
      out.push(c);
      continue;
    }
    if (e.common) continue;
    const exp = cands.find((x) => x !== c && x.a < e.b && e.a < x.b && x.b >= e.b - 1 && x.label !== 'PERSON' && x.label !== 'ROLE' && x.label !== 'NORP');
    if (!exp) {
      out.push(c);
      continue;
    }
    let a = exp.a;
    while (a < exp.b - 1 && FUNCTION_WORDS.has(tokens[a].text.toLowerCase())) a++;
    if (exp.type === 'registry') out.push({ a: c.a, b: c.b, label: exp.label, type: 'registry', hits: exp.hits, confidence: exp.confidence });
    else out.push({ a: c.a, b: c.b, label: exp.label === 'ORG' || exp.label === 'GPE' || exp.label === 'LOC' ? exp.label : 'ORG', type: 'unknown', guess: exp.label === 'GPE' || exp.label === 'LOC' ? exp.label : 'ORG', parent: exp.parent, confidence: 0.8, alias: { a, b: exp.b } });
  }
  return out;
}

/**
 * "the Alliance to Reclaim Our Parks (AROP)": a capitalised expansion the document defines in brackets
 * and no candidate spans (its words read as fragments: "Reclaim" a place, "Parks" a place word) is one
 * organisation's name; the fragments inside it are dropped. Names of people are left alone.
 */
function namedExpansions(tokens: Token[], cands: Cand[], acr: Map<string, Expansion>): Cand[] {
  let out = cands;
  for (const [word, e] of acr) {
    // only an expansion right before its bracketed acronym: "… Our Parks (AROP)"
    if (e.common || tokens[e.b]?.text !== '(' || tokens[e.b + 1]?.text !== word || tokens[e.b + 2]?.text !== ')') continue;
    let a = e.a;
    while (a < e.b - 1 && FUNCTION_WORDS.has(tokens[a].text.toLowerCase())) a++;
    if (e.b - a < 2) continue;
    // a candidate may open on the article before the name ("the Alliance", read as a known body's description)
    const from = a > 0 && /^the$/i.test(tokens[a - 1].text) ? a - 1 : a;
    const inside = out.filter((x) => x.a < e.b && a < x.b);
    if (inside.some((x) => x.a <= a && x.b >= e.b - 1 && x.label !== 'ROLE' && x.label !== 'NORP')) continue;
    if (inside.some((x) => x.a < from || x.b > e.b || x.label === 'PERSON')) continue;
    out = [...out.filter((x) => !inside.includes(x)), { a, b: e.b, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 } as Cand].sort((x, y) => x.a - y.a);
  }
  return out;
}
