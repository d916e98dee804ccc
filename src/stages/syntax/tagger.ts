// Greedy left-to-right averaged-perceptron UPOS tagger (the feature set of Ratnaparkhi 1996 and
// Collins 2002, with affixes, shapes and a two-word window on each side).
import { Perceptron } from './perceptron.ts';
import type { Scorer } from './frozen.ts';
import { key1, key2, key3 } from './hash.ts';
import type { Lexical } from './lexical.ts';
import { SENTENCE_BYTES } from './slab.ts';
import type { CompositeTags } from './fine.ts';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
export const UPOS_ID = new Map(UPOS.map((t, i) => [t, i]));
/** The code the parser and labeler read for a tag: its UPOS id + 1 (0 = no word). */
export function tagCode(upos: string): number {
  return (UPOS_ID.get(upos) ?? UPOS_ID.get('X')!) + 1;
}
const START = -7;
const START2 = -8;
const END = -9;
const MAX_FEATS = 64;
/** Word forms whose form-only scores are kept (a bound on memory; the cache starts over when full). */
const FORM_CACHE_MAX = 100_000;

function at(n: number, a: Int32Array, j: number): number {
  return j < 0 ? (j === -1 ? START : START2) : j >= n ? END - (j - n) : a[j];
}

export class Tagger {
  readonly model: Scorer;
  /** Frequent words that (almost) always take one tag: word hash → tag id, tagged without scoring. */
  readonly tagdict: Map<number, number>;
  /**
   * The tags a word seen in training takes (word hash → tag ids, ascending; `train syntax
   * --tag-class-min-count`): only those are scored for it at run time, except where it is capitalised
   * inside a sentence. Empty (the shipped model): every tag for every word.
   */
  readonly classes: Map<number, Int32Array>;
  /** The classes it predicts: UPOS.length, or the composite classes' number. */
  readonly nTags: number;
  /** With composite classes, the tag classes as composite class ids (the classes of each tag of a word). */
  private readonly compositeClasses: Map<number, Int32Array>;
  private feats = new Int32Array(MAX_FEATS);
  private scores: Float32Array;

  /**
   * Scores of the form-only features by word form, for a shipped (frozen) model: a word's spelling,
   * affixes and shape score the same wherever it occurs, so running text looks them up once. Integer
   * weights make the sums exact, so tags are the same with or without it.
   */
  private cache: Map<string, Float32Array> | null;

  /**
   * `composite`: the tagger predicts combined (UPOS, fine tag) classes (fine.ts CompositeTags; a second
   * pass of `train syntax --fine-in-retagger`): tag() still returns UPOS ids, and writes the fine tag ids
   * to its `fine` argument. The dictionary and tag classes stay UPOS tags; a dictionary word whose tag
   * has several classes is scored among those.
   */
  constructor(model?: Scorer, tagdict = new Map<number, number>(), classes = new Map<number, Int32Array>(), readonly composite: CompositeTags | null = null) {
    this.nTags = composite ? composite.size : UPOS.length;
    this.model = model ?? new Perceptron(this.nTags, 18, true);
    this.tagdict = tagdict;
    this.classes = classes;
    this.scores = new Float32Array(this.nTags);
    this.compositeClasses = new Map();
    if (composite) for (const [w, ts] of classes) this.compositeClasses.set(w, Int32Array.from([...ts].flatMap((t) => [...composite.byUpos[t]])).sort());
    this.cache = this.model instanceof Perceptron ? null : new Map();
  }

  /** Turns the form cache off (tests compare both ways). */
  withoutFormCache(): this {
    this.cache = null;
    return this;
  }

  private formScores(lx: Lexical, i: number): Float32Array {
    const cache = this.cache!;
    const form = lx.forms[i];
    let part = cache.get(form);
    if (!part) {
      part = new Float32Array(this.nTags);
      this.model.score(this.feats, this.intrinsic(lx, i), part);
      if (cache.size >= FORM_CACHE_MAX) cache.clear();
      cache.set(form, part);
    }
    return part;
  }

