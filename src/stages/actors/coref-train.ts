// Training of the pronoun-antecedent ranker (coref-ranker.ts; issue 15): an averaged perceptron over
// candidate sets. Each example is one pronoun's candidate actors with their features and whether each is
// right (its nearest mention overlaps a gold mention of the pronoun's entity); an example with no right
// candidate teaches nothing and is left out by the caller. Per epoch the examples are visited in an
// order shuffled by a seeded generator (the syntax trainer's), so the weights are the same on every run.
import { rng, shuffle } from '../syntax/train.ts';

export interface RankExample {
  candidates: { features: readonly string[]; gold: boolean }[];
}

export interface RankTrainSettings {
  epochs: number;
  seed: number;
}

export const DEFAULT_COREF_TRAIN: RankTrainSettings = { epochs: 3, seed: 20261207 };

/** The index of the best candidate by `w` (the first of a tie), among those `allow` admits. */
function argmax(feats: readonly Int32Array[], w: Float64Array, allow: (k: number) => boolean = () => true): number {
  let best = -1;
  let top = -Infinity;
  for (let k = 0; k < feats.length; k++) {
    if (!allow(k)) continue;
    let s = 0;
    for (const f of feats[k]) s += w[f];
    if (s > top) {
      top = s;
      best = k;
    }
  }
  return best;
}

/** Train the ranker: averaged weights by feature name (zeros left out, names sorted), rounded to 1e-4. */
export function trainRanker(examples: readonly RankExample[], settings: RankTrainSettings = DEFAULT_COREF_TRAIN): Record<string, number> {
  const index = new Map<string, number>();
  const id = (f: string) => {
    let k = index.get(f);
    if (k === undefined) index.set(f, (k = index.size));
    return k;
  };
  const data = examples.map((e) => ({ feats: e.candidates.map((c) => Int32Array.from(c.features, id)), gold: Uint8Array.from(e.candidates, (c) => (c.gold ? 1 : 0)) }));
  const w = new Float64Array(index.size);
  // (averaging by the timestamp trick: avg = w - u / c)
  const u = new Float64Array(index.size);
  let c = 1;
  const next = rng(settings.seed);
  // (each epoch shuffles the order the one before left)
  let order = data.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    order = shuffle(order, next);
    for (const i of order) {
      const { feats, gold } = data[i];
      const pred = argmax(feats, w);
      if (pred >= 0 && !gold[pred]) {
        const g = argmax(feats, w, (k) => gold[k] === 1);
        for (const f of feats[g]) {
          w[f] += 1;
          u[f] += c;
        }
        for (const f of feats[pred]) {
          w[f] -= 1;
          u[f] -= c;
        }
      }
      c++;
    }
  }
  const out: Record<string, number> = {};
  for (const [name, k] of [...index].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const v = Math.round((w[k] - u[k] / c) * 1e4) / 1e4;
    if (v !== 0) out[name] = v;
  }
  return out;
}
