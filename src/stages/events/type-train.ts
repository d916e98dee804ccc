// Training the event-type model (type-model.ts) from half A of the PLV dev data (eval/plv.ts, halves by
// sentence id as the eval splits them): every verb of a sentence is an example, labelled with the gold
// root of the pair whose source it governs (the governor of the source phrase's head in the tree), else
// NONE. An averaged perceptron (the syntax stage's) with a fixed seed, so the command is deterministic.
// The margin threshold is chosen by two-fold cross-validation inside half A, scoring type F1 the way the
// eval does with the model coding only sentences the templates left empty; half B is only scored.
import type { Doc, Event } from '../../doc/types.ts';
import { Tree } from '../../doc/tree.ts';
import { tokenContaining } from '../../doc/doc.ts';
import { halves } from '../../eval/halves.ts';
import { plvType, type PlvPair } from '../../eval/plv.ts';
import { Perceptron } from '../syntax/perceptron.ts';
import type { FrozenPerceptron } from '../syntax/frozen.ts';
import { rng, shuffle } from '../syntax/train.ts';
import { isTypePredicate, predicateFeatures } from './type-features.ts';
import { guessType, NONE, type TypeModel } from './type-model.ts';

export const TYPE_CLASSES = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'SANCTION', 'SUPPORT', 'THREATEN', 'YIELD', NONE];

/**
 * `thresholds`: the margins cross-validation chooses from. `minThreshold`: the lowest the shipped model
 * uses. Every PLV sentence holds an event, most sentences of a whole article none: the margin chosen on
 * PLV alone (1) cost events-news half A 2 points of precision, 3 keeps it (measured 2026-12-03).
 */
export const DEFAULT_TYPE_TRAIN = { epochs: 10, seed: 20261203, thresholds: [0, 0.5, 1, 1.5, 2, 3], minThreshold: 3 };
export type TypeTrainSettings = typeof DEFAULT_TYPE_TRAIN;

/** One PLV sentence as training and scoring need it. */
export interface TypeSentence {
  id: string;
  half: 'A' | 'B';
  want: Set<string>;
  /** The PLV types the templates alone code in it (asserted or reported). */
  rules: Set<string>;
  preds: { feats: Int32Array; gold: number }[];
}

const COUNTED = new Set(['asserted', 'reported']);

/**
 * The sentences of the PLV pairs, parsed: `run` gives a sentence's document with every layer the events
 * stage reads, `rulesOnly` the templates' events on it (no model).
 */
export function typeSentences(pairs: PlvPair[], run: (text: string) => Doc, rulesOnly: (doc: Doc) => Event[]): TypeSentence[] {
  const bySentence = new Map<string, PlvPair[]>();
  for (const p of pairs) bySentence.set(p.sentenceId, [...(bySentence.get(p.sentenceId) ?? []), p]);
  const half = halves([...bySentence.keys()]);
  const out: TypeSentence[] = [];
  for (const [id, group] of bySentence) {
    const doc = run(group[0].sentence);
    const tree = Tree.of(doc);
    if (!tree) throw new Error('the event-type model needs the syntax stage (models/syntax-en.bin)');
    const gold = new Map<number, string>();
    for (const p of group) {
      const s = p.source[0];
      if (!s) continue;
      const a = tokenContaining(doc.layers.tokens ?? [], s.start);
      const b = tokenContaining(doc.layers.tokens ?? [], s.end - 1);
      if (a >= 0 && b >= a) gold.set(tree.governor(tree.spanHead(a, b + 1)), p.root);
    }
    const preds: TypeSentence['preds'] = [];
    for (let i = 0; i < tree.size; i++) {
      if (!isTypePredicate(tree, i) || tree.rel(i) === 'amod') continue;
      preds.push({ feats: predicateFeatures(tree, i), gold: TYPE_CLASSES.indexOf(gold.get(i) ?? NONE) });
    }
    const rules = new Set(rulesOnly(doc).filter((e) => COUNTED.has(e.mode)).map((e) => plvType(e.type)));
    out.push({ id, half: half.get(id)!, want: new Set(group.map((p) => p.root)), rules, preds });
  }
  return out;
}

