// The shipped form of a perceptron: int8 weights (int16 in older files; one scale per model, so argmax
// needs no rescaling) in an open-addressing table whose slots hold a key and its row of weights, built
// from the model file's key list at load (the file format is unchanged): one cache miss per feature,
// which is what scoring costs.

export interface Scorer {
  readonly nClasses: number;
  /** scores[c] += weight of each feature for class c (scores are reset first). */
  score(feats: Int32Array, n: number, scores: Float32Array): void;
  /** As score, but adds to `scores` instead of resetting them first. */
  accumulate(feats: Int32Array, n: number, scores: Float32Array): void;
  /** As score, for the listed classes only (the others are left as they are). */
  scoreSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void;
  /** As accumulate, for the listed classes only. */
  accumulateSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void;
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
    for (let j = 0; j < classes.length; j++) scores[classes[j]] = 0;
    this.accumulateSome(feats, n, classes, scores);
  }

  accumulateSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void {
    const C = this.nClasses;
    const m = classes.length;
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

/**
 * Places every key of `keys` in `table` (open addressing, `width` Int32s a slot) with its weights: packed
 * beside the key (`inline` 2, 3 or 4), or its row after the key in `wide` (a view of the table). Loading
 * costs mostly the page faults of the new table (about 3.5 ms per MB on the development VM).
 */
function fillTable(table: Int32Array, mask: number, width: number, inline: 0 | 2 | 3 | 4, wide: Int8Array | Int16Array | null, keys: Int32Array, weights: Weights, C: number): void {
  const per = wide instanceof Int8Array ? 4 : 2;
  for (let r = 0; r < keys.length; r++) {
    const k = keys[r];
    let i = (k ^ (k >>> 16)) & mask;
    while (table[width * i] !== 0) i = (i + 1) & mask;
    table[width * i] = k;
    const from = r * C;
    if (inline === 3) {
      table[3 * i + 1] = (weights[from] & 0xffff) | (weights[from + 1] << 16);
      table[3 * i + 2] = weights[from + 2];
    } else if (inline === 4) for (let c = 0; c < C; c++) table[4 * i + 1 + c] = weights[from + c];
    else if (inline === 2) {
      let packed = 0;
      for (let c = 0; c < C; c++) packed |= (weights[from + c] & 0xff) << (8 * c);
      table[2 * i + 1] = packed;
    } else {
      const to = (width * i + 1) * per;
      for (let c = 0; c < C; c++) wide![to + c] = weights[from + c];
    }
  }
}

export class FrozenPerceptron extends RowScorer {
  readonly nClasses: number;
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * Models of up to 3 classes (the parser's moves) keep their weights in the table slot itself: int8
   * weights packed into one Int32 beside the key (8-byte slots, `inline` 2), 3 int16 ones in two (12-byte
   * slots, 3), fewer int16 ones one an Int32 (16-byte slots, 4).
   */
  private readonly inline: 0 | 2 | 3 | 4;
  /**
   * Models of more classes keep their row in the slot too, after the key (`stride` Int32s a slot): one
   * cache miss a feature instead of two (the slot, then the row elsewhere). `wide16` / `wide8` view the
   * same memory as the table.
   */
  private readonly stride: number;
  private readonly wide16: Int16Array | null = null;
  private readonly wide8: Int8Array | null = null;
  private rows: Map<number, number> | null = null;
  private keyList: Int32Array | null;
  private weightList: Weights | null;
  private readonly features: number;
  /** Reads the keys and weights again when the table was built from memory that is reused (loadModel). */
  private readonly reload: (() => [Int32Array, Weights]) | null;
  readonly scale: number;

  /**
   * `reload`: the keys and weights may be views of a scratch buffer that is reused after the table is
   * built; they are not kept, and `keys` / `weights` read them again with `reload` when asked for.
   */
  constructor(nClasses: number, keys: Int32Array, weights: Weights, scale: number, inline = nClasses <= 3, reload: (() => [Int32Array, Weights]) | null = null) {
    super();
    this.nClasses = nClasses;
    this.keyList = keys;
    this.weightList = weights;
    this.features = keys.length;
    this.reload = reload;
    this.scale = scale;
    let cap = 16;
    while (cap < keys.length * 1.6) cap *= 2;
    this.inline = !inline || nClasses > 3 ? 0 : weights instanceof Int8Array ? 2 : nClasses === 3 ? 3 : 4;
    const bytes = weights instanceof Int8Array ? 1 : 2;
    const width = this.inline || 1 + Math.ceil((nClasses * bytes) / 4);
    this.stride = width;
    this.table = new Int32Array(cap * width);
    this.mask = cap - 1;
    if (!this.inline) {
      if (bytes === 1) this.wide8 = new Int8Array(this.table.buffer);
      else this.wide16 = new Int16Array(this.table.buffer);
    }
    fillTable(this.table, this.mask, width, this.inline, this.wide8 ?? this.wide16, keys, weights, nClasses);
    if (reload) this.keyList = this.weightList = null;
  }

  /** The model's feature keys, in file order. */
  get keys(): Int32Array {
    if (!this.keyList) [this.keyList, this.weightList] = this.reload!();
    return this.keyList;
  }

  /** The weights, `nClasses` per key. */
  get weights(): Weights {
    if (!this.weightList) [this.keyList, this.weightList] = this.reload!();
    return this.weightList!;
  }

  /** Read by nobody: keeps the loads of touch(). */
  sink = 0;
  /**
   * Loads every feature's first slot, in a loop without branches on the loaded values, so that the cache
   * misses overlap; the probes that follow find the slots in cache.
   */
  private touch(feats: Int32Array, n: number, S: number): void {
    const t = this.table;
    const mask = this.mask;
    let sink = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      sink ^= t[S * ((key ^ (key >>> 16)) & mask)];
    }
    this.sink = sink;
  }

  private slots = new Int32Array(128);
  private slotsFor(n: number): Int32Array {
    if (this.slots.length < n) this.slots = new Int32Array(2 * n);
    return this.slots;
  }

  get featureCount(): number {
    return this.features;
  }

  /** Row of `key` in keys/weights, or -1 (a look-up table built on first use: scoring reads the slots). */
  find(key: number): number {
    if (!this.rows) this.rows = new Map(Array.from(this.keys, (k, r) => [k, r]));
    return this.rows.get(key) ?? -1;
  }

  accumulate(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses;
    const t = this.table;
    const mask = this.mask;
    if (this.inline === 2) {
      this.touch(feats, n, 2);
      // the sums in integers, added to the scores once: integer weights sum exactly in either order
      let s0 = 0, s1 = 0, s2 = 0;
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (key ^ (key >>> 16)) & mask;
        for (;;) {
          const k = t[2 * i];
          if (k === key) {
            const p = t[2 * i + 1];
            s0 += (p << 24) >> 24;
            s1 += (p << 16) >> 24;
            s2 += (p << 8) >> 24;
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      scores[0] += s0;
      if (C > 1) scores[1] += s1;
      if (C > 2) scores[2] += s2;
      return;
    }
    if (this.inline === 3) {
      this.touch(feats, n, 3);
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (key ^ (key >>> 16)) & mask;
        for (;;) {
          const k = t[3 * i];
          if (k === key) {
            const p = t[3 * i + 1];
            scores[0] += (p << 16) >> 16;
            scores[1] += p >> 16;
            scores[2] += t[3 * i + 2];
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    if (this.inline === 4) {
      this.touch(feats, n, 4);
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
    const S = this.stride;
    const w16 = this.wide16;
    // first every feature's slot, then the rows: the probes do not wait on one another's cache misses
    this.touch(feats, n, S);
    const slots = this.slotsFor(n);
    if (w16) {
      const m = this.probe(feats, n, S, 2, slots);
      for (let j = 0; j < m; j++) {
        const base = slots[j];
        for (let c = 0; c < C; c++) scores[c] += w16[base + c];
      }
      return;
    }
    const w8 = this.wide8!;
    const m = this.probe(feats, n, S, 4, slots);
    // class by class, the sum in an integer (exact in any order), one float addition per class
    for (let c = 0; c < C; c++) {
      let sum = 0;
      for (let j = 0; j < m; j++) sum += w8[slots[j] + c];
      scores[c] += sum;
    }
  }

  /**
   * The weight offsets (in units of `unit` weights per table word) of the rows of the features found, into
   * `slots`; returns how many were found. Integers only, so one function serves the int16 and int8 tables.
   */
  private probe(feats: Int32Array, n: number, S: number, unit: number, slots: Int32Array): number {
    const t = this.table;
    const mask = this.mask;
    let m = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let i = (key ^ (key >>> 16)) & mask;
      for (;;) {
        const k = t[S * i];
        if (k === key) {
          slots[m++] = unit * (S * i + 1);
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
    return m;
  }

  protected rowWeights(): Weights {
    return this.weights;
  }

  scoreSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void {
    if (!this.inline) {
      for (let j = 0; j < classes.length; j++) scores[classes[j]] = 0;
      this.accumulateSome(feats, n, classes, scores);
      return;
    }
    // few classes: scoring all costs no more
    const all = new Float32Array(this.nClasses);
    this.score(feats, n, all);
    for (let j = 0; j < classes.length; j++) scores[classes[j]] = all[classes[j]];
  }

  accumulateSome(feats: Int32Array, n: number, classes: ArrayLike<number>, scores: Float32Array): void {
    if (!this.inline) {
      const m = classes.length;
      const S = this.stride;
      const wide = (this.wide16 ?? this.wide8)!;
      this.touch(feats, n, S);
      const slots = this.slotsFor(n);
      const found = this.probe(feats, n, S, this.wide16 ? 2 : 4, slots);
      // class by class, the sum in an integer (exact in any order), one float addition per class
      for (let j = 0; j < m; j++) {
        const c = classes[j];
        let sum = 0;
        for (let x = 0; x < found; x++) sum += wide[slots[x] + c];
        scores[c] += sum;
      }
      return;
    }
    // few classes: scoring all costs no more
    const all = new Float32Array(this.nClasses);
    this.score(feats, n, all);
    for (let j = 0; j < classes.length; j++) scores[classes[j]] += all[classes[j]];
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
