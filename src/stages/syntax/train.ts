// Training the syntax model from UD treebanks, deterministically (fixed seed): a tagger (with 4-fold
// jackknifed tags so the parser trains on tags as noisy as it will see), an arc-hybrid parser with a
// dynamic oracle, and an arc labeler; dev scores after every epoch; rare and near-zero rows pruned.
import { readConllu, type ConlluSentence } from './conllu.ts';
import { Tagger, UPOS_ID, buildTagClasses, buildTagdict } from './tagger.ts';
import { Parser, altInputs, parserInputs } from './parser.ts';
import { CompositeTags, FineTagger, buildFineTagSet, fineInputs, type FineTagSet } from './fine.ts';
import { Labeler, buildCandidates } from './labeler.ts';
import { ArcLabeler } from './arc-labeler.ts';
import { lexical, type Lexical } from './lexical.ts';
import { winkHints } from './hints.ts';
import { SyntaxModel } from './model.ts';
import { WordClusters } from './clusters.ts';
import { scoreUd, type UdScores } from './ud-score.ts';
import { clauseVerbsOf } from './repair.ts';
import { FrozenPerceptron, type Scorer } from './frozen.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Perceptron } from './perceptron.ts';

export interface TrainOptions {
  train: string[];
  dev: string[];
  taggerEpochs: number;
  parserEpochs: number;
  labelerEpochs: number;
  folds: number;
  /**
   * The parser trains on jackknifed tags of the second pass too (each fold's second pass trained on the
   * other folds, reading the fold's first-pass tags), as it reads at run time; absent or false: the
   * first pass's jackknifed tags (the shipped model; docs/syntax.md).
   */
  jackknifeRetag?: boolean;
  /**
   * The parser also reads the tagger's runner-up tag where the tagger was unsure (tagger.ts
   * tagAlternative), jackknifed as the tags are; absent or false: not (the shipped model). No tagger cache.
   */
  tagAlternatives?: boolean;
  /**
   * The parser and the arc labeler also read fine (Penn, XPOS) tags, predicted from the UPOS tags by a
   * second small perceptron (fine.ts) and jackknifed as the UPOS tags are, in templates of their own
   * (parser.ts readsFine); absent or false: not (the shipped model; docs/syntax.md).
   */
  fineTags?: boolean;
  /**
   * With `fineTags`, the fine tags come from the second UPOS pass instead of a third tagger: its classes
   * are (UPOS, fine tag) pairs (fine.ts CompositeTags), the UPOS tag read off the class. The parser still
   * trains on the fine tagger's jackknifed tags (trainFine); no tagger cache of the second pass.
   */
  fineInRetagger?: boolean;
  seed: number;
  /** Rows seen in fewer updates are pruned from the shipped model. */
  minCount: number;
  /** Rows whose largest weight is under this share of the model's largest are pruned too (speed, size). */
  prune: number;
  /** The same for the parser, whose accuracy pruning costs most (EWT dev UAS: 84.2 unpruned, 83.9 at 0.03, 84.3 at 0.02). */
  parserPrune: number;
  /**
   * int8 weights instead of int16: the same figures to 0.1 point at half the memory. Off for the
   * shipped model, whose parses the stages' rules and tests were written against (see docs/syntax.md).
   */
  int8: boolean;
  /** The taggers read wink-nlp's tags as features (hints.ts); off reproduces the models trained before. */
  hints: boolean;
  /** Word clusters file (models/word-clusters.tsv) the tagger, parser and labeler read; null: none (the models trained before). */
  clusters: string | null;
  /** The parser labels each arc as it makes it and reads those labels (arc-labeler.ts); off: the models trained before. */
  arcLabels: boolean;
  /** Parser template ids left out (parser.ts; from a template ablation, docs/syntax.md); empty: all. */
  parserDrop: number[];
  /**
   * Beam width of the parser, trained globally (parser.ts, beamParse); absent or 1: the greedy parser
   * trained with the dynamic oracle (the shipped model). Left out of DEFAULT_TRAIN so that the shipped
   * model's manifest, which records the defaults, stays as it was.
   */
  beam?: number;
  /**
   * A seed for the parser's (and labeler's) shuffles alone, the taggers keeping `seed` (and a tagger
   * cache): how far the dev figures move by the order of the training sentences; absent: `seed`'s sequence.
   */
  parserSeed?: number;
  /** The arc labeler's feature set (arc-labeler.ts; absent or 1: the shipped model's). */
  arcLabelFeatures?: number;
  /** Arc labeler template ids left out (arc-labeler.ts; `--label-drop`); absent: none. */
  labelDrop?: number[];
  /** The pruning share of the arc labeler (absent: `prune`'s). */
  arcPrune?: number;
  /** The pruning share of the two taggers (absent: `prune`'s). */
  taggerPrune?: number;
  /**
   * Label candidates under this share of their (dependent tag, head tag, direction)'s training arcs are
   * not scored at run time (labeler.ts); absent or 0: all. Like the options below, it leaves the weights
   * as they are; DEFAULT_TRAIN sets them all to the shipped model's values since 2026-12-06 (docs/syntax.md).
   */
  labelMinShare?: number;
  /** The tag dictionary: words seen this often with one tag at least `tagdictShare` of the time are tagged without scoring (tagger.ts; absent: 20 and 0.995). */
  tagdictMinCount?: number;
  tagdictShare?: number;
  /** Tag classes: for a word seen this often, only the tags it takes at least `tagClassShare` of the time are scored (tagger.ts); absent or 0: none. */
  tagClassMinCount?: number;
  tagClassShare?: number;
  /** The dictionary and classes are counted without the capitalised words inside a sentence, which they are never applied to (a model with classes); absent: every word is counted. */
  tagCountsSkipNames?: boolean;
  /** Words of an open class (tagger.ts OPEN) enter the dictionary and classes only when seen this often; absent or 0: as any word. */
  tagOpenMinCount?: number;
  /** The shipped parser's beamMargin (parser.ts; decoding only, in its int8 weight units); absent: none. */
  beamMargin?: number;
  log: (line: string) => void;
  progress?: (label: string, done: number, total: number) => void;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'train' | 'dev' | 'log'> = {
  taggerEpochs: 8,
  parserEpochs: 10,
  labelerEpochs: 5,
  folds: 4,
  seed: 20261203,
  minCount: 2,
  prune: 0.03,
  parserPrune: 0.01,
  int8: true,
  hints: true,
  clusters: null,
  arcLabels: true,
  // The template ablation of 2026-12-03 (docs/syntax.md): leaving these out raised dev UAS/LAS.
  parserDrop: [4, 12, 13, 15, 28, 29, 31, 41, 50, 53, 55, 58, 63, 67, 77, 79, 82, 83, 94, 95, 109, 112],
  // Fewer labels and tags scored at run time, the weights unchanged (2026-12-06, docs/syntax.md): the same
  // EWT/GUM accuracy, about a tenth less tagger and parser time. The model shipped before them had
  // labelMinShare 0, tagdict 20 / 0.995, no tag classes, every word counted, tagOpenMinCount 0.
  labelMinShare: 0.001,
  tagdictMinCount: 3,
  tagdictShare: 0.99,
  tagClassMinCount: 3,
  tagClassShare: 0.01,
  tagCountsSkipNames: true,
  tagOpenMinCount: 20,
};

/**
 * The jackknifed tags and the two taggers of a training run, kept in the folder `EVENTLINE_TAGGER_CACHE`
 * names (none: no cache), for parser experiments: the taggers do not depend on the parser's settings, and
 * training them is most of a run. Keyed by the tagger settings and the training files' sizes and times;
 * the random sequence is advanced as training would, so the model is the same as without the cache.
 */
function taggerCache(o: TrainOptions): { read(): { tags: Uint8Array; tagger: FrozenPerceptron; retagger: FrozenPerceptron | null } | null; write(tags: Uint8Array[], tagger: FrozenPerceptron, retagger: FrozenPerceptron | null): void } | null {
  const dir = process.env.EVENTLINE_TAGGER_CACHE;
  if (!dir || o.tagAlternatives) return null; // the cache keeps no runner-up tags
  const files = o.train.map((p) => { const s = statSync(p); return [p, s.size, s.mtimeMs]; });
  const key = createHash('sha256').update(JSON.stringify([files, o.taggerEpochs, o.folds, o.seed, o.minCount, o.hints, o.clusters])).digest('hex').slice(0, 16);
  const path = join(dir, `taggers-${key}.bin`);
  const pack = (p: FrozenPerceptron) => ({ c: p.nClasses, k: p.keys, w: p.weights, s: p.scale });
  const unpack = (x: { c: number; k: Int32Array; w: Int16Array | Int8Array; s: number }) => new FrozenPerceptron(x.c, x.k, x.w, x.s);
  return {
    read() {
      if (!existsSync(path)) return null;
      const x = deserialize(readFileSync(path));
      o.log(`taggers and jackknifed tags from ${path}`);
      return { tags: x.tags, tagger: unpack(x.tagger), retagger: x.retagger ? unpack(x.retagger) : null };
    },
    write(tags, tagger, retagger) {
      mkdirSync(dir, { recursive: true });
      const all = new Uint8Array(tags.reduce((a, t) => a + t.length, 0));
      let at = 0;
      for (const t of tags) { all.set(t, at); at += t.length; }
      writeFileSync(path, serialize({ tags: all, tagger: pack(tagger), retagger: retagger ? pack(retagger) : null }));
    },
  };
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

interface Item {
  s: ConlluSentence;
  lx: Lexical;
  gold: Uint8Array;
  heads: Int32Array;
  labels: Int32Array;
  tags: Uint8Array;
  /** The jackknifed runner-up tags (tagAlternatives). */
  alt: Uint8Array;
}

/**
 * The jackknife's folds: sentence i is held out of fold i mod k (deterministic, no shuffle), so each
 * sentence is in exactly one held part and the k rests together hold it k - 1 times.
 */
export function foldSplit<T>(items: readonly T[], k: number): { held: T[]; rest: T[] }[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`jackknife folds: ${k}, need a whole number of at least 2`);
  return Array.from({ length: k }, (_, f) => ({
    held: items.filter((_, i) => i % k === f),
    rest: items.filter((_, i) => i % k !== f),
  }));
}

/**
 * The second pass jackknifed: for each fold a second-pass tagger trained on the other folds (reading
 * their jackknifed first-pass tags) tags the held sentences from their first-pass tags, which came from
 * the fold's own first-pass tagger. Its shuffles have their own seed, so the taggers and the parser's
 * order are those of a run without it: only the tags the parser reads differ.
 */
function retagFolds(items: Item[], split: { held: Item[]; rest: Item[] }[], o: TrainOptions, train: (set: Item[], label: string, right: Map<Item, Uint8Array>, r: () => number) => FrozenPerceptron): void {
  const r = rng(o.seed + 1);
  const first = new Map(items.map((it) => [it, it.tags]));
  const second = new Map<Item, Uint8Array>();
  split.forEach(({ held, rest }, f) => {
    const retagger = new Tagger(train(rest, `retagger fold ${f + 1}/${split.length}`, first, r));
    for (const it of held) second.set(it, retagger.tag(it.lx, undefined, first.get(it), it.alt));
  });
  let right = 0, all = 0;
  for (const it of items) {
    it.tags = second.get(it)!;
    it.tags.forEach((t, i) => { all++; if (t === it.gold[i]) right++; });
  }
  o.log(`jackknifed second-pass tag accuracy on train: ${(100 * right / all).toFixed(2)}`);
}

/** Epochs of the fine tagger (fine.ts). */
const FINE_EPOCHS = 5;

/**
 * The fine tagger (fine.ts) on the training trees' XPOS column, reading the parser's training UPOS tags
 * (jackknifed): each fold's tagger tags the sentences held out of it, so the parser trains on fine tags as
 * noisy as it meets; then one on everything, for run time. Its shuffles have their own seed (seed + 2):
 * the taggers and the parser's order are those of a run without it.
 */
function trainFine(items: Item[], held: Set<Item>[], set: FineTagSet, gold: Uint8Array[], o: TrainOptions): { tagger: FineTagger | null; inputs: Int32Array[] } {
  const r = rng(o.seed + 2);
  const train = (idx: number[], label: string): FineTagger => {
    const t = new FineTagger(set);
    for (let e = 0; e < FINE_EPOCHS; e++) {
      shuffle(idx, r).forEach((i, j) => {
        t.tag(items[i].lx, items[i].tags, gold[i]);
        if (j % 2000 === 0) o.progress?.(`${label} epoch ${e + 1}/${FINE_EPOCHS}`, j, idx.length);
      });
    }
    return new FineTagger(set, (t.model as Perceptron).finish(o.minCount));
  };
  const out: Uint8Array[] = new Array(items.length);
  held.forEach((h, f) => {
    const t = train(items.map((it, i) => (h.has(it) ? -1 : i)).filter((i) => i >= 0), `fine tagger fold ${f + 1}/${held.length}`);
    items.forEach((it, i) => { if (h.has(it)) out[i] = t.tag(it.lx, it.tags); });
  });
  let right = 0, all = 0;
  out.forEach((xs, i) => xs.forEach((x, j) => { all++; if (x === gold[i][j]) right++; }));
  o.log(`fine tags: ${set.xpos.length}; jackknifed fine-tag accuracy on train: ${(100 * right / all).toFixed(2)}`);
  // (no fine tagger of its own at run time when the second pass gives the fine tags)
  return { tagger: o.fineInRetagger ? null : train(items.map((_, i) => i), 'fine tagger'), inputs: out.map(fineInputs) };
}

/** The fine tag set of the training trees (their XPOS column) and each training word's fine tag id. */
function fineGold(items: Item[]): { set: FineTagSet; gold: Uint8Array[] } {
  const xpos = items.map((it) => it.s.words.map((w) => w.cols[4]));
  const set = buildFineTagSet(items.map((it) => it.gold), xpos);
  const id = new Map(set.xpos.map((x, i) => [x, i]));
  return { set, gold: xpos.map((xs) => Uint8Array.from(xs.map((x) => id.get(x)!))) };
}

export function trainSyntax(o: TrainOptions): { model: SyntaxModel; dev: UdScores } {
  const trainSents = o.train.flatMap((p) => readConllu(p)).filter((s) => s.words.length > 0 && s.words.every((w) => w.head >= 0));
  const devSents = o.dev.flatMap((p) => readConllu(p));
  const labelSet = [...new Set(trainSents.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const labelId = new Map(labelSet.map((l, i) => [l, i]));
  o.log(`training on ${trainSents.length} sentences (${trainSents.reduce((a, s) => a + s.words.length, 0)} words), ${labelSet.length} relations; dev ${devSents.length} sentences`);
  const clusters = o.clusters ? WordClusters.fromTsv(o.clusters) : null;
  if (clusters) o.log(`word clusters: ${clusters.size} words from ${o.clusters}`);
  const items: Item[] = trainSents.map((s) => {
    const n = s.words.length;
    const forms = s.words.map((w) => w.form);
    return {
      s,
      lx: lexical(forms, o.hints ? winkHints(forms) : undefined, clusters),
      gold: Uint8Array.from(s.words.map((w) => UPOS_ID.get(w.upos) ?? UPOS_ID.get('X')!)),
      heads: Int32Array.from(s.words.map((w) => (w.head === 0 ? n : w.head - 1))),
      labels: Int32Array.from(s.words.map((w) => labelId.get(w.deprel)!)),
      tags: new Uint8Array(n),
      alt: new Uint8Array(n),
    };
  });
  const rand = rng(o.seed);

  if (o.fineInRetagger && !o.fineTags) throw new Error('fineInRetagger: give fineTags too');
  if (o.fineInRetagger && (o.tagAlternatives || o.jackknifeRetag)) throw new Error('fineInRetagger: not with tagAlternatives or jackknifeRetag');
  const fineData = o.fineTags ? fineGold(items) : null;
  // the combined classes of the second pass and each training word's class
  const composite = o.fineInRetagger ? new CompositeTags(fineData!.set) : null;
  const compositeGold = composite ? new Map(items.map((it, s) => [it, Uint8Array.from(it.gold, (u, i) => composite.classOf(u, fineData!.gold[s][i]))])) : null;
  const trainTaggerWith = (set: Item[], label: string, right: Map<Item, Uint8Array> | undefined, r: () => number, comp: CompositeTags | null = null): FrozenPerceptron => {
    const t = new Tagger(undefined, undefined, undefined, comp);
    for (let e = 0; e < o.taggerEpochs; e++) {
      const order = shuffle(set, r);
      order.forEach((it, i) => {
        t.tag(it.lx, comp ? compositeGold!.get(it) : it.gold, right?.get(it));
        if (i % 500 === 0) o.progress?.(`${label} epoch ${e + 1}/${o.taggerEpochs}`, i, order.length);
      });
    }
    return (t.model as Perceptron).finish(o.minCount);
  };
  const trainTagger = (set: Item[], label: string, right?: Map<Item, Uint8Array>) => trainTaggerWith(set, label, right, rand);

  // 1. jackknifed tags for the parser's training data
  const cache = taggerCache(o);
  const cached = cache?.read();
  const split = foldSplit(items, o.folds);
  for (let f = 0; f < o.folds; f++) {
    const { held, rest } = split[f];
    if (cached) {
      for (let e = 0; e < o.taggerEpochs; e++) shuffle(rest, rand); // the same random sequence as training
      continue;
    }
    const tagger = new Tagger(trainTagger(rest, `tagger fold ${f + 1}/${o.folds}`));
    for (const it of held) it.tags = tagger.tag(it.lx, undefined, undefined, it.alt);
  }
  if (cached) {
    let at = 0;
    for (const it of items) { it.tags = cached.tags.slice(at, at + it.tags.length); at += it.tags.length; }
  }
  let right = 0, all = 0;
  for (const it of items) it.tags.forEach((t, i) => { all++; if (t === it.gold[i]) right++; });
  o.log(`jackknifed tag accuracy on train: ${(100 * right / all).toFixed(2)}`);

  // 2. the tagger itself, on everything
  const countForms = o.tagCountsSkipNames ? items.map((it) => it.lx.forms) : undefined;
  const tagdict = buildTagdict(items.map((it) => it.lx.word), items.map((it) => it.gold), o.tagdictMinCount, o.tagdictShare, countForms, o.tagOpenMinCount);
  const tagClasses = o.tagClassMinCount ? buildTagClasses(items.map((it) => it.lx.word), items.map((it) => it.gold), o.tagClassMinCount, o.tagClassShare ?? 0, countForms, o.tagOpenMinCount) : new Map<number, Int32Array>();
  const skipEpochs = () => { for (let e = 0; e < o.taggerEpochs; e++) shuffle(items, rand); };
  const tagger = new Tagger(cached ? (skipEpochs(), cached.tagger) : trainTagger(items, 'tagger'), tagdict, tagClasses);
  o.log(`tag dictionary: ${tagdict.size} words`);
  // 2b. a second pass reading the first pass's (jackknifed) tags to the right
  const firstTags = new Map(items.map((it) => [it, it.tags]));
  const retagger = composite
    ? new Tagger(trainTaggerWith(items, 'retagger (UPOS and fine classes)', firstTags, rand, composite), tagdict, tagClasses, composite)
    : new Tagger(cached?.retagger ? (skipEpochs(), cached.retagger) : trainTagger(items, 'retagger', firstTags), tagdict, tagClasses);
  // (a cache written by a run with combined classes holds no plain second pass: the first plain run adds it)
  if (cache && (!cached || (!cached.retagger && !composite))) cache.write(items.map((it) => it.tags), tagger.model as FrozenPerceptron, composite ? null : retagger.model as FrozenPerceptron);
  // 2c. optionally the second pass jackknifed too: the parser then reads tags made as at run time
  if (o.jackknifeRetag) retagFolds(items, split, o, trainTaggerWith);

  // 3. the parser, trained on the jackknifed tags
  const prand = o.parserSeed === undefined ? rand : rng(o.parserSeed);
  const labeler = new Labeler(labelSet);
  const inputs = items.map((it) => parserInputs(it.lx, it.tags));
  const candidates = buildCandidates(items.map((it, i) => ({ heads: it.heads, labels: it.labels, T: inputs[i].T })), labelId.get('root')!, o.labelMinShare);
  // every arc labeler of the run (training, snapshots, final, shipped) reads the same labels, candidates, features and dropped templates
  const arcWith = (model: Scorer | undefined) => new ArcLabeler(labelSet, model, candidates, o.arcLabelFeatures ?? 1, o.labelDrop);
  const arcLabeler = o.arcLabels ? arcWith(undefined) : null;
  const alts = o.tagAlternatives ? items.map((it) => altInputs(it.alt)) : null;
  const withAlt = (p: Parser) => { p.readsAlt = o.tagAlternatives === true; p.readsFine = o.fineTags === true; return p; };
  const fine = fineData ? trainFine(items, split.map(({ held }) => new Set(held)), fineData.set, fineData.gold, o) : null;
  const parser = withAlt(new Parser(undefined, arcLabeler, o.parserDrop, o.beam ?? 1));
  const arcSnap = () => (arcLabeler ? arcWith((arcLabeler.model as Perceptron).averagedCopy()) : null);
  for (let e = 0; e < o.parserEpochs; e++) {
    const order = shuffle(items.map((_, i) => i), prand);
    order.forEach((idx, i) => {
      const it = items[idx];
      if (alts) parser.alt = alts[idx];
      if (fine) parser.fine = fine.inputs[idx];
      parser.parse(inputs[idx].W, inputs[idx].T, it.s.words.length, it.heads, e > 0, inputs[idx].C, arcLabeler ? it.labels : undefined);
      if (i % 500 === 0) o.progress?.(`parser epoch ${e + 1}/${o.parserEpochs}`, i, order.length);
    });
    const snap = (parser.model as Perceptron).averagedCopy();
    const dev = scoreUd(new SyntaxModel(tagger, withAlt(new Parser(snap, arcSnap(), o.parserDrop, o.beam ?? 1)), labeler, retagger, o.hints, clusters, null, fine?.tagger ?? null), devSents);
    o.log(`parser epoch ${e + 1}: dev UPOS ${dev.upos} UAS ${dev.uas}${arcLabeler ? ` LAS ${dev.las} (arc-time labels)` : ''} (${(parser.model as Perceptron).featureCount} features)`);
  }
  const finalArc = arcLabeler ? arcWith((arcLabeler.model as Perceptron).finish(o.minCount)) : null;
  const finalParser = withAlt(new Parser((parser.model as Perceptron).finish(o.minCount), finalArc, o.parserDrop, o.beam ?? 1));

  // 4. the labeler, on gold trees with jackknifed tags (none when the parser labels its arcs: it stays empty)
  for (let e = 0; e < (arcLabeler ? 0 : o.labelerEpochs); e++) {
    const order = shuffle(items.map((_, i) => i), prand);
    order.forEach((idx, i) => {
      const it = items[idx];
      labeler.label(it.heads, inputs[idx].W, inputs[idx].T, it.s.words.length, it.labels, inputs[idx].C);
      if (i % 500 === 0) o.progress?.(`labeler epoch ${e + 1}/${o.labelerEpochs}`, i, order.length);
    });
    const snap = (labeler.model as Perceptron).averagedCopy();
    const dev = scoreUd(new SyntaxModel(tagger, finalParser, new Labeler(labelSet, snap, candidates), retagger, o.hints, clusters, null, fine?.tagger ?? null), devSents);
    o.log(`labeler epoch ${e + 1}: dev LAS ${dev.las}`);
  }
  // the verbs of the clause-subject repair, read off the training trees (repair.ts)
  const clauseVerbs = new Set(clauseVerbsOf(trainSents));
  o.log(`clause verbs: ${clauseVerbs.size}`);
  const full = new SyntaxModel(tagger, finalParser, new Labeler(labelSet, (labeler.model as Perceptron).finish(o.minCount), candidates), retagger, o.hints, clusters, clauseVerbs, fine?.tagger ?? null);
  const fullDev = scoreUd(full, devSents);
  o.log(`before pruning: dev UPOS ${fullDev.upos} UAS ${fullDev.uas} LAS ${fullDev.las}`);
  // pruned, then (optionally) int8 weights
  const prune = (p: FrozenPerceptron, share = o.prune) => (o.int8 ? p.pruned(share).quantized8() : p.pruned(share));
  const shipped = withAlt(new Parser(prune(finalParser.model as FrozenPerceptron, o.parserPrune), finalArc ? arcWith(prune(finalArc.model as FrozenPerceptron, o.arcPrune ?? o.prune)) : null, o.parserDrop, o.beam ?? 1));
  if (o.beamMargin !== undefined) shipped.beamMargin = o.beamMargin;
  const model = new SyntaxModel(
    new Tagger(prune(tagger.model as FrozenPerceptron, o.taggerPrune ?? o.prune), tagdict, tagClasses),
    shipped,
    new Labeler(labelSet, prune(full.labeler.model as FrozenPerceptron), candidates),
    new Tagger(prune(retagger.model as FrozenPerceptron, o.taggerPrune ?? o.prune), tagdict, tagClasses, composite),
    o.hints,
    clusters,
    clauseVerbs,
    fine?.tagger ? new FineTagger(fine.tagger.set, prune(fine.tagger.model as FrozenPerceptron, o.taggerPrune ?? o.prune)) : null,
  );
  const dev = scoreUd(model, devSents);
  o.log(`final model: dev UPOS ${dev.upos} UAS ${dev.uas} LAS ${dev.las}`);

  return { model, dev };
}
