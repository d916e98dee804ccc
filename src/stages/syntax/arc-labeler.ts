// Arc-time labeler (`train syntax --arc-labels`): names each arc as the parser makes it, so that later
// transitions can read the labels of the words' children (Zhang & Nivre 2011's label and label-set
// templates: "s0 already has a subject", "n0 has a passive auxiliary"). In arc-hybrid a word is attached
// only after all its own dependents, so the dependent's subtree is complete at arc time; of the head, the
// children attached so far are known (on the left of a buffer word, those nearer to it). The final labeler
// (labeler.ts), which reads the finished tree, still names the arcs of the output.
import { Perceptron } from './perceptron.ts';
import type { Scorer } from './frozen.ts';
import { key1, key2, key3, key4 } from './hash.ts';
import { candidateKey, distBucket } from './labeler.ts';

const MAX_FEATS = 64;

/** What the arc labeler reads of a parser state: the arcs so far, with their labels. */
export interface ArcView {
  readonly n: number;
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Label id + 1 of each attached word (0: not attached yet). */
  readonly lab: Int32Array;
  /** Sets of the labels of each word's left and right children so far, as two 32-bit halves each. */
  readonly setL0: Int32Array;
  readonly setL1: Int32Array;
  readonly setR0: Int32Array;
  readonly setR1: Int32Array;
}

function at(a: Int32Array, x: number): number {
  return x < 0 ? 0 : a[x];
}

export class ArcLabeler {
  readonly model: Scorer;
  readonly rootLabel: number;
  private readonly all: Int32Array;
  private feats = new Int32Array(MAX_FEATS);
  private scores: Float32Array;
  private readonly training: boolean;
  /** 1 for each template id the labeler reads, 0 for those left out. */
  private readonly on = new Uint8Array(64).fill(1);
  /** The sentence's fine tags (fine.ts fineInputs) when the parser reads them (`train syntax --fine-tags`), set by the parser; null: none. */
  fine: Int32Array | null = null;

  /**
   * `labels`: the relation names (the final labeler's); `candidates`: its label candidates (labeler.ts);
   * `featureSet`: 1, the templates of the shipped model; 2, also the words just outside the dependent's
   * subtree, its outermost children's labels and its first child with the head word (`train syntax
   * --arc-label-features 2`, recorded in the model file). `dropped`: template ids left out (`train syntax
   * --label-drop`, recorded in the model file): the key is written, but counted only when its template is on.
   */
  constructor(labels: string[], model: Scorer | undefined, readonly candidates: Map<number, Int32Array>, readonly featureSet = 1, readonly dropped: readonly number[] = []) {
    this.model = model ?? new Perceptron(labels.length, 18, true);
    for (const t of dropped) this.on[t] = 0;
    this.training = this.model instanceof Perceptron;
    this.rootLabel = labels.indexOf('root');
    this.scores = new Float32Array(labels.length);
    this.all = Int32Array.from(labels.map((_, i) => i).filter((i) => i !== this.rootLabel));
  }

