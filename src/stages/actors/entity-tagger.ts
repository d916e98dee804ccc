// A statistical named-entity tagger: greedy left-to-right BILOU tagging of person / place /
// organisation names with an averaged perceptron over hashed features (the syntax stage's machinery:
// hash.ts, perceptron.ts, frozen.ts). Features read the word and its neighbours (forms, affixes,
// shapes), the syntax layer (UPOS, relation, head word) and the knowledge as features, not verdicts:
// registry and gazetteer names covering the word and its position in them, given and family names,
// honorifics and titles, organisation and place words. Trained from GUM's entity layer (entity-train.ts).
import { Perceptron } from '../syntax/perceptron.ts';
import type { Scorer } from '../syntax/frozen.ts';
import { key1, key2, key3, strHash } from '../syntax/hash.ts';
import { lexical, type Lexical } from '../syntax/lexical.ts';
import { opensLower, opensUpper, opensUpperOrDigit, SHORT_SHAPES, shortShapeIndex } from '../../doc/letters.ts';
import { SENTENCE_BYTES, SENTENCE_FLOATS, SENTENCE_INTS } from '../syntax/slab.ts';

/** Entity types the tagger knows. */
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Tags: O, then B/I/L/U of each type (tag = 1 + 4 × type + position). */
export const TAGS = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
const B = 0, I = 1, L = 2, U = 3;
export const tagOf = (type: number, pos: number): number => 1 + 4 * type + pos;
const typeOfTag = (t: number): number => (t - 1) >> 2;
const posOfTag = (t: number): number => (t - 1) & 3;

/** Whether tag `t` may follow tag `prev` (-1: sentence start) in a BILOU sequence. */
export function allowed(prev: number, t: number): boolean {
  const inside = prev > 0 && (posOfTag(prev) === B || posOfTag(prev) === I);
  if (inside) return t > 0 && typeOfTag(t) === typeOfTag(prev) && (posOfTag(t) === I || posOfTag(t) === L);
  return t === 0 || posOfTag(t) === B || posOfTag(t) === U;
}

/** Word classes of the lexicon as bits. */
export const WORD_CLASS = {
  given: 1, family: 2, honorific: 4, title: 8, orgWord: 16, locWord: 32, placePrep: 64, personNoun: 128, particle: 256,
} as const;

/** The knowledge the tagger reads as features. */
export interface EntityLookup {
  /** Label of a registry name ("PERSON", "ORG", "GPE", "NORP"…), or null. */
  registry(name: string): string | null;
  /** Place class of a gazetteer name ("GPE", "LOC"), or null. */
  place(name: string, singleWord: boolean): string | null;
  /** WORD_CLASS bits of a word (looked up lower-cased). */
  wordClasses(word: string): number;
  /** [registry(name), place(name, singleWord)] in one look-up, when the lookup offers it. */
  both?(name: string, singleWord: boolean): [string | null, string | null];
}

/** One sentence as the tagger reads it. */
export interface TagSentence {
  forms: string[];
  upos: string[];
  /** Head index within the sentence, -1 for the root. */
  heads: number[];
  deprels: string[];
  /** Whether token i follows token i-1 without a space. */
  glued: boolean[];
  /** Per token, a code of the rule recogniser's reading of it (candHint), 0 for none. */
  hints?: Int32Array;
  /** A first pass's tags of this sentence, read with `doc` by a second-pass tagger. */
  first?: Uint8Array;
  /** The lexical values of `forms` when the syntax stage computed them (otherwise computed here). */
  lx?: Lexical;
  /** The tagger's per-sentence values, kept on the sentence by its first tagging (a copy of the
   * sentence for a second pass carries them along). */
  prepared?: PreparedBase;
}

/**
 * What a first tagging pass found in the whole document, read by the second pass: per capitalised
 * word form, how often it was tagged inside a name of each type, alone as a one-word name of each type,
 * last in a multi-word person name; and the words the document also writes in lower case.
 */
export interface DocContext {
  byForm: Map<string, Int32Array>;
  lower: Set<string>;
}

/** The document context of first-pass tags over sentences. */
export function docContext(sentences: { forms: string[]; first: Uint8Array }[]): DocContext {
  const byForm = new Map<string, Int32Array>();
  const lower = new Set<string>();
  for (const s of sentences) {
    s.forms.forEach((f, i) => {
      if (i > 0 && opensLower(f)) lower.add(f);
    });
    for (const x of spansOf(s.first)) {
      const t = ENTITY_TYPES.indexOf(x.type);
      for (let k = x.a; k < x.b; k++) {
        const f = s.forms[k];
        if (!cap(f)) continue;
        let c = byForm.get(f);
        if (!c) byForm.set(f, (c = new Int32Array(7)));
        c[t]++;
        if (x.b - x.a === 1) c[3 + t]++;
        else if (k === x.b - 1 && x.type === 'PER') c[6]++;
      }
    }
  }
  return { byForm, lower };
}

