// Lemmas of open-class words by their tag: an exception table of (lower-cased form, UPOS) → lemma derived
// from the UD English training treebanks (models/lemmas-en.json, written by `eventline train lemmas`),
// consulted before wink-nlp's lemma, which stays the fallback for forms the treebanks never show. wink's
// suffix stripping checks the stem against its lexicon and so takes a real word that is the wrong lemma
// ("staged" → "stag", "fined" → "fin"); for an -ed/-ing verb missing from the table, a one-syllable stem
// that did not double its last consonant takes its silent e back, and a verb reading of a form wink left
// whole takes the stem the table knows as a verb lemma.
import { existsSync, readFileSync } from 'node:fs';
import { fromPackageRoot } from '../../package-root.ts';
import type { ConlluSentence } from '../syntax/conllu.ts';
import type { Token } from '../../doc/types.ts';

export const LEMMA_FILE = 'lemmas-en.json';
/** The tags whose lemmas the table holds (closed classes keep wink's lemmas, which the lexicons use). */
export const LEMMA_TAGS = ['VERB', 'NOUN', 'ADJ'];
const LEMMA_TAG = new Set(LEMMA_TAGS);

export interface LemmaTable {
  /** "form\tUPOS" → lemma, for forms whose lemma is not the form itself. */
  exceptions: Map<string, string>;
  /** Every verb lemma the treebanks show (whether a silent-e stem is a verb). */
  verbs: Set<string>;
}

/**
 * The table of some treebank sentences: for each lower-cased form and tag of LEMMA_TAGS its most frequent
 * gold lemma (ties: the first met), kept when it differs from the form; and the verb lemmas.
 */
export function buildLemmaTable(sentences: Iterable<ConlluSentence>): { exceptions: Record<string, string>; verbs: string[] } {
  const counts = new Map<string, Map<string, number>>();
  const verbs = new Set<string>();
  for (const s of sentences) {
    for (const w of s.words) {
      if (!LEMMA_TAG.has(w.upos) || w.lemma === '_' || !/^\p{L}[\p{L}'’-]*$/u.test(w.form)) continue;
      const form = w.form.toLowerCase();
      const lemma = w.lemma.toLowerCase();
      if (w.upos === 'VERB') verbs.add(lemma);
      const key = `${form}\t${w.upos}`;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
    }
  }
  const exceptions: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    let best = '';
    let n = 0;
    for (const [lemma, c] of counts.get(key)!) if (c > n) [best, n] = [lemma, c];
    if (best !== key.slice(0, key.indexOf('\t'))) exceptions[key] = best;
  }
  return { exceptions, verbs: [...verbs].sort() };
}

/**
 * wink's spelling of a token the tokens stage made, where it is not the lower-cased text ("criticised" →
 * "criticized"): wink's lemmas and the lexicons follow it, so the table is asked for that form.
 */
export const respelled = new WeakMap<Token, string>();

/** A one-syllable stem ending in a single vowel letter and a single consonant that doubles (not w, x, y). */
const SILENT_E_STEM = /^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$/;

let shared: LemmaTable | null | undefined;

/** The shipped table (models/lemmas-en.json), read once; null when the file is missing. */
export function lemmaTable(): LemmaTable | null {
  if (shared !== undefined) return shared;
  const path = fromPackageRoot('models', LEMMA_FILE);
  if (!existsSync(path)) return (shared = null);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { exceptions: Record<string, string>; verbs: string[] };
  shared = { exceptions: new Map(Object.entries(raw.exceptions)), verbs: new Set(raw.verbs) };
  return shared;
}

/**
 * The exceptions of a table by tag, then by form: a look-up by the token's own strings (their hashes
 * kept) instead of a "form\ttag" key made and hashed for every token.
 */
const byTag = new WeakMap<LemmaTable, Map<string, Map<string, string>>>();
/** The last table asked about and its exceptions by tag (one table serves every token of a run). */
let lastTable: LemmaTable | null = null;
let lastByTag: Map<string, Map<string, string>> | null = null;
function exceptionsOf(table: LemmaTable, pos: string): Map<string, string> | undefined {
  if (table === lastTable) return lastByTag!.get(pos);
  let t = byTag.get(table);
  if (!t) {
    t = new Map();
    for (const [key, lemma] of table.exceptions) {
      const tab = key.indexOf('\t');
      const tag = key.slice(tab + 1);
      let m = t.get(tag);
      if (!m) t.set(tag, (m = new Map()));
      m.set(key.slice(0, tab), lemma);
    }
    byTag.set(table, t);
  }
  lastTable = table;
  lastByTag = t;
  return t.get(pos);
}

/** The lemma of lower-cased `form` (in wink's spelling) read as `pos`, given wink's lemma for it. */
export function lemmaOf(table: LemmaTable | null, form: string, pos: string, wink: string): string {
  // wink lemmatises the progressive auxiliary ("is being held", "were being questioned") as *being*; as a
  // verb or auxiliary it is a form of *be*; the noun ("a human being", re-read so by the syntax stage) keeps its form
  if (form === 'being') {
    if (pos === 'AUX' || pos === 'VERB') return 'be';
    if (pos === 'NOUN') return 'being';
  }
  if (!table || !LEMMA_TAG.has(pos)) return wink;
  const known = exceptionsOf(table, pos)?.get(form);
  // (a plural wink took a regular suffix off keeps it: "bases" of "base" and of "basis" are both read)
  if (known !== undefined && !(pos === 'NOUN' && wink !== form && form.startsWith(wink))) return known;
  if (pos !== 'VERB') return wink;
  // "waged" → wink "wag": a one-syllable stem ending in one vowel and one consonant doubles that
  // consonant before -ed/-ing ("wagged", "finning"), so a form that did not double it lost a silent e
  if ((form === wink + 'ed' || form === wink + 'ing') && SILENT_E_STEM.test(wink)) return wink + 'e';
  if (table.verbs.has(wink)) return wink;
  // a verb reading of a form wink lemmatised as another tag ("glazed" read as an adjective): its stem
  if (wink === form) {
    const m = /^(.{2,}?)(?:ed|ing)$/.exec(form);
    if (m) {
      const stem = m[1];
      for (const v of [stem, stem + 'e', stem.replace(/([^aeiou])\1$/, '$1'), stem.replace(/i$/, 'y')]) if (table.verbs.has(v)) return v;
    }
  }
  return wink;
}

/**
 * Re-reads the lemmas of the tokens by the syntax stage's tags, where it read a token as VERB, NOUN or
 * ADJ: a verb reading gets a verb lemma even where wink tagged the word otherwise.
 */
export function relemmatize(tokens: Token[], upos: string[], table: LemmaTable | null = lemmaTable()): void {
  if (!table) return;
  for (let i = 0; i < tokens.length; i++) {
    const p = upos[i];
    if (!LEMMA_TAG.has(p)) continue;
    const t = tokens[i];
    // (a capitalised name wink tagged so keeps its form: "Summers", "United" are no plural and no verb)
    if (t.pos === 'PROPN' && t.text.toLowerCase() !== t.text) continue;
    t.lemma = lemmaOf(table, respelled.get(t) ?? t.text.toLowerCase(), p, t.lemma);
  }
}
