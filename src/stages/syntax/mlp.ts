// A feed-forward transition scorer for the arc-hybrid parser (Chen & Manning 2014): embeddings of the
// words, tags and arc labels of 20 positions of the configuration (the stack's and buffer's first three,
// the children of s0, s1 and b0) and the s0–b0 distance, one ReLU hidden layer, a score per move
// (softmax in training, mlp-train.ts). At run time the first layer is precomputed (their "precomputation
// trick"): the product of each (position, tag / label / distance) and of each (position, frequent word)
// with the first-layer weights is kept, and per sentence their sum per (word, position), so a transition is
// 21 vector additions and a 3-row product.
import { N_MOVES, type State, type StateScorer } from './parser.ts';

/** Configuration positions whose word and tag are read; the last LABEL_SLOTS are children, whose arc labels are read too. */
export const SLOTS = 20;
export const LABEL_SLOTS = 14;
/** Tag ids: 0 none, tag code (1..17), ROOT and any other code TAG_IDS - 1. */
export const TAG_IDS = 20;
/** Label ids: 0 none, label id + 1. */
export const LABEL_IDS = 64;
/** Distance ids: 0 none, 1 + bucket (0..6). */
export const DIST_IDS = 8;
/** Word ids: 0 no position, 1 unknown, 2 ROOT, then the vocabulary. */
export const W_NONE = 0, W_UNK = 1, W_ROOT = 2;

export interface MlpDims {
  word: number;
  tag: number;
  label: number;
  dist: number;
  hidden: number;
}

/** Input slots: 20 words, 20 tags, 14 labels, 1 distance. */
export const N_FEATS = 2 * SLOTS + LABEL_SLOTS + 1;

/** The parameters: embeddings, first layer (input-major: row i of W1 is input i's H weights), output layer. */
export class MlpNet {
  readonly inputs: number;
  readonly Ew: Float32Array;
  readonly Et: Float32Array;
  readonly El: Float32Array;
  readonly Ed: Float32Array;
  readonly W1: Float32Array;
  readonly b1: Float32Array;
  readonly W2: Float32Array;
  readonly b2: Float32Array;
  /** Per feature slot: its table (0 words, 1 tags, 2 labels, 3 distance) and the offset of its block of inputs. */
  readonly table = new Uint8Array(N_FEATS);
  readonly offset = new Int32Array(N_FEATS);

  constructor(readonly dims: MlpDims, readonly vocab: Map<number, number>, rand: () => number, glove?: (wordHash: number) => Float32Array | undefined, hashes?: Int32Array) {
    const { word, tag, label, dist, hidden: H } = dims;
    const V = vocab.size + 3;
    let o = 0;
    for (let s = 0; s < N_FEATS; s++) {
      const t = s < SLOTS ? 0 : s < 2 * SLOTS ? 1 : s < 2 * SLOTS + LABEL_SLOTS ? 2 : 3;
      this.table[s] = t;
      this.offset[s] = o;
      o += [word, tag, label, dist][t];
    }
    this.inputs = o;
    const uni = (n: number, r: number) => Float32Array.from({ length: n }, () => (2 * rand() - 1) * r);
    this.Ew = uni(V * word, 0.1);
    this.Et = uni(TAG_IDS * tag, 0.1);
    this.El = uni(LABEL_IDS * label, 0.1);
    this.Ed = uni(DIST_IDS * dist, 0.1);
    // words the pretrained vectors know start from them (vectors given already at `word` dimensions)
    if (glove && hashes) {
      for (let id = 3; id < V; id++) {
        const v = glove(hashes[id]);
        if (v) this.Ew.set(v, id * word);
      }
    }
    // He initialisation for the ReLU layer
    const he = Math.sqrt(6 / o);
    this.W1 = uni(o * H, he);
    this.b1 = new Float32Array(H).fill(0.01);
    this.W2 = uni(N_MOVES * H, Math.sqrt(6 / (H + N_MOVES)));
    this.b2 = new Float32Array(N_MOVES);
  }

