// Arc labeler: names each arc of a finished tree with a UD v2 relation (subtypes included), from the
// dependent, its head, their children (case markers, auxiliaries) and the label given to the previous
// sibling. Reading the whole tree makes passives (aux:pass), agents ("by") and obliques easy to tell.
import { Perceptron } from './perceptron.ts';
import type { Scorer } from './frozen.ts';
import { key1, key2, key3, strHash } from './hash.ts';
import { tagCode } from './tagger.ts';

const MAX_FEATS = 64;
const FUNCTION_TAGS = new Set(['ADP', 'SCONJ', 'AUX', 'PART', 'DET', 'PRON', 'CCONJ', 'PUNCT'].map(tagCode));
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'].map(tagCode));

/** A signed arc length in buckets (1, 2, 3, then 4 to 6, then 7 and more), for the labelers' features. */
export function distBucket(d: number): number {
  const a = Math.abs(d);
  return (d < 0 ? -1 : 1) * (a <= 3 ? a : a < 7 ? 4 : 5);
}

/** Children of every word (and of ROOT, n) in text order, as offsets into one flat list. */
interface Children {
  start: Int32Array;
  list: Int32Array;
}

function childrenOf(heads: Int32Array, n: number): Children {
  const start = new Int32Array(n + 3);
  for (let i = 0; i < n; i++) start[heads[i] + 2]++;
  for (let h = 2; h < n + 3; h++) start[h] += start[h - 1];
  const list = new Int32Array(n);
  for (let i = 0; i < n; i++) list[start[heads[i] + 1]++] = i;
  return { start, list };
}

/** Key of the label candidates of an arc: dependent tag, head tag, direction. */
export function candidateKey(td: number, th: number, dir: number): number {
  return (td * 128 + th) * 4 + dir;
}

export class Labeler {
  readonly model: Scorer;
  readonly labels: string[];
  /** Labels seen in training for each (dependent tag, head tag, direction); others are not scored. */
  readonly candidates: Map<number, Int32Array>;
  private readonly all: Int32Array;
  private readonly labelHash: Int32Array;
  private feats = new Int32Array(MAX_FEATS);
  private scores: Float32Array;

  constructor(labels: string[], model?: Scorer, candidates = new Map<number, Int32Array>()) {
    this.labels = labels;
    this.labelHash = Int32Array.from(labels.map((l) => strHash(l)));
    this.model = model ?? new Perceptron(labels.length, 18, true);
    this.scores = new Float32Array(labels.length);
    this.candidates = candidates;
    const root = labels.indexOf('root');
    this.all = Int32Array.from(labels.map((_, i) => i).filter((i) => i !== root));
  }

  private features(i: number, heads: Int32Array, W: Int32Array, T: Int32Array, n: number, kids: Children, prevSib: number, order: number, C?: Int32Array): number {
    const f = this.feats;
    const h = heads[i];
    const wd = W[i], td = T[i], wh = W[h], th = T[h];
    const dir = h > i ? 1 : 2;
    const dist = distBucket(h - i);
    const g = h < n ? heads[h] : -1;
    const tg = g >= 0 ? T[g] : 0;
    let k = 0;
    f[k++] = key1(1, 0);
    f[k++] = key2(2, wd, dir); f[k++] = key2(3, td, dir); f[k++] = key2(4, wh, dir); f[k++] = key2(5, th, dir);
    f[k++] = key3(6, td, th, dir); f[k++] = key3(7, wd, th, dir); f[k++] = key3(8, td, wh, dir); f[k++] = key3(9, wd, wh, dir);
    f[k++] = key3(10, td, th, dist); f[k++] = key3(11, td, th, tg);
    f[k++] = key3(12, td, prevSib, dir); f[k++] = key3(13, th, prevSib, td);
    f[k++] = key3(14, td, th, order);
    f[k++] = key3(15, td, i > 0 ? T[i - 1] : 0, i + 1 < n ? T[i + 1] : 0);
    const nKids = kids.start[i + 1] - kids.start[i];
    f[k++] = key3(16, td, nKids > 3 ? 3 : nKids, dir);
    // the dependent's function-word children: case markers, marks, auxiliaries, determiners
    let nk = 0;
    for (let j = kids.start[i]; j < kids.start[i + 1]; j++) {
      const c = kids.list[j];
      if (!FUNCTION_TAGS.has(T[c]) || nk >= 4) continue;
      nk++;
      f[k++] = key3(17, W[c], td, dir);
      f[k++] = key3(18, W[c], th, td);
      f[k++] = key2(19, T[c], td);
    }
    // the head's function-word children (passive auxiliaries, copulas, markers)
    let hk = 0;
    for (let j = kids.start[h]; j < kids.start[h + 1]; j++) {
      const c = kids.list[j];
      if (c === i || !FUNCTION_TAGS.has(T[c]) || hk >= 4) continue;
      hk++;
      f[k++] = key3(20, W[c], td, dir);
      f[k++] = key3(21, W[c], wh, td);
    }
    // another nominal dependent of the head after this one (iobj vs obj), and a subject already found
    let laterNominal = 0;
    for (let j = kids.start[h]; j < kids.start[h + 1]; j++) if (kids.list[j] > i && NOMINAL_TAGS.has(T[kids.list[j]])) laterNominal = 1;
    f[k++] = key3(22, td, th, laterNominal * dir);
    f[k++] = key2(23, wd, th);
    f[k++] = key3(24, wd, wh, td);
    if (C) {
      // the clusters of the dependent and the head (pretrained vectors, clusters.ts)
      const cd = C[i], ch = C[h];
      f[k++] = key2(25, cd, dir); f[k++] = key2(26, ch, dir); f[k++] = key3(27, cd, ch, dir);
      f[k++] = key3(28, cd, th, dir); f[k++] = key3(29, td, ch, dir);
    }
    return k;
  }