/** A tagged span of tokens [a, b) with its type and the tagger's margin. */
export interface TaggedSpan {
  a: number;
  b: number;
  type: EntityType;
  /** Mean over the span's tokens of the best score minus the best other-type (or O) score, scaled. */
  margin: number;
}

const MAX_FEATS = 100;
const MAX_NAME = 5;
const NONE = 0x5bd1e995;

const cap = opensUpper;
/** /^\d/ */
const opensDigit = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
/** Hashes of the six short shapes (SHORT_SHAPES order), computed once. */
const SHAPE_HASH = Int32Array.from(SHORT_SHAPES, (x) => strHash(x));
/** No knowledge or context features (shared: most tokens have none). */
const NO_FEATS: readonly number[] = [];

/** Per-sentence values computed once and read by every token's features. */
interface Prepared {
  n: number;
  lx: ReturnType<typeof lexical>;
  upos: Int32Array;
  rel: Int32Array;
  headWord: Int32Array;
  headUpos: Int32Array;
  /** Per token: its WORD_CLASS bits, -1 until first read (clsAt: only words scored or beside one are asked). */
  cls: Int32Array;
  forms: string[];
  sshape: Int32Array;
  /** Per token: whether it opens with a capital or a digit (only such a word can open a name). */
  nameStart: Uint8Array;
  /** Per token: up to four knowledge match features (source, class, position, length). */
  know: (readonly number[])[];
  hints: Int32Array | null;
  /** What the document-context features are read from (second pass), or null. */
  ctx: ContextSource | null;
}

/** Per-sentence values with the lookup they were computed with. */
interface PreparedBase { lookup: EntityLookup | null; p: Prepared }
const hashCache = new Map<string, number>();
const hashOf = (x: string): number => {
  let h = hashCache.get(x);
  if (h === undefined) {
    h = strHash(x);
    if (hashCache.size < 1000) hashCache.set(x, h);
  }
  return h;
};

/** What the second pass reads of the first pass over the document (contextFeatures). */
interface ContextSource {
  s: TagSentence;
  sshape: Int32Array;
  doc: DocContext;
}

/**
 * The second pass's features of token i from the first pass over the document, computed when the
 * token is scored (most words are not: outside a name, only a capitalised word or a digit can open one).
 */
function contextFeatures({ s, sshape, doc }: ContextSource, i: number): number[] {
  const n = s.forms.length;
  const first = s.first!;
  const f = s.forms[i];
  const acc: number[] = [key2(85, first[i], sshape[i]), key3(86, first[i], i > 0 ? first[i - 1] : 99, i + 1 < n ? first[i + 1] : 99)];
  const c = cap(f) ? doc.byForm.get(f) : undefined;
  if (c) {
    let best = -1;
    for (let t = 0; t < 3; t++) {
      if (c[t]) acc.push(key3(80, t, Math.min(c[t], 4), sshape[i]));
      if (c[3 + t]) acc.push(key2(82, t, Math.min(c[3 + t], 3)));
      if (c[t] && (best < 0 || c[t] > c[best])) best = t;
    }
    if (best >= 0) acc.push(key2(81, best, first[i]));
    if (c[6]) acc.push(key2(83, Math.min(c[6], 3), i + 1 < n && cap(s.forms[i + 1]) ? 1 : 0));
  }
  if (cap(f) && doc.lower.has(f.toLowerCase())) acc.push(key2(84, i === 0 ? 1 : 0, first[i]));
  return acc;
}

/** /^(the|al|el)$/i of a word of at most three letters, by its character codes (ASCII letters only, as the
 * expression without the u flag reads them). */
export function articleLike(w: string): boolean {
  // (c | 32 is the code of a lower-case letter only for that letter and its capital)
  const lc = (k: number) => w.charCodeAt(k) | 32;
  if (w.length === 2) return (lc(0) === 97 || lc(0) === 101) && lc(1) === 108;
  return w.length === 3 && lc(0) === 116 && lc(1) === 104 && lc(2) === 101;
}

/** Knowledge features of the name [a, b) a registry label or place class `c` covers (source 1: registry, 2:
 * gazetteer): per word, its place in the name and the name's length. */