  /** The embedding table of table id `t` and its width. */
  emb(t: number): { E: Float32Array; d: number } {
    const { word, tag, label, dist } = this.dims;
    return t === 0 ? { E: this.Ew, d: word } : t === 1 ? { E: this.Et, d: tag } : t === 2 ? { E: this.El, d: label } : { E: this.Ed, d: dist };
  }
}

function at(a: Int32Array, x: number): number {
  return x < 0 ? -1 : a[x];
}

/**
 * The feature ids of a configuration into `f` (N_FEATS): word ids (`wordId` maps a word hash), tag ids,
 * label ids of the children, the distance bucket.
 */
export function stateFeatures(st: State, W: Int32Array, T: Int32Array, wordId: (hash: number) => number, f: Int32Array, p = POS): void {
  const n = st.n;
  const s0 = st.stackAt(0), s1 = st.stackAt(1), b0 = st.bufferAt(0);
  const { l1, l2, r1, r2 } = st;
  const s0l1 = at(l1, s0), s0r1 = at(r1, s0), s1l1 = at(l1, s1), s1r1 = at(r1, s1);
  p[0] = s0; p[1] = s1; p[2] = st.stackAt(2); p[3] = b0; p[4] = st.bufferAt(1); p[5] = st.bufferAt(2);
  p[6] = s0l1; p[7] = at(l2, s0); p[8] = s0r1; p[9] = at(r2, s0);
  p[10] = s1l1; p[11] = at(l2, s1); p[12] = s1r1; p[13] = at(r2, s1);
  p[14] = at(l1, s0l1); p[15] = at(r1, s0r1); p[16] = at(l1, s1l1); p[17] = at(r1, s1r1);
  p[18] = at(l1, b0); p[19] = at(l2, b0);
  for (let i = 0; i < SLOTS; i++) {
    const x = p[i];
    if (x < 0) { f[i] = W_NONE; f[SLOTS + i] = 0; continue; }
    f[i] = x === n ? W_ROOT : wordId(W[x]);
    const t = T[x];
    f[SLOTS + i] = t > 0 && t < TAG_IDS - 1 ? t : TAG_IDS - 1;
  }
  const lab = st.lab;
  for (let i = 0; i < LABEL_SLOTS; i++) {
    const x = p[SLOTS - LABEL_SLOTS + i];
    const l = x < 0 ? 0 : lab[x];
    f[2 * SLOTS + i] = l < LABEL_IDS ? l : 0;
  }
  const d = s0 >= 0 && b0 >= 0 ? b0 - s0 : -1;
  f[2 * SLOTS + LABEL_SLOTS] = d < 0 ? 0 : 1 + (d <= 4 ? d : d < 10 ? 5 : 6);
}
const POS = new Int32Array(SLOTS);

/**
 * The run-time scorer: hidden = ReLU(b1 + Σ_slots pre[slot][id]), scores = W2·hidden + b2, the
 * per-(slot, id) first-layer products made on first use (of tags, labels, distances and the
 * `cachedWords` most frequent words) and kept; per sentence, the sum of each (word, slot)'s word, tag and
 * label products, so that a transition adds 21 vectors.
 */
export class MlpScorer implements StateScorer {
  private readonly f = new Int32Array(N_FEATS);
  private readonly p = new Int32Array(SLOTS);
  private readonly h: Float64Array;
  /** Per slot, the start of its rows in `pre`, and which rows are filled. */
  private readonly rowBase = new Int32Array(N_FEATS);
  private readonly pre: Float64Array;
  private readonly have: Uint8Array;
  /** The sentence's (word position or none × SLOTS + slot) sums, each valid when its stamp is the sentence's. */
  private local = new Float64Array(0);
  private stamp = new Int32Array(0);
  private sentence = 0;
  /** The parse the sums belong to (a new State each parse). */
  private lastState: State | null = null;
  private readonly wordOf: (hash: number) => number;
  /** Transitions scored (for the bench). */
  transitions = 0;