  private features(st: ArcView, d: number, h: number, W: Int32Array, T: Int32Array, C: Int32Array | null): number {
    const f = this.feats;
    const on = this.on;
    const n = st.n;
    const wd = W[d], td = T[d], wh = W[h], th = T[h];
    const dir = h > d ? 1 : 2;
    const dist = distBucket(h - d);
    // the sibling attached just before on the same side, and how many there are
    const prev = dir === 1 ? st.l1[h] : st.r1[h];
    const prevLab = at(st.lab, prev);
    const order = dir === 1 ? st.nl[h] : st.nr[h];
    let k = 0;
    f[k] = key1(1, 0); k += on[1];
    f[k] = key2(2, wd, dir); k += on[2]; f[k] = key2(3, td, dir); k += on[3]; f[k] = key2(4, wh, dir); k += on[4]; f[k] = key2(5, th, dir); k += on[5];
    f[k] = key3(6, td, th, dir); k += on[6]; f[k] = key3(7, wd, th, dir); k += on[7]; f[k] = key3(8, td, wh, dir); k += on[8]; f[k] = key3(9, wd, wh, dir); k += on[9];
    f[k] = key3(10, td, th, dist); k += on[10];
    f[k] = key3(12, td, prevLab, dir); k += on[12]; f[k] = key3(13, th, prevLab, td); k += on[13];
    f[k] = key3(14, td, th, (order > 3 ? 3 : order) * dir); k += on[14];
    f[k] = key3(15, td, d > 0 ? T[d - 1] : 0, d + 1 <= n ? T[d + 1] : 0); k += on[15];
    // the dependent's finished subtree: its outermost children and the labels it has on each side
    const dl1 = st.l1[d], dl2 = st.l2[d], dr1 = st.r1[d];
    f[k] = key3(16, at(W, dl1), td, dir); k += on[16]; f[k] = key3(17, at(W, dl1), th, td); k += on[17];
    f[k] = key3(18, at(W, dl2), td, dir); k += on[18]; f[k] = key3(19, at(T, dr1), td, dir); k += on[19];
    f[k] = key4(20, td, st.setL0[d], st.setL1[d], dir); k += on[20];
    f[k] = key4(21, td, st.setR0[d], st.setR1[d], dir); k += on[21];
    f[k] = key4(22, wd, st.setL0[d], st.setL1[d], dir); k += on[22];
    // the head's children so far: the nearest on this side (an auxiliary between subject and verb), its label sets
    const hc = dir === 1 ? st.l1[h] : st.r1[h];
    f[k] = key3(23, at(W, hc), td, dir); k += on[23]; f[k] = key3(24, at(W, hc), wh, td); k += on[24];
    f[k] = key4(25, td, st.setL0[h], st.setL1[h], dir); k += on[25];
    f[k] = key4(26, td, st.setR0[h], st.setR1[h], dir); k += on[26];
    f[k] = key4(27, th, st.setL0[h], st.setL1[h], td); k += on[27];
    f[k] = key2(28, wd, th); k += on[28];
    f[k] = key3(29, wd, wh, td); k += on[29];
    if (C) {
      const cd = C[d], ch = C[h];
      f[k] = key2(30, cd, dir); k += on[30]; f[k] = key2(31, ch, dir); k += on[31]; f[k] = key3(32, cd, ch, dir); k += on[32];
      f[k] = key3(33, cd, th, dir); k += on[33]; f[k] = key3(34, td, ch, dir); k += on[34];
    }
    const X = this.fine;
    if (X) {
      // the fine tags of the dependent and the head (VBN or VBD, RP or IN, WDT or DT …)
      const xd = X[d], xh = X[h];
      f[k] = key3(43, xd, xh, dir); k += on[43]; f[k] = key3(44, xd, th, dir); k += on[44]; f[k] = key3(45, td, xh, dir); k += on[45];
      f[k] = key3(46, xd, wh, dir); k += on[46]; f[k] = key3(47, wd, xh, dir); k += on[47];
      f[k] = key4(48, xd, xh, prevLab, dir); k += on[48];
    }
    if (this.featureSet >= 2) {
      // the words just outside the dependent's finished subtree (a comma or "and" before it, the word that
      // follows: another noun phrase after a first object, a verb after a subject), its outermost
      // children's labels, and its first child (a preposition, a marker) with the head's word
      let le = d, re = d;
      while (st.l1[le] >= 0) le = st.l1[le];
      while (st.r1[re] >= 0) re = st.r1[re];
      const wb = le > 0 ? W[le - 1] : 0, tb = le > 0 ? T[le - 1] : 0;
      const wa = re + 1 <= n ? W[re + 1] : 0, ta = re + 1 <= n ? T[re + 1] : 0;
      f[k] = key4(35, tb, ta, td, dir); k += on[35];
      f[k] = key3(36, wb, td, dir); k += on[36];
      f[k] = key3(37, wa, td, dir); k += on[37];
      f[k] = key4(38, ta, td, th, dir); k += on[38];
      f[k] = key4(39, tb, td, th, dir); k += on[39];
      f[k] = key3(40, at(W, dl1), wh, td); k += on[40];
      f[k] = key3(41, at(st.lab, dl1), at(st.lab, dr1), td); k += on[41];
      f[k] = key3(42, at(st.lab, dr1), td, th); k += on[42];
    }
    return k;
  }

  /**
   * The label of the arc h → d about to be made in state `st` (d's subtree complete). `gold` ≥ 0 trains on
   * it (the arc being right); returns the label predicted before the update.
   */
  label(st: ArcView, d: number, h: number, W: Int32Array, T: Int32Array, C: Int32Array | null, gold = -1): number {
    if (h === st.n) return this.rootLabel;
    const dir = h > d ? 1 : 2;
    const cands = this.training ? this.all : this.candidates.get(candidateKey(T[d], T[h], dir)) ?? this.all;
    let best = cands[0];
    if (cands.length > 1 || gold >= 0) {
      const k = this.features(st, d, h, W, T, C);
      this.model.scoreSome(this.feats, k, cands, this.scores);
      for (let j = 1; j < cands.length; j++) if (this.scores[cands[j]] > this.scores[best]) best = cands[j];
      if (gold >= 0) (this.model as Perceptron).update(gold, best, this.feats, k);
    }
    return best;
  }
}
