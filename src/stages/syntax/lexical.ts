// Per-token lexical values shared by the tagger, parser and labeler: hashes of the normalised word,
// its affixes and its shape, computed once per sentence.
import { rangeHash, strHash } from './hash.ts';
import { tagCode } from './tagger.ts';
import type { WordClusters } from './clusters.ts';
import { SENTENCE_INTS } from './slab.ts';

export interface Lexical {
  /** The word forms themselves. */
  forms: readonly string[];
  /** Lower-cased form with digits mapped to 0. */
  word: Int32Array;
  /** Exact form. */
  form: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
  /** Another tagger's UPOS guess per word (wink-nlp's, see hints.ts) as a tag code (tagCode), 0 when none. */
  hint: Int32Array;
  /** The word's fine and coarse cluster + 1 (clusters.ts), 0 when it has none or the model reads none. */
  fine: Int32Array;
  coarse: Int32Array;
  /** The model reads clusters: their features are on (for every word, also those without a cluster). */
  hasClusters: boolean;
}

/** Typographic quotes and apostrophes read as the plain ones most of the training treebanks use. */
export function plainQuotes(text: string): string {
  return /[\u2018\u2019\u201b\u201c\u201d\u201e]/.test(text) ? text.replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"') : text;
}

export function normalForm(form: string): string {
  const lower = plainQuotes(form).toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

function charClass(code: number): number {
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 48 && code <= 57) return 100; // d
  if (code < 128) return code;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === lower ? 120 : 88;
  return code;
}

/** Hash of the shape "Xxxx", "dd-dd", "X.X.": runs longer than two of one class collapsed. */
function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  const n = Math.min(form.length, 24);
  for (let i = 0; i < n; i++) {
    const c = charClass(form.charCodeAt(i));
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Values of a form alone, in a row of FormValues: word, form, suf1–4, pre1–3, shape, packed clusters. */
const PER_FORM = 11;
/** Forms whose values are kept (a bound on memory; the table starts over when full). */
const FORM_CACHE_MAX = 100_000;

/**
 * The values of each word form met, by form: running text repeats its words, and a form's hashes (of its
 * normal form, affixes, shape) and clusters are the same wherever it occurs, so each is computed once.
 * Kept for one cluster table at a time (a model reading other clusters starts it over).
 */
class FormValues {
  private readonly row = new Map<string, number>();
  /** PER_FORM values per row. */
  values = new Int32Array(PER_FORM * 1024);
  constructor(readonly clusters: WordClusters | null) {}

  /** Offset of the form's row in `values` (read `values` after the call: adding a row may replace it). */
  of(f: string): number {
    const known = this.row.get(f);
    if (known !== undefined) return known;
    if (this.row.size >= FORM_CACHE_MAX) this.row.clear();
    const at = PER_FORM * this.row.size;
    if (at + PER_FORM > this.values.length) {
      const grown = new Int32Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    const v = this.values;
    const w = normalForm(f);
    const L = w.length;
    v[at] = rangeHash(w, 0, L);
    v[at + 1] = strHash(f);
    v[at + 2] = rangeHash(w, L - 1, L);
    v[at + 3] = rangeHash(w, L - 2, L);
    v[at + 4] = rangeHash(w, L - 3, L);
    v[at + 5] = rangeHash(w, L - 4, L);
    v[at + 6] = rangeHash(w, 0, Math.min(1, L));
    v[at + 7] = rangeHash(w, 0, Math.min(2, L));
    v[at + 8] = rangeHash(w, 0, Math.min(3, L));
    v[at + 9] = shapeHash(f);
    v[at + 10] = this.clusters ? this.clusters.lookup(f) : 0;
    this.row.set(f, at);
    return at;
  }
}

let formValues = new FormValues(null);

/**
 * `hints`: another tagger's UPOS tags for the words (the tagger reads them as features), or none.
 * `clusters`: the word clusters the model reads, or none.
 */
export function lexical(forms: string[], hints?: readonly string[], clusters?: WordClusters | null): Lexical {
  const n = forms.length;
  // one buffer for the thirteen arrays, cut from a shared block (slab.ts)
  const buf = SENTENCE_INTS.take(13 * n);
  let next = 0;
  const mk = () => buf.subarray(n * next, n * ++next);
  const lx: Lexical = {
    forms,
    word: mk(), form: mk(), suf1: mk(), suf2: mk(), suf3: mk(), suf4: mk(), pre1: mk(), pre2: mk(), pre3: mk(), shape: mk(), hint: mk(), fine: mk(), coarse: mk(), hasClusters: !!clusters,
  };
  if (formValues.clusters !== (clusters ?? null)) formValues = new FormValues(clusters ?? null);
  const fv = formValues;
  for (let i = 0; i < n; i++) {
    const at = fv.of(forms[i]);
    const v = fv.values;
    lx.word[i] = v[at];
    lx.form[i] = v[at + 1];
    lx.suf1[i] = v[at + 2];
    lx.suf2[i] = v[at + 3];
    lx.suf3[i] = v[at + 4];
    lx.suf4[i] = v[at + 5];
    lx.pre1[i] = v[at + 6];
    lx.pre2[i] = v[at + 7];
    lx.pre3[i] = v[at + 8];
    lx.shape[i] = v[at + 9];
    if (hints) lx.hint[i] = tagCode(hints[i]);
    if (clusters) {
      const c = v[at + 10];
      lx.fine[i] = c & 0xffff;
      lx.coarse[i] = c >>> 16;
    }
  }
  return lx;
}
