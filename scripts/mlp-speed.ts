// Speed of the neural scorer (mlp.ts) against the shipped perceptron, parser alone, on the real-news text of
// bench:syntax (tagged by the shipped taggers), an untrained network of the given dims (speed does not depend
// on the weights), four passes of each, interleaved: `node bin/run.js scripts/mlp-speed.ts [word,tag,label,dist,hidden] [nolabel]`
// (nolabel: the network parses without the arc labeler, so its label inputs are empty; the perceptron keeps its own). docs/syntax.md, issue 14.
import { bundledModel } from '../src/stages/syntax/model.ts';
import { Parser, parserInputs } from '../src/stages/syntax/parser.ts';
import { lexical } from '../src/stages/syntax/lexical.ts';
import { rng } from '../src/stages/syntax/train.ts';
import { MlpNet, MlpScorer } from '../src/stages/syntax/mlp.ts';
import { DEFAULT_MLP, buildVocab } from '../src/stages/syntax/mlp-train.ts';
import { realNews } from '../bench/real-news.ts';
import { tokenize } from '../src/stages/tokens/tokens.ts';
import { fromPackageRoot } from '../src/package-root.ts';
const shipped = bundledModel();
const sentences: string[][] = [], hints: string[][] = [];
for (const a of realNews(fromPackageRoot('..', 'shared', 'eval')).flatMap((s) => s.articles)) {
  let cur = -1;
  for (const t of tokenize(a.text).tokens) { if (t.sentence !== cur) { sentences.push([]); hints.push([]); cur = t.sentence; } sentences[sentences.length - 1].push(t.text); hints[hints.length - 1].push(t.pos); }
}
const inputs = sentences.map((forms, i) => { const lx = lexical(forms, hints[i], shipped.clusters); const tags = shipped.retagger!.tag(lx, undefined, shipped.tagger.tag(lx)); return { n: forms.length, ...parserInputs(lx, tags) }; });
const { vocab, hashes } = buildVocab(inputs.map((x) => x.W), inputs.map((x) => x.n));
const dims = process.argv[2] ? (([w, t, l, d, h]) => ({ word: w, tag: t, label: l, dist: d, hidden: h }))(process.argv[2].split(',').map(Number)) : DEFAULT_MLP.dims;
const net = new MlpNet(dims, vocab, rng(1), undefined, hashes);
const noLab = process.argv[3] === 'nolabel';
const p = new Parser(undefined, noLab ? null : shipped.parser.arcLabeler); p.stateScorer = new MlpScorer(net);
const tokens = inputs.reduce((a, x) => a + x.n, 0);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (let r = 0; r < 4; r++) {
  const c0 = cpu(); for (const x of inputs) p.parse(x.W, x.T, x.n, undefined, true, x.C); const c1 = cpu();
  for (const x of inputs) shipped.parser.parse(x.W, x.T, x.n, undefined, true, x.C); const c2 = cpu();
  console.log(`${tokens} tokens: mlp ${Math.round(tokens / (c1 - c0))} tok/s, perceptron ${Math.round(tokens / (c2 - c1))} tok/s`);
}