  /** Labels (indexes into `labels`) for a tree; root arcs get "root". With `gold`, trains. `C`: clusters (parserInputs). */
  label(heads: Int32Array, W: Int32Array, T: Int32Array, n: number, gold?: Int32Array, C?: Int32Array): Int32Array {
    const kids = childrenOf(heads, n);
    const out = new Int32Array(n);
    const rootLabel = this.labels.indexOf('root');
    const lastLabel = new Int32Array(n + 1).fill(-1);
    const seen = new Uint8Array(n + 1);
    for (let i = 0; i < n; i++) {
      const h = heads[i];
      if (h === n) {
        out[i] = rootLabel;
        continue;
      }
      const prev = lastLabel[h] >= 0 ? this.labelHash[lastLabel[h]] : 0;
      const order = seen[h] > 3 ? 3 : seen[h];
      const dir = h > i ? 1 : 2;
      const cands = gold ? this.all : this.candidates.get(candidateKey(T[i], T[h], dir)) ?? this.all;
      let best = cands[0];
      if (cands.length > 1) {
        const k = this.features(i, heads, W, T, n, kids, prev, order * dir, C);
        this.model.scoreSome(this.feats, k, cands, this.scores);
        for (let j = 1; j < cands.length; j++) if (this.scores[cands[j]] > this.scores[best]) best = cands[j];
        if (gold) (this.model as Perceptron).update(gold[i], best, this.feats, k);
      }
      out[i] = best;
      lastLabel[h] = best;
      seen[h]++;
    }
    return out;
  }
}

/**
 * Label candidates from training trees: the labels seen for a (dependent tag, head tag, direction), those
 * under `minShare` of that triple's arcs left out (the most frequent always kept). The labelers score
 * only these at run time (training scores every label), so the share changes parsing, not the weights.
 */
export function buildCandidates(trees: { heads: Int32Array; labels: Int32Array; T: Int32Array }[], rootLabel: number, minShare = 0): Map<number, Int32Array> {
  const counts = new Map<number, Map<number, number>>();
  for (const { heads, labels, T } of trees) {
    const n = heads.length;
    for (let i = 0; i < n; i++) {
      const h = heads[i];
      if (h === n || labels[i] === rootLabel) continue;
      const key = candidateKey(T[i], T[h], h > i ? 1 : 2);
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(labels[i], (m.get(labels[i]) ?? 0) + 1);
    }
  }
  const out = new Map<number, Int32Array>();
  for (const [key, m] of counts) {
    let total = 0, top = -1, topN = 0;
    for (const [l, c] of m) {
      total += c;
      if (c > topN || (c === topN && l < top)) { top = l; topN = c; }
    }
    const keep = [...m].filter(([, c]) => c >= minShare * total).map(([l]) => l);
    out.set(key, Int32Array.from(keep.length ? keep : [top]).sort());
  }
  return out;
}
