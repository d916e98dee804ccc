// The neural transition scorer (mlp.ts, mlp-train.ts; docs/syntax.md, issue 14): the run-time scorer
// with its precomputed products scores as the plain network does, and training learns a few trees.
import { describe, expect, it } from 'vitest';
import { lexical } from '../../../src/stages/syntax/lexical.ts';
import { N_MOVES, Parser, parserInputs, type State } from '../../../src/stages/syntax/parser.ts';
import { MlpNet, MlpScorer, N_FEATS, W_UNK, stateFeatures } from '../../../src/stages/syntax/mlp.ts';
import { DEFAULT_MLP, MlpTrainer, buildVocab } from '../../../src/stages/syntax/mlp-train.ts';
import { UPOS_ID } from '../../../src/stages/syntax/tagger.ts';
import { rng } from '../../../src/stages/syntax/train.ts';

// our own sentences: words, UPOS tags, heads (1-based, 0 the root)
const TREES: [string, string, number[]][] = [
  ['The council approved the new budget on Monday .', 'DET NOUN VERB DET ADJ NOUN ADP PROPN PUNCT', [2, 3, 0, 6, 6, 3, 8, 3, 3]],
  ['Rebels attacked a convoy near the border .', 'NOUN VERB DET NOUN ADP DET NOUN PUNCT', [2, 0, 4, 2, 7, 7, 4, 2]],
  ['She said the talks had failed .', 'PRON VERB DET NOUN AUX VERB PUNCT', [2, 0, 4, 6, 6, 2, 2]],
  ['Prices rose sharply in March .', 'NOUN VERB ADV ADP PROPN PUNCT', [2, 0, 2, 5, 2, 2]],
];

const data = TREES.map(([text, tags, heads]) => {
  const forms = text.split(' ');
  const n = forms.length;
  const lx = lexical(forms);
  const { W, T } = parserInputs(lx, Uint8Array.from(tags.split(' ').map((t) => UPOS_ID.get(t)!)));
  return { n, W, T, gold: Int32Array.from(heads.map((h) => (h === 0 ? n : h - 1))) };
});

const dims = { word: 8, tag: 4, label: 4, dist: 3, hidden: 16 };

describe('neural transition scorer', () => {
  it('scores as the plain network does, with the precomputed products', () => {
    const { vocab, hashes } = buildVocab(data.map((d) => d.W), data.map((d) => d.n));
    const net = new MlpNet(dims, vocab, rng(5), undefined, hashes);
    const scorer = new MlpScorer(net, 4); // few cached words: the others go through the per-sentence products
    const f = new Int32Array(N_FEATS);
    const fast = new Float32Array(N_MOVES);
    let states = 0;
    for (const d of data) {
      new Parser().walk(d.W, d.T, d.n, undefined, (st: State, valid: number) => {
        scorer.score(st, d.W, d.T, fast);
        // the plain forward pass: gather the embeddings, multiply, ReLU, output layer
        stateFeatures(st, d.W, d.T, (h) => vocab.get(h) ?? W_UNK, f);
        const x: number[] = [];
        for (let s = 0; s < N_FEATS; s++) {
          const { E, d: w } = net.emb(net.table[s]);
          for (let k = 0; k < w; k++) x.push(E[f[s] * w + k]);
        }
        const H = dims.hidden;
        const h = Array.from(net.b1);
        x.forEach((xi, i) => { for (let j = 0; j < H; j++) h[j] += xi * net.W1[i * H + j]; });
        for (let m = 0; m < N_MOVES; m++) {
          let z = net.b2[m];
          for (let j = 0; j < H; j++) z += Math.max(0, h[j]) * net.W2[m * H + j];
          expect(fast[m]).toBeCloseTo(z, 4);
        }
        states++;
        // the oracle's moves, so that the states are varied (children, labels none)
        return valid & 1 ? 0 : valid & 4 ? 2 : 1;
      });
    }
    expect(states).toBe(2 * data.reduce((a, d) => a + d.n, 0));
  });

  it('learns the trees it is trained on', () => {
    const { vocab, hashes, counts } = buildVocab(data.map((d) => d.W), data.map((d) => d.n));
    const r = rng(11);
    const net = new MlpNet(dims, vocab, r, undefined, hashes);
    const trainer = new MlpTrainer(net, { ...DEFAULT_MLP, dims, lr: 0.01, dropout: 0, wordDropout: 0, batch: 4 }, counts, r);
    const parser = new Parser();
    const right = () => {
      const p = new Parser();
      p.stateScorer = new MlpScorer(net);
      let ok = 0;
      for (const d of data) p.parse(d.W, d.T, d.n).forEach((h, i) => { if (h === d.gold[i]) ok++; });
      return ok;
    };
    const before = right();
    for (let e = 0; e < 60; e++) for (const d of data) trainer.sentence(parser, d.W, d.T, d.n, undefined, d.gold, e > 5);
    trainer.update();
    const words = data.reduce((a, d) => a + d.n, 0);
    expect(right()).toBe(words);
    expect(before).toBeLessThan(words);
  });
});
