// The event-type model's features (type-features.ts, read from the tree) and training (type-train.ts):
// a separable toy set is learnt and scored with the eval's type F1, deterministically.
import { describe, expect, it } from 'vitest';
import { Tree } from '../../../src/doc/tree.ts';
import { predicateFeatureNames } from '../../../src/stages/events/type-features.ts';
import { fitTypes, scoreTypes, TYPE_CLASSES, DEFAULT_TYPE_TRAIN, type TypeSentence } from '../../../src/stages/events/type-train.ts';
import { strHash } from '../../../src/stages/syntax/hash.ts';
import { buildDoc } from './helpers.ts';

const featsOf = (text: string, verb: string) => {
  const doc = buildDoc({ text, actors: [], tree: true });
  const tree = Tree.of(doc)!;
  const i = doc.layers.tokens!.findIndex((t) => t.text === verb);
  return predicateFeatureNames(tree, i);
};

describe('event-type features from the tree', () => {
  it('reads the object, the controlled complement and its object', () => {
    const f = featsOf('The council threatened to close the port.', 'threatened');
    expect(f).toEqual(expect.arrayContaining(['l=threaten', 'x=close', 'lx=threaten|close', 'xo=port']));
  });

  it('reads obliques, negation and the passive', () => {
    expect(featsOf('The mayor did not meet with the envoy.', 'meet')).toEqual(expect.arrayContaining(['l=meet', 'neg', 'ob=with|envoy']));
    expect(featsOf('The port was closed by the council.', 'closed')).toEqual(expect.arrayContaining(['pass', 'ob=by|council']));
  });
});

const ex = (f: string[], cls: string) => ({ feats: new Int32Array(f.map((x) => strHash(x) | 0 || 1)), gold: TYPE_CLASSES.indexOf(cls) });

describe('event-type training', () => {
  const sents: TypeSentence[] = [];
  for (let k = 0; k < 20; k++) {
    sents.push({ id: `a${k}`, half: 'A', want: new Set(['ACCUSE']), rules: new Set(), preds: [ex(['bias', 'l=blame'], 'ACCUSE'), ex(['bias', 'l=say'], 'NONE')] });
    sents.push({ id: `b${k}`, half: 'A', want: new Set(['AID']), rules: new Set(['AID']), preds: [ex(['bias', 'l=donate'], 'AID')] });
  }
  it('learns a separable set and codes only sentences the rules left empty', () => {
    const scorer = fitTypes(sents, DEFAULT_TYPE_TRAIN);
    expect(scoreTypes(sents, null)).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
    expect(scoreTypes(sents, { classes: TYPE_CLASSES, threshold: 0, scorer })).toEqual({ p: 1, r: 1, f1: 1 });
    // An impossible margin codes nothing.
    expect(scoreTypes(sents, { classes: TYPE_CLASSES, threshold: 1e9, scorer }).r).toBe(0.5);
  });

  it('is deterministic', () => {
    const a = fitTypes(sents, DEFAULT_TYPE_TRAIN);
    const b = fitTypes(sents, DEFAULT_TYPE_TRAIN);
    expect([...a.weights]).toEqual([...b.weights]);
    expect([...a.keys]).toEqual([...b.keys]);
  });
});