function knowFeatures(acc: (number[] | undefined)[], a: number, b: number, src: number, c: string): void {
  const len = Math.min(b - a, 3);
  const ch = strHash(c);
  for (let k = a; k < b; k++) {
    const pos = b - a === 1 ? U : k === a ? B : k === b - 1 ? L : I;
    (acc[k] ??= []).push(key3(60 + src, ch, pos, len));
  }
}

export class EntityTagger {
  readonly model: Scorer;
  private feats = new Int32Array(MAX_FEATS);
  private scores = new Float32Array(TAGS.length);

  constructor(model?: Scorer, private readonly lookup: EntityLookup | null = null) {
    this.model = model ?? new Perceptron(TAGS.length, 18, true);
  }

  withLookup(lookup: EntityLookup | null): EntityTagger {
    return new EntityTagger(this.model, lookup);
  }

  /** The per-sentence values, computed once per sentence and lookup (kept on the sentence). */
  private prepare(s: TagSentence, doc?: DocContext): Prepared {
    let base = s.prepared;
    if (!base || base.lookup !== this.lookup || base.p.forms !== s.forms) {
      base = { lookup: this.lookup, p: this.prepareBase(s) };
      s.prepared = base;
    }
    const p = base.p;
    const { n, lx, upos, rel, headWord, headUpos, cls, forms, sshape, nameStart, know } = p;
    return { n, lx, upos, rel, headWord, headUpos, cls, forms, sshape, nameStart, know, hints: s.hints ?? null, ctx: doc && s.first ? { s, sshape, doc } : null };
  }

  private prepareBase(s: TagSentence): Prepared {
    const n = s.forms.length;
    const lx = s.lx ?? lexical(s.forms);
    // the six arrays as views of one buffer (cheaper to make than six backing stores)
    const buf = SENTENCE_INTS.take(6 * n);
    const upos = buf.subarray(0, n), rel = buf.subarray(n, 2 * n), headWord = buf.subarray(2 * n, 3 * n), headUpos = buf.subarray(3 * n, 4 * n);
    const cls = buf.subarray(4 * n, 5 * n).fill(this.lookup ? -1 : 0), sshape = buf.subarray(5 * n, 6 * n), nameStart = SENTENCE_BYTES.take(n);
    const know: (readonly number[])[] = new Array(n).fill(NO_FEATS);
    for (let i = 0; i < n; i++) {
      upos[i] = hashOf(s.upos[i] ?? 'X');
      rel[i] = hashOf(s.deprels[i] ?? 'dep');
      sshape[i] = SHAPE_HASH[shortShapeIndex(s.forms[i])];
      nameStart[i] = opensUpperOrDigit(s.forms[i]) ? 1 : 0;
    }
    // (the head's UPOS hash read from upos, filled above for the whole sentence)
    for (let i = 0; i < n; i++) {
      const h = s.heads[i] ?? -1;
      headWord[i] = h >= 0 && h < n ? lx.word[h] : NONE;
      headUpos[i] = h >= 0 && h < n ? upos[h] : NONE;
    }
    if (this.lookup) {
      const lookup = this.lookup;
      const acc: (number[] | undefined)[] = new Array(n);
      for (let a = 0; a < n; a++) {
        const first = s.forms[a];
        if (!cap(first) && !(first.length <= 3 && articleLike(first))) continue;
        // the longest run from a that the registry and the gazetteer name, with its label and class
        let regB = 0, gazB = 0;
        let regLabel: string | null = null, gazClass: string | null = null;
        // (the run's surface grown word by word, surface(s, a, b), up to the last word looked up)
        let name = first;
        let grown = a + 1;
        const end = Math.min(n, a + MAX_NAME);
        for (let b = a + 1; b <= end; b++) {
          if (b > a + 1) {
            const last = s.forms[b - 1];
            if (!cap(last) && !opensDigit(last)) continue;
            for (; grown < b; grown++) name += (s.glued[grown] ? '' : ' ') + s.forms[grown];
          }
          const rg = lookup.both ? lookup.both(name, b === a + 1) : [lookup.registry(name), lookup.place(name, b === a + 1)];
          if (rg[0]) {
            regB = b;
            regLabel = rg[0];
          }
          if (rg[1]) {
            gazB = b;
            gazClass = rg[1];
          }
        }
        if (regLabel) knowFeatures(acc, a, regB, 1, regLabel);
        if (gazClass) knowFeatures(acc, a, gazB, 2, gazClass);
      }
      for (let i = 0; i < n; i++) if (acc[i]) know[i] = acc[i]!;
    }
    return { n, lx, upos, rel, headWord, headUpos, cls, forms: s.forms, sshape, nameStart, know, hints: null, ctx: null };
  }

