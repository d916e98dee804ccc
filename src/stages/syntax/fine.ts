// Fine tags (`train syntax --fine-tags`): the Penn Treebank tag (UD's XPOS column: VBD / VBN / VBZ /
// VBG / VBP, NN / NNS, NNP / NNPS, IN / RP / TO, WDT / WP, PRP$, MD …) of each word, predicted after the
// UPOS tags by a second, small averaged perceptron that scores only the fine tags its UPOS takes in the
// training trees (one candidate, as for most punctuation, determiners and conjunctions: no scoring). The
// parser and the arc labeler read them beside the UPOS tags (parser.ts, arc-labeler.ts). Or, with
// `--fine-in-retagger`, no third tagger: the second UPOS pass predicts combined (UPOS, fine tag) classes
// (CompositeTags below, tagger.ts).
import { Perceptron } from './perceptron.ts';
import type { Scorer } from './frozen.ts';
import { key1, key2, key3 } from './hash.ts';
import type { Lexical } from './lexical.ts';
import { UPOS, UPOS_ID } from './tagger.ts';

const MAX_FEATS = 32;
/** Word forms whose form-only scores are kept per UPOS tag (a bound on memory; the cache starts over when full). */
const FORM_CACHE_MAX = 50_000;
const START = -7;
const END = -9;
/** A fine tag must make up this share of its UPOS tag's training words to be a candidate. */
const MIN_SHARE = 0.002;
const AUX_ID = UPOS_ID.get('AUX')!;
const VERB_ID = UPOS_ID.get('VERB')!;

/** The fine tag set and, for each UPOS id, the fine tag ids it may take, read off training trees. */
export interface FineTagSet {
  xpos: string[];
  byUpos: number[][];
}

/** The fine tags of the training words (XPOS), and each UPOS tag's candidates (at least MIN_SHARE of its words). */
export function buildFineTagSet(upos: readonly Uint8Array[], xpos: readonly (readonly string[])[]): FineTagSet {
  const names = [...new Set(xpos.flat())].sort();
  const id = new Map(names.map((x, i) => [x, i]));
  const counts = UPOS.map(() => new Map<number, number>());
  upos.forEach((us, s) => us.forEach((u, i) => {
    const x = id.get(xpos[s][i])!;
    counts[u].set(x, (counts[u].get(x) ?? 0) + 1);
  }));
  const byUpos = counts.map((m) => {
    let total = 0;
    for (const c of m.values()) total += c;
    return [...m].filter(([, c]) => c >= MIN_SHARE * total).map(([x]) => x).sort((a, b) => a - b);
  });
  return { xpos: names, byUpos };
}

export class FineTagger {
  readonly model: Scorer;
  private readonly cands: Int32Array[];
  private feats = new Int32Array(MAX_FEATS);
  private scores: Float32Array;

  constructor(readonly set: FineTagSet, model?: Scorer) {
    this.model = model ?? new Perceptron(set.xpos.length, 16, true);
    this.cands = set.byUpos.map((c) => Int32Array.from(c));
    this.scores = new Float32Array(set.xpos.length);
  }

  /**
   * Scores of the features of a word form and its UPOS tag alone, by tag and form (a shipped model only:
   * integer weights make the sums exact, so the tags are the same with or without it).
   */
  private cache: Map<string, Float32Array>[] | null = null;
  private useCache = true;

  /** Turns the form cache off (a test compares both ways). */
  withoutFormCache(): this {
    this.useCache = false;
    return this;
  }

  private formScores(lx: Lexical, i: number, t: number, c: Int32Array): Float32Array {
    const byForm = (this.cache ??= UPOS.map(() => new Map()))[t - 1];
    const form = lx.forms[i];
    let part = byForm.get(form);
    if (!part) {
      part = new Float32Array(this.set.xpos.length);
      this.model.scoreSome(this.feats, this.intrinsic(lx, i, t), c, part);
      if (byForm.size >= FORM_CACHE_MAX) byForm.clear();
      byForm.set(form, part);
    }
    return part;
  }

  /** Features of the word form with its UPOS code t: feats[0..k). */
  private intrinsic(lx: Lexical, i: number, t: number): number {
    const f = this.feats;
    let k = 0;
    f[k++] = key1(1, t);
    f[k++] = key2(2, t, lx.word[i]);
    f[k++] = key2(3, t, lx.suf1[i]);
    f[k++] = key2(4, t, lx.suf2[i]);
    f[k++] = key2(5, t, lx.suf3[i]);
    f[k++] = key2(6, t, lx.shape[i]);
    return k;
  }

