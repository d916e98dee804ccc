// A multi-class averaged perceptron over hashed sparse features (Collins 2002; the lazy-averaging
// form of Daumé). Each feature key owns a dense row of one weight per class, found through an
// open-addressing table of Int32 keys, so scoring is a handful of typed-array reads and adds.
// Training keeps running totals for averaging; `finish()` averages, prunes rare or zero rows and
// returns the shipped form (frozen.ts): int16 rows behind a compact table.

import { FrozenPerceptron, RowScorer } from './frozen.ts';

const EMPTY = 0;

export class Perceptron extends RowScorer {
  readonly nClasses: number;
  private keys: Int32Array;
  private rowOf: Int32Array;
  private mask: number;
  private size = 0;
  /** Row-major weights, `nClasses` per row. */
  w: Float32Array;
  private totals: Float64Array | null = null;
  private stamps: Int32Array | null = null;
  private counts: Int32Array | null = null;
  private rows = 0;
  private time = 0;

  constructor(nClasses: number, capacityLog2 = 16, training = true) {
    super();
    this.nClasses = nClasses;
    const cap = 1 << capacityLog2;
    this.keys = new Int32Array(cap);
    this.rowOf = new Int32Array(cap);
    this.mask = cap - 1;
    this.w = new Float32Array(1024 * nClasses);
    if (training) {
      this.totals = new Float64Array(1024 * nClasses);
      this.stamps = new Int32Array(1024 * nClasses);
      this.counts = new Int32Array(1024);
    }
  }

  get featureCount(): number {
    return this.rows;
  }

  /** Row of `key`, or -1. */
  find(key: number): number {
    let i = (key ^ (key >>> 16)) & this.mask;
    const keys = this.keys;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.rowOf[i];
      if (k === EMPTY) return -1;
      i = (i + 1) & this.mask;
    }
  }

  private insert(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.growTable();
    let i = (key ^ (key >>> 16)) & this.mask;
    while (this.keys[i] !== EMPTY) {
      if (this.keys[i] === key) return this.rowOf[i];
      i = (i + 1) & this.mask;
    }
    const row = this.rows++;
    this.keys[i] = key;
    this.rowOf[i] = row;
    this.size++;
    if ((row + 1) * this.nClasses > this.w.length) this.growRows();
    return row;
  }

  private growTable(): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.rowOf = new Int32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k === EMPTY) continue;
      let i = (k ^ (k >>> 16)) & this.mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.rowOf[i] = oldRows[j];
    }
  }

  private growRows(): void {
    const n = this.w.length * 2;
    const w = new Float32Array(n);
    w.set(this.w);
    this.w = w;
    if (this.totals && this.stamps && this.counts) {
      const t = new Float64Array(n);
      t.set(this.totals);
      this.totals = t;
      const s = new Int32Array(n);
      s.set(this.stamps);
      this.stamps = s;
      const c = new Int32Array(n / this.nClasses);
      c.set(this.counts);
      this.counts = c;
    }
  }

  protected rowWeights(): Float32Array {
    return this.w;
  }

  /** One training step: counts as an instance; moves weight from `guess` to `truth` when they differ. */
  update(truth: number, guess: number, feats: Int32Array, n: number): void {
    this.time++;
    if (truth === guess) return;
    for (let f = 0; f < n; f++) {
      const row = this.insert(feats[f]); // may grow the arrays: read them after
      this.counts![row]++;
      this.bump(row * this.nClasses + truth, 1);
      this.bump(row * this.nClasses + guess, -1);
    }
  }

  /**
   * One transition's share of a structured update (beam training): `delta` on class `cls` of each
   * feature; the instance is counted once, with tick(), after all its transitions.
   */
  adjust(cls: number, feats: Int32Array, n: number, delta: number): void {
    for (let f = 0; f < n; f++) {
      const row = this.insert(feats[f]);
      this.counts![row]++;
      this.bump(row * this.nClasses + cls, delta);
    }
  }

  /** Count an instance that needs no update (keeps averaging exact). */
  tick(): void {
    this.time++;
  }

  private bump(j: number, delta: number): void {
    const totals = this.totals!;
    const stamps = this.stamps!;
    totals[j] += (this.time - stamps[j]) * this.w[j];
    stamps[j] = this.time;
    this.w[j] += delta;
  }

  /** Snapshot of the averaged weights (for dev scoring during training), in the shipped form. */
  averagedCopy(): FrozenPerceptron {
    return this.finish(1, 0);
  }

  private averaged(): Float32Array {
    const C = this.nClasses;
    const out = new Float32Array(this.rows * C);
    const t = Math.max(1, this.time);
    for (let j = 0; j < this.rows * C; j++) {
      out[j] = (this.totals![j] + (t - this.stamps![j]) * this.w[j]) / t;
    }
    return out;
  }

  /**
   * Averages the weights and keeps only rows seen in at least `minCount` updates whose largest weight
   * is not negligible; returns the shipped (frozen, int16) model.
   */
  finish(minCount = 1, minWeight = 1e-4): FrozenPerceptron {
    const C = this.nClasses;
    const avg = this.averaged();
    const keep: number[] = [];
    let max = 0;
    for (let j = 0; j < this.keys.length; j++) {
      const k = this.keys[j];
      if (k === EMPTY) continue;
      const row = this.rowOf[j];
      if (this.counts![row] < minCount) continue;
      let rowMax = 0;
      for (let c = 0; c < C; c++) rowMax = Math.max(rowMax, Math.abs(avg[row * C + c]));
      if (rowMax <= minWeight) continue;
      max = Math.max(max, rowMax);
      keep.push(k, row);
    }
    const scale = max > 0 ? max / 32767 : 1;
    const keys = new Int32Array(keep.length / 2);
    const weights = new Int16Array(keys.length * C);
    for (let i = 0; i < keep.length; i += 2) {
      const r = i / 2;
      keys[r] = keep[i];
      const src = keep[i + 1] * C;
      for (let c = 0; c < C; c++) weights[r * C + c] = Math.round(avg[src + c] / scale);
    }
    return new FrozenPerceptron(C, keys, weights, scale);
  }

}