/** An averaged perceptron over the sentences' verbs. */
export function fitTypes(sents: TypeSentence[], s: TypeTrainSettings): FrozenPerceptron {
  const C = TYPE_CLASSES.length;
  const model = new Perceptron(C, 14);
  const examples = sents.flatMap((x) => x.preds);
  const rand = rng(s.seed);
  const scores = new Float32Array(C);
  for (let e = 0; e < s.epochs; e++) {
    for (const x of shuffle(examples, rand)) {
      model.score(x.feats, x.feats.length, scores);
      let guess = 0;
      for (let c = 1; c < C; c++) if (scores[c] > scores[guess]) guess = c;
      model.update(x.gold, guess, x.feats, x.feats.length);
    }
  }
  return model.finish(1, 1e-4);
}

/** Type P/R/F1 (the eval's definition) when the model codes the sentences the templates left empty. */
export function scoreTypes(sents: TypeSentence[], model: TypeModel | null): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const x of sents) {
    let got = x.rules;
    if (model && !got.size) {
      let best: { type: string; margin: number } | null = null;
      for (const p of x.preds) {
        const g = guessType(model.scorer, model.classes, p.feats, model.scorer.scale);
        if (g.margin > model.threshold && (!best || g.margin > best.margin)) best = g;
      }
      if (best) got = new Set([best.type]);
    }
    for (const t of got) x.want.has(t) ? tp++ : fp++;
    for (const t of x.want) if (!got.has(t)) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number) => Math.round(1000 * x) / 10;

/** Train on half A: the threshold by two-fold cross-validation inside A, then the model on all of A. */
export function trainTypes(sents: TypeSentence[], s: TypeTrainSettings = DEFAULT_TYPE_TRAIN) {
  const a = sents.filter((x) => x.half === 'A');
  const b = sents.filter((x) => x.half === 'B');
  const folds = [a.filter((_, k) => k % 2 === 0), a.filter((_, k) => k % 2 === 1)];
  const foldModels = folds.map((f) => fitTypes(f, s));
  const cv = s.thresholds.map((threshold) => {
    const f1 = folds.map((held, k) => scoreTypes(held, { classes: TYPE_CLASSES, threshold, scorer: foldModels[1 - k] }).f1);
    return { threshold, f1: (f1[0] + f1[1]) / 2 };
  });
  // The best mean F1; on a tie, the higher threshold (fewer events coded by the model).
  const pick = cv.reduce((x, y) => (y.f1 >= x.f1 ? y : x));
  const model: TypeModel = { classes: TYPE_CLASSES, threshold: Math.max(pick.threshold, s.minThreshold), scorer: fitTypes(a, s) };
  const cvBy = (m: TypeModel | null) => {
    const f = folds.map((held, k) => scoreTypes(held, m && Object.assign({}, m, { scorer: foldModels[1 - k] })).f1);
    return pct((f[0] + f[1]) / 2);
  };
  const figures = {
    examples: a.reduce((n, x) => n + x.preds.length, 0),
    sentences: { A: a.length, B: b.length },
    crossValidatedChoice: pick.threshold,
    crossValidatedThresholds: cv.map((x) => ({ threshold: x.threshold, typeF1: pct(x.f1) })),
    typeF1: {
      note: 'the eval\'s type F1 with the model coding only sentences the templates left empty, parties not required (eventline eval --set plv gives the pipeline\'s own figures)',
      rulesAlone: { A: pct(scoreTypes(a, null).f1), B: pct(scoreTypes(b, null).f1) },
      withModel: { A_crossValidated: cvBy(model), B_heldOut: pct(scoreTypes(b, model).f1) },
    },
  };
  return { model, figures };
}