  /** The fine tag id of each word given its UPOS ids `tags`; with `gold` (fine tag ids), trains on the sentence. */
  tag(lx: Lexical, tags: Uint8Array, gold?: Uint8Array): Uint8Array {
    const n = tags.length;
    const out = new Uint8Array(n);
    const f = this.feats;
    const u = (j: number) => (j < 0 ? START : j >= n ? END : tags[j] + 1);
    const cached = this.useCache && !gold && !(this.model instanceof Perceptron);
    let p1 = START;
    // the nearest auxiliary or verb on the left within four words (a perfect "has … cut", a passive "was … cut")
    let aux = START;
    let auxAt = -10;
    for (let i = 0; i < n; i++) {
      const c = this.cands[tags[i]];
      let best = c.length ? c[0] : 0;
      if (c.length > 1) {
        const t = tags[i] + 1;
        const a = i - auxAt <= 4 ? aux : START;
        // the form's own scores first: a cache miss writes its features into feats
        const part = cached ? this.formScores(lx, i, t, c) : null;
        let k = part ? 0 : this.intrinsic(lx, i, t);
        f[k++] = key2(7, t, u(i - 1));
        f[k++] = key2(8, t, u(i + 1));
        f[k++] = key3(9, t, u(i - 1), u(i + 1));
        f[k++] = key3(10, t, u(i - 2), u(i - 1));
        f[k++] = key3(11, t, u(i + 1), u(i + 2));
        f[k++] = key2(12, t, i > 0 ? lx.word[i - 1] : START);
        f[k++] = key2(13, t, i + 1 < n ? lx.word[i + 1] : END);
        f[k++] = key2(14, t, p1);
        f[k++] = key2(15, t, a);
        f[k++] = key3(16, t, a, lx.suf2[i]);
        f[k++] = key3(17, t, i > 0 ? lx.word[i - 1] : START, lx.suf2[i]);
        f[k++] = key2(18, t, i === 0 ? 1 : 0);
        if (part) {
          for (let j = 0; j < c.length; j++) this.scores[c[j]] = part[c[j]];
          this.model.accumulateSome(f, k, c, this.scores);
        } else this.model.scoreSome(f, k, c, this.scores);
        for (let j = 1; j < c.length; j++) if (this.scores[c[j]] > this.scores[best]) best = c[j];
        if (gold) {
          const p = this.model as Perceptron;
          if (c.includes(gold[i])) p.update(gold[i], best, f, k);
          else p.tick();
        }
      }
      out[i] = best;
      p1 = best + 1;
      if (tags[i] === AUX_ID || tags[i] === VERB_ID) { aux = lx.word[i]; auxAt = i; }
    }
    return out;
  }
}

/** Fine tag codes as the parser and arc labeler read them: id + 1, ROOT's last (a value of its own). */
export function fineInputs(fine: Uint8Array): Int32Array {
  const X = new Int32Array(fine.length + 1);
  for (let i = 0; i < fine.length; i++) X[i] = fine[i] + 1;
  X[fine.length] = 99;
  return X;
}

/**
 * The combined classes of a second UPOS pass that also predicts the fine tag (`train syntax --fine-tags
 * --fine-in-retagger`): one per (UPOS tag, fine candidate) pair of a fine tag set, in UPOS order, so that
 * the UPOS tag and the fine tag are both read off the class and no third tagger runs (tagger.ts).
 */
export class CompositeTags {
  /** The UPOS id and the fine tag id of each class. */
  readonly upos: Uint8Array;
  readonly fine: Uint8Array;
  /** The classes of each UPOS id (ascending). */
  readonly byUpos: Int32Array[];

  constructor(readonly set: FineTagSet) {
    const pairs: [number, number][] = [];
    // a UPOS tag with no candidate (absent from the training trees) keeps one class, fine tag 0
    set.byUpos.forEach((xs, u) => (xs.length ? xs : [0]).forEach((x) => pairs.push([u, x])));
    if (pairs.length > 255) throw new Error(`${pairs.length} UPOS and fine tag pairs: at most 255`);
    this.upos = Uint8Array.from(pairs.map(([u]) => u));
    this.fine = Uint8Array.from(pairs.map(([, x]) => x));
    this.byUpos = set.byUpos.map((_, u) => Int32Array.from(pairs.flatMap(([v], c) => (v === u ? [c] : []))));
  }

  get size(): number {
    return this.upos.length;
  }

  /** The class of a training word: its (UPOS, fine) pair, or its UPOS tag's first class when that fine tag is no candidate. */
  classOf(u: number, x: number): number {
    const cs = this.byUpos[u];
    for (let j = 0; j < cs.length; j++) if (this.fine[cs[j]] === x) return cs[j];
    return cs[0];
  }
}
