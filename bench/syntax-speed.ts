// Measures the syntax model alone (tagger, second tagging pass, parser, labeler) on real news: the
// sentences of every article under ../shared/eval (bench/real-news.ts) as the tokens stage splits
// them, one warm-up pass, then `--runs` timed passes (median reported), CPU time of this process and
// wall time, and the share of each part. `npm run bench:syntax [-- --runs 5 --data DIR]`. With
// `--models A.bin,B.bin` the model files are timed in one process on the same text, their passes
// interleaved (pass 1 of each, then pass 2 …), so that the machine's load falls on each alike.
import { existsSync } from 'node:fs';
import { fromPackageRoot } from '../src/package-root.ts';
import { realNews } from './real-news.ts';
import { median } from './component-timer.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : d;
};
const dataDir = opt('data', process.env.EVENTLINE_EVAL_DATA ?? fromPackageRoot('..', 'shared', 'eval'));
const runs = Math.max(1, Number(opt('runs', '3')) | 0);
if (!existsSync(dataDir)) {
  console.error(`${dataDir} not found: pass --data with the folder holding the shared eval sets (../shared/eval)`);
  process.exit(2);
}

const compiled = existsSync(fromPackageRoot('dist', 'stages', 'syntax', 'model.js'));
const from = (path: string) => (compiled ? fromPackageRoot('dist', `${path}.js`) : fromPackageRoot('src', `${path}.ts`));
const { bundledModel, loadModel } = (await import(from('stages/syntax/model'))) as typeof import('../src/stages/syntax/model.ts');
type SyntaxModel = import('../src/stages/syntax/model.ts').SyntaxModel;
type SyntaxPart = import('../src/stages/syntax/model.ts').SyntaxPart;
const { tokenize } = (await import(from('stages/tokens/tokens'))) as typeof import('../src/stages/tokens/tokens.ts');

// sentences as the pipeline's tokens stage gives them, with wink-nlp's tags, which the pipeline hands to
// a model that reads them (the syntax stage does, so the tags are not computed again inside the timing)
const sentences: string[][] = [];
const tags: string[][] = [];
for (const a of realNews(dataDir).flatMap((s) => s.articles)) {
  let cur = -1;
  for (const t of tokenize(a.text).tokens) {
    if (t.sentence !== cur) {
      sentences.push([]);
      tags.push([]);
      cur = t.sentence;
    }
    sentences[sentences.length - 1].push(t.text);
    tags[tags.length - 1].push(t.pos);
  }
}
const words = sentences.reduce((a, s) => a + s.length, 0);
const files = opt('models', '').split(',').filter(Boolean);
const models: [string, SyntaxModel][] = files.length ? files.map((f) => [f, loadModel(f)]) : [['the bundled model', bundledModel()]];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Pass {
  cpu: number;
  wall: number;
  parts: Record<SyntaxPart, number>;
}
/** One pass; with `parts`, each part is timed separately (performance.now at each part's end, a little slower). */
function pass(model: SyntaxModel, parts: boolean): Pass {
  const p: Record<SyntaxPart, number> = { tag: 0, retag: 0, parse: 0, label: 0 };
  let last = 0;
  const lap = (part: SyntaxPart) => {
    const now = performance.now();
    p[part] += now - last;
    last = now;
  };
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < sentences.length; i++) {
    const hints = model.hints ? tags[i] : undefined;
    if (!parts) {
      model.parse(sentences[i], hints);
      continue;
    }
    last = performance.now();
    model.parse(sentences[i], hints, lap);
  }
  return { cpu: cpuMs() - c0, wall: performance.now() - t0, parts: p };
}

console.log(`real news: ${sentences.length} sentences, ${words} words (the tokens stage's)`);
for (const [, model] of models) pass(model, false); // warm-up
const timed = models.map(() => [] as Pass[]);
for (let r = 0; r < runs; r++) models.forEach(([, model], i) => timed[i].push(pass(model, false)));
const rate = (ms: number) => Math.round(words / (ms / 1000));
models.forEach(([name, model], i) => {
  const t = timed[i];
  if (models.length > 1) console.log(`${name} (beam ${model.parser.beam}):`);
  console.log(`tagger + parser + labeler, ${runs} warm passes: ${t.map((x) => rate(x.cpu)).join(', ')} words per CPU-second (median ${rate(median(t.map((x) => x.cpu)))}); wall ${t.map((x) => rate(x.wall)).join(', ')} words/s`);
  const split = pass(model, true).parts;
  const total = Object.values(split).reduce((a, b) => a + b, 0);
  console.log(`share of time: ${Object.entries(split).map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`).join(', ')}`);
});
