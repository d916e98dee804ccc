// The shipped form of a perceptron: int8 weights (int16 in older files; one scale per model, so argmax
// needs no rescaling) behind an open-addressing table of interleaved [key, row] pairs, built from the
// model file's key list at load: an eighth of the memory of float weights, which is what lookups cost.

export interface Scorer {
  readonly nClasses: number;
  /** scores[c] += weight of each feature for class c (scores are reset first). */
  score(feats: Int32Array, n: number, scores: Float32Array): void;
  /** As score, but adds to `scores` instead of resetting them first. */
  accumulate(feats: Int32Array, n: number, scores: Float32Array): void;
  /** As score, for the listed classes only (the others are left as they are). */
  scoreSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void;
}

/**
 * Scoring over rows of `nClasses` weights found by key: the one loop the training perceptron (float
 * rows) and the shipped one (int16 rows) share.
 */
export abstract class RowScorer implements Scorer {
  abstract readonly nClasses: number;
  /** Row of `key`, or -1. */
  abstract find(key: number): number;
  /** Row-major weights, `nClasses` per row. */
  protected abstract rowWeights(): Float32Array | Int16Array | Int8Array;

  score(feats: Int32Array, n: number, scores: Float32Array): void {
    scores.fill(0, 0, this.nClasses);
    this.accumulate(feats, n, scores);
  }

  accumulate(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses;
    const w = this.rowWeights();
    for (let f = 0; f < n; f++) {
      const row = this.find(feats[f]);
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += w[base + c];
    }
  }

  scoreSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void {
    const C = this.nClasses;
    const m = classes.length;
    for (let j = 0; j < m; j++) scores[classes[j]] = 0;
    const w = this.rowWeights();
    for (let f = 0; f < n; f++) {
      const row = this.find(feats[f]);
      if (row < 0) continue;
      const base = row * C;
      for (let j = 0; j < m; j++) scores[classes[j]] += w[base + classes[j]];
    }
  }
}

export type Weights = Int16Array | Int8Array;

export class FrozenPerceptron extends RowScorer {
  readonly nClasses: number;
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * Models of up to 3 classes (the parser's moves) keep their weights in the table slot itself: int8
   * weights packed into one Int32 beside the key (8-byte slots), int16 ones in three (16-byte slots).
   */
  private readonly inline: 0 | 2 | 4;
  readonly weights: Weights;
  readonly keys: Int32Array;
  readonly scale: number;

  constructor(nClasses: number, keys: Int32Array, weights: Weights, scale: number, inline = nClasses <= 3) {
    super();
    this.nClasses = nClasses;
    this.keys = keys;
    this.weights = weights;
    this.scale = scale;
    let cap = 16;
    while (cap < keys.length * 1.6) cap *= 2;
    this.inline = !inline || nClasses > 3 ? 0 : weights instanceof Int8Array ? 2 : 4;
    const width = this.inline || 2;
    this.table = new Int32Array(cap * width);
    this.mask = cap - 1;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r];
      let i = (k ^ (k >>> 16)) & this.mask;
      while (this.table[width * i] !== 0) i = (i + 1) & this.mask;
      this.table[width * i] = k;
      if (this.inline === 4) for (let c = 0; c < nClasses; c++) this.table[4 * i + 1 + c] = weights[r * nClasses + c];
      else if (this.inline === 2) {
        let packed = 0;
        for (let c = 0; c < nClasses; c++) packed |= (weights[r * nClasses + c] & 0xff) << (8 * c);
        this.table[2 * i + 1] = packed;
      } else this.table[2 * i + 1] = r;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /** Row of `key` (models stored two-wide only), or -1. */
  find(key: number): number {
    const t = this.table;
    let i = (key ^ (key >>> 16)) & this.mask;
    for (;;) {
      const k = t[2 * i];
      if (k === key) return t[2 * i + 1];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  accumulate(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses;
    const t = this.table;
    const mask = this.mask;
    if (this.inline === 2) {
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (key ^ (key >>> 16)) & mask;
        for (;;) {
          const k = t[2 * i];
          if (k === key) {
            const p = t[2 * i + 1];
            for (let c = 0; c < C; c++) scores[c] += (p << (24 - 8 * c)) >> 24;
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    if (this.inline === 4) {
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (key ^ (key >>> 16)) & mask;
        for (;;) {
          const k = t[4 * i];
          if (k === key) {
            for (let c = 0; c < C; c++) scores[c] += t[4 * i + 1 + c];
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    super.accumulate(feats, n, scores);
  }

  protected rowWeights(): Weights {
    return this.weights;
  }

  scoreSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void {
    if (!this.inline) return super.scoreSome(feats, n, classes, scores);
    // few classes: scoring all costs no more
    const all = new Float32Array(this.nClasses);
    this.score(feats, n, all);
    for (let j = 0; j < classes.length; j++) scores[classes[j]] = all[classes[j]];
  }


  private maxWeight(): number {
    let max = 0;
    for (let j = 0; j < this.weights.length; j++) max = Math.max(max, Math.abs(this.weights[j]));
    return max;
  }

  /**
   * Drops rows whose largest weight is under `relative` × the model's largest weight: most rows of a
   * perceptron are rare features with tiny weights that cost a cache miss each and change few argmaxes.
   */
  pruned(relative: number): FrozenPerceptron {
    const C = this.nClasses;
    const threshold = relative * this.maxWeight();
    const keep: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let max = 0;
      for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(this.weights[r * C + c]));
      if (max >= threshold) keep.push(r);
    }
    const keys = new Int32Array(keep.length);
    const weights = this.weights instanceof Int8Array ? new Int8Array(keep.length * C) : new Int16Array(keep.length * C);
    keep.forEach((r, i) => {
      keys[i] = this.keys[r];
      weights.set(this.weights.subarray(r * C, r * C + C), i * C);
    });
    return new FrozenPerceptron(C, keys, weights, this.scale);
  }

  /**
   * The same model with int8 weights (the largest weight maps to 127): on EWT dev the tags and trees
   * score the same to 0.1 point, at half the memory of int16, and lookups are what parsing costs.
   */
  quantized8(): FrozenPerceptron {
    const max = this.maxWeight();
    const step = max > 0 ? max / 127 : 1;
    const weights = Int8Array.from(this.weights, (w) => Math.round(w / step));
    return new FrozenPerceptron(this.nClasses, this.keys, weights, this.scale * step);
  }
}