  private features(lx: Lexical, i: number, p1: number, p2: number, right: Uint8Array | undefined): number {
    return this.context(lx, i, p1, p2, right, this.intrinsic(lx, i));
  }

  /** Features of the word form alone (the same wherever it occurs): feats[0..k). */
  private intrinsic(lx: Lexical, i: number): number {
    const f = this.feats;
    let k = 0;
    f[k++] = key1(1, 0);
    f[k++] = key1(2, lx.word[i]);
    f[k++] = key1(3, lx.form[i]);
    f[k++] = key1(4, lx.suf1[i]);
    f[k++] = key1(5, lx.suf2[i]);
    f[k++] = key1(6, lx.suf3[i]);
    f[k++] = key1(7, lx.suf4[i]);
    f[k++] = key1(8, lx.pre1[i]);
    f[k++] = key1(9, lx.pre2[i]);
    f[k++] = key1(10, lx.pre3[i]);
    f[k++] = key1(11, lx.shape[i]);
    if (lx.hasClusters) {
      // the word's clusters (pretrained vectors, clusters.ts): alone and with its spelling's shape
      f[k++] = key1(43, lx.fine[i]);
      f[k++] = key1(44, lx.coarse[i]);
      f[k++] = key2(45, lx.fine[i], lx.shape[i]);
    }
    return k;
  }

  /** Features of the word in its context, written from feats[k]; returns the new end. */
  private context(lx: Lexical, i: number, p1: number, p2: number, right: Uint8Array | undefined, k: number): number {
    const n = lx.word.length;
    const f = this.feats;
    const w = lx.word[i];
    const wm1 = at(n, lx.word, i - 1);
    const wp1 = at(n, lx.word, i + 1);
    f[k++] = key1(12, p1);
    f[k++] = key2(13, p1, p2);
    f[k++] = key2(14, p1, w);
    f[k++] = key1(15, wm1);
    f[k++] = key1(16, at(n, lx.suf3, i - 1));
    f[k++] = key1(17, at(n, lx.word, i - 2));
    f[k++] = key1(18, wp1);
    f[k++] = key1(19, at(n, lx.suf3, i + 1));
    f[k++] = key1(20, at(n, lx.word, i + 2));
    f[k++] = key1(21, at(n, lx.suf3, i + 2));
    f[k++] = key1(22, at(n, lx.shape, i + 1));
    f[k++] = key1(23, at(n, lx.shape, i - 1));
    f[k++] = key2(24, w, wp1);
    f[k++] = key2(25, wm1, w);
    f[k++] = key2(26, i === 0 ? 1 : 0, lx.shape[i]);
    f[k++] = key2(27, p1, lx.suf3[i]);
    f[k++] = key2(28, p1, wp1);
    f[k++] = key2(29, lx.shape[i], at(n, lx.word, i + 1));
    f[k++] = key3(30, p1, w, wp1);
    f[k++] = key2(31, lx.suf2[i], at(n, lx.suf2, i + 1));
    f[k++] = key1(32, at(n, lx.suf1, i + 1));
    const h = lx.hint[i];
    if (h) {
      // another tagger's guess (wink-nlp's): alone, with the previous tag, the word's ending, its neighbours' guesses
      f[k++] = key1(39, h);
      f[k++] = key2(40, h, p1);
      f[k++] = key2(41, h, lx.suf3[i]);
      f[k++] = key3(42, at(n, lx.hint, i - 1), h, at(n, lx.hint, i + 1));
    }
    if (lx.hasClusters) {
      // the neighbours' clusters, the word's with the previous tag and with the next word's
      const c = lx.fine[i];
      const cp1 = at(n, lx.fine, i + 1);
      f[k++] = key1(46, at(n, lx.fine, i - 1));
      f[k++] = key1(47, cp1);
      f[k++] = key1(48, at(n, lx.fine, i + 2));
      f[k++] = key1(49, at(n, lx.coarse, i - 1));
      f[k++] = key1(50, at(n, lx.coarse, i + 1));
      f[k++] = key2(51, p1, c);
      f[k++] = key2(52, c, cp1);
      if (right) f[k++] = key2(53, i + 1 < n ? right[i + 1] + 1 : END, c);
    }
    if (right) {
      // a second pass reads the first pass's tags to the right
      const r1 = i + 1 < n ? right[i + 1] + 1 : END;
      const r2 = i + 2 < n ? right[i + 2] + 1 : END - 1;
      f[k++] = key1(33, r1);
      f[k++] = key2(34, r1, r2);
      f[k++] = key2(35, r1, w);
      f[k++] = key2(36, p1, r1);
      f[k++] = key2(37, r1, lx.suf3[i]);
      f[k++] = key3(38, p1, r1, lx.shape[i]);
    }
    return k;
  }