  /** The WORD_CLASS bits of token j, looked up on first read. */
  private clsAt(p: Prepared, j: number): number {
    let c = p.cls[j];
    if (c < 0) c = p.cls[j] = this.lookup!.wordClasses(p.forms[j]);
    return c;
  }

  private features(p: Prepared, i: number, p1: number, p2: number): number {
    const f = this.feats;
    const { n, lx } = p;
    const at = (a: Int32Array, j: number) => (j < 0 ? -1 - j : j >= n ? -100 - (j - n) : a[j]);
    const w = lx.word[i];
    const sh = lx.shape[i];
    let k = 0;
    f[k++] = key1(1, 0);
    f[k++] = key1(2, w);
    f[k++] = key1(3, lx.form[i]);
    f[k++] = key1(4, lx.suf2[i]);
    f[k++] = key1(5, lx.suf3[i]);
    f[k++] = key1(6, lx.suf4[i]);
    f[k++] = key1(7, lx.pre2[i]);
    f[k++] = key1(8, lx.pre3[i]);
    f[k++] = key1(9, sh);
    f[k++] = key1(10, p1);
    f[k++] = key2(11, p1, p2);
    f[k++] = key2(12, p1, sh);
    f[k++] = key2(13, p1, w);
    f[k++] = key1(14, at(lx.word, i - 1));
    f[k++] = key1(15, at(lx.word, i + 1));
    f[k++] = key1(16, at(lx.word, i - 2));
    f[k++] = key1(17, at(lx.word, i + 2));
    f[k++] = key1(18, at(lx.form, i - 1));
    f[k++] = key1(19, at(lx.form, i + 1));
    f[k++] = key2(20, at(p.sshape, i - 1), p.sshape[i]);
    f[k++] = key2(21, p.sshape[i], at(p.sshape, i + 1));
    f[k++] = key3(22, at(p.sshape, i - 1), p.sshape[i], at(p.sshape, i + 1));
    f[k++] = key2(23, at(lx.word, i - 1), w);
    f[k++] = key2(24, w, at(lx.word, i + 1));
    f[k++] = key2(25, i === 0 ? 1 : 0, p.sshape[i]);
    f[k++] = key1(26, p.upos[i]);
    f[k++] = key2(27, at(p.upos, i - 1), p.upos[i]);
    f[k++] = key2(28, p.upos[i], at(p.upos, i + 1));
    f[k++] = key2(29, p1, p.upos[i]);
    f[k++] = key2(30, p.rel[i], p.upos[i]);
    f[k++] = key2(31, p.rel[i], p.headWord[i]);
    f[k++] = key1(32, p.headWord[i]);
    f[k++] = key3(33, p.rel[i], p.headUpos[i], p.sshape[i]);
    f[k++] = key2(34, p.upos[i], p.sshape[i]);
    f[k++] = key2(35, p1, at(p.sshape, i + 1));
    f[k++] = key3(36, p1, p.sshape[i], at(p.upos, i + 1));
    f[k++] = key2(37, at(lx.suf3, i + 1), p.sshape[i]);
    f[k++] = key2(38, at(lx.word, i - 1), p.sshape[i]);
    f[k++] = key2(39, at(lx.word, i + 1), p.sshape[i]);
    // lexicon classes of the word and its neighbours
    const c = this.clsAt(p, i);
    for (let bit = 0; bit < 9; bit++) if (c & (1 << bit)) f[k++] = key2(40, bit, p.sshape[i]);
    const cm1 = i > 0 ? this.clsAt(p, i - 1) : 0;
    const cp1 = i + 1 < n ? this.clsAt(p, i + 1) : 0;
    for (let bit = 0; bit < 9; bit++) {
      if (cm1 & (1 << bit)) f[k++] = key3(41, bit, p1 > 0 ? 1 : 0, p.sshape[i]);
      if (cp1 & (1 << bit)) f[k++] = key2(42, bit, p.sshape[i]);
    }
    // the rule recogniser's reading of the word and its neighbours
    if (p.hints) {
      const h = p.hints[i];
      f[k++] = key1(70, h);
      f[k++] = key2(71, h, p.sshape[i]);
      f[k++] = key2(72, h, p1);
      f[k++] = key2(73, at(p.hints, i - 1), h);
      f[k++] = key2(74, h, at(p.hints, i + 1));
    }
    // the first pass over the whole document
    if (p.ctx) {
      const cx = contextFeatures(p.ctx, i);
      for (let j = 0; j < cx.length && k < MAX_FEATS - 12; j++) f[k++] = cx[j];
    }
    // registry and gazetteer names covering the word
    const kn = p.know[i];
    for (let j = 0; j < kn.length && k < MAX_FEATS - 4; j++) {
      f[k++] = kn[j];
      f[k++] = key2(50, kn[j], p.sshape[i]);
    }
    return k;
  }

