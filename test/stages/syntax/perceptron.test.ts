// The averaged perceptron learns a small separable problem, and its shipped (int16) form ranks the
// classes as the float weights do.
import { describe, expect, it } from 'vitest';
import { Perceptron } from '../../../src/stages/syntax/perceptron.ts';
import { key1 } from '../../../src/stages/syntax/hash.ts';
import { FrozenPerceptron } from '../../../src/stages/syntax/frozen.ts';

/** argmax with ties to the last class, so no class is right by default. */
function argmax(scores: Float32Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] >= scores[best]) best = c;
  return best;
}

describe('Perceptron', () => {
  const data: [number[], number][] = [];
  for (let i = 0; i < 200; i++) {
    const cls = i % 3;
    data.push([[key1(1, cls * 10 + (i % 5)), key1(2, i % 7), key1(3, cls)], cls]);
  }

  it('learns to separate classes marked by their features', () => {
    const p = new Perceptron(3, 8);
    const scores = new Float32Array(3);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [feats, gold] of data) {
        const f = Int32Array.from(feats);
        p.score(f, f.length, scores);
        const guess = argmax(scores);
        p.update(gold, guess, f, f.length);
      }
    }
    const frozen = p.finish();
    let right = 0;
    for (const [feats, gold] of data) {
      const f = Int32Array.from(feats);
      frozen.score(f, f.length, scores);
      if (argmax(scores) === gold) right++;
    }
    expect(right).toBe(data.length);
    expect(frozen.featureCount).toBeGreaterThan(0);
  });

  it('scores only the listed classes with scoreSome', () => {
    const p = new Perceptron(3, 4);
    const f = Int32Array.from([key1(9, 1)]);
    p.update(2, 0, f, 1);
    p.tick();
    const frozen = p.finish();
    const scores = new Float32Array([7, 7, 7]);
    frozen.scoreSome(f, 1, [0, 2], scores);
    expect(scores[1]).toBe(7);
    expect(scores[2]).toBeGreaterThan(0);
    expect(scores[0]).toBeLessThan(0);
  });
});

describe('shared model bytes', () => {
  it('a model built over a SharedArrayBuffer copy of the file parses as the file-loaded one does', async () => {
    const { bundledModel, sharedModelBytes, modelFromBytes } = await import('../../../src/stages/syntax/model.ts');
    const shared = modelFromBytes(new Uint8Array(sharedModelBytes()));
    const forms = ['Police', 'arrested', 'two', 'men', 'in', 'Oslo', '.'];
    expect(shared.parse(forms)).toEqual(bundledModel().parse(forms));
    expect(sharedModelBytes()).toBe(sharedModelBytes());
  });
});

describe('FrozenPerceptron table layouts', () => {
  // every layout (weights packed beside the key for 3 classes, rows inside the slot for more; int8 and
  // int16) scores as a plain sum over the rows of the keys found
  const cases: [number, 'i8' | 'i16'][] = [[3, 'i8'], [3, 'i16'], [13, 'i8'], [17, 'i8'], [17, 'i16'], [51, 'i8'], [51, 'i16']];
  for (const [C, type] of cases) {
    it(`${C} classes, ${type}`, () => {
      const K = 3000;
      const keys = Int32Array.from({ length: K }, (_, i) => key1(7, i));
      const weights = type === 'i8' ? new Int8Array(K * C) : new Int16Array(K * C);
      for (let i = 0; i < weights.length; i++) weights[i] = ((i * 7919) % 255) - 127;
      const model = new FrozenPerceptron(C, keys, weights, 1);
      const feats = Int32Array.from({ length: 50 }, (_, i) => (i % 3 ? keys[(i * 37) % K] : key1(8, i)));
      const expected = new Float32Array(C);
      for (const f of feats) {
        const r = keys.indexOf(f);
        if (r >= 0) for (let c = 0; c < C; c++) expected[c] += weights[r * C + c];
      }
      const scores = new Float32Array(C);
      model.score(feats, feats.length, scores);
      expect([...scores]).toEqual([...expected]);
      const some = [0, 2, C - 1];
      const part = new Float32Array(C);
      model.scoreSome(feats, feats.length, some, part);
      expect(some.map((c) => part[c])).toEqual(some.map((c) => expected[c]));
      // accumulateSome adds to the listed classes' scores and leaves the others as they were
      const listed = [...new Set(some)];
      const added = new Float32Array(C).fill(5);
      model.accumulateSome(feats, feats.length, listed, added);
      expect(listed.map((c) => added[c])).toEqual(listed.map((c) => expected[c] + 5));
      expect(added[1]).toBe(5);
      // accumulate adds every class's sum to the scores there (the sums are made in integers)
      const onto = Float32Array.from({ length: C }, (_, c) => c - 3);
      model.accumulate(feats, feats.length, onto);
      expect([...onto]).toEqual([...expected].map((x, c) => x + c - 3));
      expect(model.find(keys[10])).toBe(10);
      expect(model.find(key1(8, 0))).toBe(-1);
    });
  }
});