  /**
   * Tag ids for a sentence. With `gold`, also trains on it (greedy, predicted history). `right`: the
   * tags of a first pass, read as right context by a second-pass tagger. `alt`: receives, for each word
   * the tagger was unsure of, its runner-up tag (tagAlternative; 0 where sure or a dictionary word).
   * With composite classes, `gold` holds class ids and `fine` receives each word's fine tag id.
   */
  tag(lx: Lexical, gold?: Uint8Array, right?: Uint8Array, alt?: Uint8Array, fine?: Uint8Array): Uint8Array {
    const n = lx.word.length;
    const out = SENTENCE_BYTES.take(n);
    let p1 = START;
    let p2 = START2;
    const C = this.nTags;
    const comp = this.composite;
    for (let i = 0; i < n; i++) {
      // a capitalised word inside the sentence may be a name whatever the lower-case word's tags ("Russia
      // Today", "the Labour Party"): scored on every tag, dictionary words too (only in a model with
      // classes, so that a model without them tags as it always did)
      const named = this.classes.size > 0 && namedAt(lx.forms, i);
      let best = named ? -1 : this.tagdict.get(lx.word[i]) ?? -1;
      let cls: Int32Array | undefined;
      if (comp && best >= 0) {
        // a dictionary word's tag: its one class, or scored among its classes (a verb's VBD or VBN …)
        const cs = comp.byUpos[best];
        if (cs.length === 1) best = cs[0];
        else { cls = cs; best = -1; }
      } else if (best < 0 && !gold && !named) cls = comp ? this.compositeClasses.get(lx.word[i]) : this.classes.get(lx.word[i]);
      if (cls) {
        let k = 0;
        if (this.cache) {
          this.scores.set(this.formScores(lx, i));
          this.model.accumulateSome(this.feats, this.context(lx, i, p1, p2, right, 0), cls, this.scores);
        } else this.model.scoreSome(this.feats, (k = this.features(lx, i, p1, p2, right)), cls, this.scores);
        best = cls[0];
        for (let j = 1; j < cls.length; j++) if (this.scores[cls[j]] > this.scores[best]) best = cls[j];
        if (gold) {
          // (only a composite tagger trains on dictionary words: its classes under the tag)
          const p = this.model as Perceptron;
          if (cls.includes(gold[i])) p.update(gold[i], best, this.feats, k);
          else p.tick();
        }
        if (alt) alt[i] = tagAlternative(this.scores, best, cls);
      } else if (best < 0) {
        let k: number;
        if (gold || !this.cache) {
          k = this.features(lx, i, p1, p2, right);
          this.model.score(this.feats, k, this.scores);
        } else {
          this.scores.set(this.formScores(lx, i));
          k = this.context(lx, i, p1, p2, right, 0);
          this.model.accumulate(this.feats, k, this.scores);
        }
        best = 0;
        for (let c = 1; c < C; c++) if (this.scores[c] > this.scores[best]) best = c;
        if (gold) (this.model as Perceptron).update(gold[i], best, this.feats, k);
        else if (alt) alt[i] = tagAlternative(this.scores, best);
      }
      if (comp) {
        out[i] = comp.upos[best];
        if (fine) fine[i] = comp.fine[best];
      } else out[i] = best;
      p2 = p1;
      p1 = best + 1;
    }
    return out;
  }
}

/** Runner-up shares of the score range under which a word counts as unsure (two bands). */
const UNSURE = [0.1, 0.25];

