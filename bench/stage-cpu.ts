// Per-stage CPU seconds of one or more compiled builds on the real-news corpus, interleaved
// (`node bin/run.js bench/stage-cpu.ts [--passes N] [--data DIR] DIST [DIST...]`, DIST a folder holding a
// compiled pipeline/default.js, e.g. dist/ and a copy of an older build's dist/ beside a package root).
// Each build runs in its own child process, one pass after the other build's, so that a shared machine's
// varying speed falls on every build alike; compare the ratios, not the absolute seconds. Each child also
// prints a hash of every document's layers, so two builds that should give the same output can be checked.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusToJsonl, type CorpusArticle } from './corpus.ts';
import { realNews } from './real-news.ts';
import { cpuClock, median, timeComponents } from './component-timer.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');

interface PassResult {
  dist: string;
  tokens: number;
  /** CPU seconds per component over the pass (process.cpuUsage around each call). */
  stages: Record<string, number>;
  /** sha256 (16 hex) of every document's layers and messages, in corpus order. */
  outputHash: string;
}

/** Child: loads the build under `dist`, warms up on the first tenth of the corpus, times one pass. */
async function child(dist: string, corpus: string): Promise<PassResult> {
  const { defaultPipeline } = (await import(pathToFileURL(resolve(dist, 'pipeline/default.js')).href)) as typeof import('../src/pipeline/default.ts');
  const { createDoc } = (await import(pathToFileURL(resolve(dist, 'doc/doc.js')).href)) as typeof import('../src/doc/doc.ts');
  const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusArticle);
  const pipeline = defaultPipeline();
  const times = timeComponents(pipeline.components, cpuClock);
  const stages = times.stages;
  for (const a of articles.slice(0, Math.ceil(articles.length / 10))) pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text }));
  times.timing = true;
  const hash = createHash('sha256');
  let tokens = 0;
  for (const a of articles) {
    const doc = pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text }));
    tokens += doc.layers.tokens?.length ?? 0;
    hash.update(JSON.stringify({ layers: doc.layers, messages: doc.messages }));
  }
  for (const k of Object.keys(stages)) stages[k] = Math.round(stages[k] * 1000) / 1000;
  return { dist, tokens, stages, outputHash: hash.digest('hex').slice(0, 16) };
}

function parse(argv: string[]): { passes: number; data: string; dists: string[]; child: boolean; corpus: string | null } {
  const o = { passes: 3, data: defaultDataDir(), dists: [] as string[], child: false, corpus: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--passes') o.passes = Number(argv[++i]);
    else if (a === '--data') o.data = resolve(argv[++i]);
    else if (a === '--child') o.child = true;
    else if (a === '--corpus') o.corpus = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a} (options: --passes N, --data DIR)`);
    else o.dists.push(resolve(a));
  }
  if (!(o.passes >= 1)) throw new Error('--passes must be a positive number');
  if (!o.dists.length) throw new Error('give at least one compiled build folder (e.g. dist)');
  for (const d of o.dists) if (!existsSync(resolve(d, 'pipeline/default.js'))) throw new Error(`${d}: no pipeline/default.js: run npm run build, or give a compiled build folder`);
  return o;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  if (o.child) {
    process.stdout.write(`${JSON.stringify(await child(o.dists[0], o.corpus!))}\n`);
    return;
  }
  const articles = realNews(o.data).flatMap((s) => s.articles);
  if (!articles.length) throw new Error(`no real-news corpora under ${o.data}: set --data or EVENTLINE_EVAL_DATA`);
  mkdirSync(resolve(BENCH_DIR, 'out'), { recursive: true });
  const corpus = resolve(BENCH_DIR, 'out/real-news.jsonl');
  writeFileSync(corpus, corpusToJsonl(articles));
  const runs = new Map<string, PassResult[]>(o.dists.map((d) => [d, []]));
  for (let p = 0; p < o.passes; p++) {
    for (const d of o.dists) {
      const res = spawnSync(process.execPath, [resolve(ROOT, 'bin/run.js'), resolve(BENCH_DIR, 'stage-cpu.ts'), '--child', '--corpus', corpus, d], {
        cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024,
      });
      if (res.status !== 0) throw new Error(`${d}: child failed (exit ${res.status})`);
      const r = JSON.parse(res.stdout.trim().split('\n').pop()!) as PassResult;
      runs.get(d)!.push(r);
      const total = Object.values(r.stages).reduce((a, b) => a + b, 0);
      const beyond = total - (r.stages.syntax ?? 0);
      console.log(`pass ${p + 1} ${d}: ${Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; all but syntax ${beyond.toFixed(2)} s = ${Math.round(r.tokens / beyond)} tokens/CPU s; output ${r.outputHash}`);
    }
  }
  console.log(`\nmedian CPU seconds per stage over ${o.passes} passes (${runs.get(o.dists[0])![0].tokens} tokens):`);
  for (const [d, rs] of runs) {
    const names = Object.keys(rs[0].stages);
    const med = Object.fromEntries(names.map((n) => [n, median(rs.map((r) => r.stages[n]))]));
    const beyond = median(rs.map((r) => Object.entries(r.stages).reduce((a, [k, v]) => a + (k === 'syntax' ? 0 : v), 0)));
    console.log(`${d}: ${names.map((n) => `${n} ${med[n].toFixed(2)}`).join(', ')}; all but syntax ${beyond.toFixed(2)} s (${Math.round(rs[0].tokens / beyond)} tokens/CPU s); outputs ${[...new Set(rs.map((r) => r.outputHash))].join(' ')}`);
  }
  // The syntax stage as a clock: when the builds share its code, each stage's seconds per syntax second in
  // the same child compare the builds with the machine's varying speed divided out.
  console.log('\nmedian seconds per second of the syntax stage in the same pass (when the builds share the syntax stage):');
  for (const [d, rs] of runs) {
    if (!rs[0].stages.syntax) continue;
    const names = Object.keys(rs[0].stages).filter((n) => n !== 'syntax');
    const rel = (r: PassResult, n: string) => r.stages[n] / r.stages.syntax;
    const beyond = median(rs.map((r) => names.reduce((a, n) => a + rel(r, n), 0)));
    console.log(`${d}: ${names.map((n) => `${n} ${median(rs.map((r) => rel(r, n))).toFixed(3)}`).join(', ')}; all but syntax ${beyond.toFixed(3)}`);
  }
}

await main();