  constructor(readonly net: MlpNet, readonly cachedWords = 5000) {
    const H = net.dims.hidden;
    this.h = new Float64Array(H);
    let rows = 0;
    for (let s = 0; s < N_FEATS; s++) {
      this.rowBase[s] = rows;
      const t = net.table[s];
      rows += t === 0 ? cachedWords : t === 1 ? TAG_IDS : t === 2 ? LABEL_IDS : DIST_IDS;
    }
    this.pre = new Float64Array(rows * H);
    this.have = new Uint8Array(rows);
    const vocab = net.vocab;
    this.wordOf = (hash) => vocab.get(hash) ?? W_UNK;
  }

  score(st: State, W: Int32Array, T: Int32Array, scores: Float32Array): void {
    this.transitions++;
    const net = this.net;
    const H = net.dims.hidden;
    if (st !== this.lastState) this.newSentence(st);
    const f = this.f, h = this.h, p = this.p, local = this.local;
    stateFeatures(st, W, T, this.wordOf, f, p);
    h.set(net.b1);
    // a position's word, tag and (children) label are the same whenever the word is in that slot
    // (a word's label is set once, as it is attached): their sum is kept per (word, slot) for the sentence
    for (let s = 0; s < SLOTS; s++) {
      const x = p[s];
      const row = x < 0 ? st.n + 1 : x;
      const key = row * SLOTS + s;
      const o = key * H;
      if (this.stamp[key] !== this.sentence) {
        local.fill(0, o, o + H);
        if (f[s] >= this.cachedWords) this.addProduct(s, f[s], local, o);
        else this.addCached(s, f[s], local, o);
        this.addCached(SLOTS + s, f[SLOTS + s], local, o);
        const ls = s - (SLOTS - LABEL_SLOTS);
        if (ls >= 0) this.addCached(2 * SLOTS + ls, f[2 * SLOTS + ls], local, o);
        this.stamp[key] = this.sentence;
      }
      for (let j = 0; j < H; j++) h[j] += local[o + j];
    }
    this.addCached(N_FEATS - 1, f[N_FEATS - 1], h, 0);
    const W2 = net.W2;
    for (let m = 0; m < N_MOVES; m++) {
      let z = net.b2[m];
      const o = m * H;
      for (let j = 0; j < H; j++) { const x = h[j]; if (x > 0) z += x * W2[o + j]; }
      scores[m] = z;
    }
  }

  /** out[o, o + H) += the kept product of (slot, id), made on first use. */
  private addCached(s: number, id: number, out: Float64Array, o: number): void {
    const H = this.net.dims.hidden;
    const row = this.rowBase[s] + id;
    const r = row * H;
    const pre = this.pre;
    if (!this.have[row]) {
      this.addProduct(s, id, pre, r);
      this.have[row] = 1;
    }
    for (let j = 0; j < H; j++) out[o + j] += pre[r + j];
  }

  private newSentence(st: State): void {
    this.lastState = st;
    this.sentence++;
    const rows = (st.n + 2) * SLOTS;
    if (this.stamp.length < rows) {
      this.stamp = new Int32Array(2 * rows);
      this.local = new Float64Array(2 * rows * this.net.dims.hidden);
    }
  }

  /** out[o, o + H) += E[id] · W1[slot block]. */
  private addProduct(s: number, id: number, out: Float64Array, o: number): void {
    const net = this.net;
    const H = net.dims.hidden;
    const { E, d } = net.emb(net.table[s]);
    const W1 = net.W1;
    const base = net.offset[s];
    for (let k = 0; k < d; k++) {
      const x = E[id * d + k];
      const r = (base + k) * H;
      for (let j = 0; j < H; j++) out[o + j] += x * W1[r + j];
    }
  }
}