/**
 * The runner-up of a word's tag scores when it came close: its tag id + 1, plus the number of tags
 * (UPOS.length) when only within the wider band; 0 when the best tag leads by more (or only one tag was
 * scored). Closeness is the best-minus-runner-up gap as a share of the best-minus-worst range, so it is
 * the same for a model's int16 and int8 weights. `among`: the tags scored (absent: all).
 */
export function tagAlternative(scores: ArrayLike<number>, best: number, among?: ArrayLike<number>): number {
  const m = among ? among.length : UPOS.length;
  if (m < 2) return 0;
  let second = -1, worst = best;
  for (let j = 0; j < m; j++) {
    const c = among ? among[j] : j;
    if (c === best) continue;
    if (second < 0 || scores[c] > scores[second]) second = c;
    if (scores[c] < scores[worst]) worst = c;
  }
  const range = scores[best] - scores[worst];
  if (!(range > 0)) return second + 1;
  const gap = (scores[best] - scores[second]) / range;
  return gap < UNSURE[0] ? second + 1 : gap < UNSURE[1] ? second + 1 + UPOS.length : 0;
}

/**
 * Token i is capitalised inside its sentence, so may be a name whatever the lower-cased word's tags: a
 * model with tag classes scores it on every tag, and builds its dictionary and classes without it.
 */
export function namedAt(forms: readonly string[], i: number): boolean {
  return i > 0 && capitalised(forms[i]);
}

/** The form opens with a capital letter. */
function capitalised(form: string): boolean {
  const c = form.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = form[0];
  return first !== first.toLowerCase();
}

/**
 * The tag classes: for each word seen at least `minCount` times, the tags it takes at least `share` of
 * the time (tagger.ts scores only those). A word of one class is left to the tag dictionary.
 */
export function buildTagClasses(words: Int32Array[], tags: Uint8Array[], minCount: number, share: number, forms?: readonly (readonly string[])[], openMinCount = 0): Map<number, Int32Array> {
  const counts = tagCounts(words, tags, forms);
  const out = new Map<number, Int32Array>();
  for (const [w, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minCount) continue;
    const keep = [...m].filter(([, c]) => c >= share * total).map(([t]) => t);
    if (total < openMinCount && keep.some((t) => OPEN.has(t))) continue;
    if (keep.length > 1) out.set(w, Int32Array.from(keep).sort());
  }
  return out;
}

/** How often each word (hash) takes each tag; given the sentences' forms, not counting a capitalised word inside a sentence (namedAt). */
function tagCounts(words: Int32Array[], tags: Uint8Array[], forms?: readonly (readonly string[])[]): Map<number, Map<number, number>> {
  const counts = new Map<number, Map<number, number>>();
  words.forEach((ws, s) => ws.forEach((w, i) => {
    if (forms && namedAt(forms[s], i)) return;
    let m = counts.get(w);
    if (!m) counts.set(w, (m = new Map()));
    m.set(tags[s][i], (m.get(tags[s][i]) ?? 0) + 1);
  }));
  return counts;
}

/**
 * The open word classes, whose other uses a treebank may not show for a word it has seen a few times
 * ("offers" only as a verb, "resume" only as a noun): `openMinCount` asks more evidence of them.
 */
const OPEN = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV'].map((t) => UPOS_ID.get(t)!));

/**
 * The tag dictionary: words seen at least `minCount` times with one tag at least `share` of the time
 * (Honnibal's tagger: these are most tokens of running text, and scoring them changes nothing).
 */
export function buildTagdict(words: Int32Array[], tags: Uint8Array[], minCount = 20, share = 0.995, forms?: readonly (readonly string[])[], openMinCount = 0): Map<number, number> {
  const counts = tagCounts(words, tags, forms);
  const out = new Map<number, number>();
  for (const [w, m] of counts) {
    let total = 0, best = -1, bestN = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > bestN) { best = t; bestN = c; }
    }
    if (total >= minCount && bestN / total >= share && (total >= openMinCount || !OPEN.has(best))) out.set(w, best);
  }
  return out;
}