  /**
   * Tags one sentence (tag ids). With `gold`, also trains on it (greedy, predicted history); `margins`
   * receives each token's best score minus its best alternative.
   */
  tag(s: TagSentence, gold?: Uint8Array, margins?: Float32Array, doc?: DocContext): Uint8Array {
    const p = this.prepare(s, doc);
    const n = p.n;
    const out = SENTENCE_BYTES.take(n);
    const C = TAGS.length;
    let prev = -1, prev2 = -1;
    for (let i = 0; i < n; i++) {
      // a name starts with a capital or a digit: elsewhere outside a name the word is O, unscored
      if ((prev <= 0 || posOfTag(prev) === L || posOfTag(prev) === U) && !p.nameStart[i]) {
        if (gold) (this.model as Perceptron).tick();
        if (margins) margins[i] = 1e6;
        out[i] = 0;
        prev2 = prev;
        prev = 0;
        continue;
      }
      const k = this.features(p, i, prev + 11, prev2 + 11);
      this.model.score(this.feats, k, this.scores);
      let best = -1;
      let second = -Infinity;
      for (let c = 0; c < C; c++) {
        if (!allowed(prev, c)) continue;
        // the last word of a sentence closes any name
        if (i === n - 1 && c > 0 && (posOfTag(c) === B || posOfTag(c) === I)) continue;
        if (best < 0 || this.scores[c] > this.scores[best]) {
          if (best >= 0) second = Math.max(second, this.scores[best]);
          best = c;
        } else second = Math.max(second, this.scores[c]);
      }
      if (gold) (this.model as Perceptron).update(gold[i], best, this.feats, k);
      if (margins) margins[i] = second === -Infinity ? 1e6 : this.scores[best] - second;
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }

  /** The spans of a sentence. */
  spans(s: TagSentence, doc?: DocContext): TaggedSpan[] {
    const margins = SENTENCE_FLOATS.take(s.forms.length);
    const tags = this.tag(s, undefined, margins, doc);
    const scale = (this.model as { scale?: number }).scale ?? 1;
    return spansOf(tags).map((x) => {
      let m = 0;
      for (let k = x.a; k < x.b; k++) m += Math.min(margins[k], 1e5);
      return Object.assign({}, x, { margin: (m / (x.b - x.a)) * scale });
    });
  }
}

/** Spans of a BILOU tag sequence (ill-formed runs closed where they break). */
export function spansOf(tags: ArrayLike<number>): { a: number; b: number; type: EntityType }[] {
  const out: { a: number; b: number; type: EntityType }[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      open = -1;
      continue;
    }
    const pos = posOfTag(t);
    const type = ENTITY_TYPES[typeOfTag(t)];
    if (pos === U) {
      out.push({ a: i, b: i + 1, type });
      open = -1;
    } else if (pos === B) open = i;
    else if (pos === L && open >= 0) {
      out.push({ a: open, b: i + 1, type });
      open = -1;
    }
  }
  return out;
}

/** BILOU tags of spans over n tokens. */
export function tagsOf(n: number, spans: { a: number; b: number; type: EntityType }[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const t = ENTITY_TYPES.indexOf(s.type);
    if (s.b - s.a === 1) out[s.a] = tagOf(t, U);
    else {
      out[s.a] = tagOf(t, B);
      for (let k = s.a + 1; k < s.b - 1; k++) out[k] = tagOf(t, I);
      out[s.b - 1] = tagOf(t, L);
    }
  }
  return out;
}

/**
 * Tags a document's sentences: the first pass alone, or with a second pass that reads the first
 * pass's tags of the whole document (docContext). Returns the spans of each sentence.
 */
export function tagSentences(first: EntityTagger, second: EntityTagger | null, sentences: TagSentence[]): TaggedSpan[][] {
  if (!second) return sentences.map((s) => first.spans(s));
  const firsts = sentences.map((s) => ({ forms: s.forms, first: first.tag(s) }));
  const doc = docContext(firsts);
  return sentences.map((s, i) => second.spans(Object.assign({}, s, { first: firsts[i].first }), doc));
}
