// The benchmark (`npm run bench [-- --mb N | --quick] [--seed S] [--data DIR] [--no-real] [--no-synthetic] [--warm-passes N]`).
// Two labelled cases, each eventline vs compromise's entity extraction on the same text in the same run:
// "real news", every article of the public news corpora under ../shared/eval (bench/real-news.ts), and
// "synthetic", the corpus generated from the team's templates. Per case: each system in its own child
// process on one core (docs/s, tokens/s, per-component time, peak RSS), and, for real news, each system as
// a whole process from start to exit (`eventline extract FILE --jsonl` vs bench/compromise-extract.mjs),
// start-up and knowledge loading included. A progress line runs on stderr meanwhile.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusToJsonl, DEFAULT_SEED, generateCorpus, type CorpusArticle } from './corpus.ts';
import { realNews } from './real-news.ts';
import { cpuClock, timeComponents } from './component-timer.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const OUT_DIR = resolve(BENCH_DIR, 'out');
const WARMUP_DOCS = 200;

/** What one worker measures over the timed pass. */
export interface SystemResult {
  system: string;
  docs: number;
  tokens: number;
  chars: number;
  /** UTF-8 bytes of the texts (the unit of MB/s). */
  bytes: number;
  /** Wall-clock seconds of the timed pass. */
  seconds: number;
  /** CPU seconds (user + system) of the timed pass: robust when the machine is shared. */
  cpuSeconds: number;
  docsPerSecond: number;
  tokensPerSecond: number;
  /** Tokens per CPU second. */
  tokensPerCpuSecond: number;
  mbPerSecond: number;
  /** Entities (ours: entities layer; compromise: people + places + organizations). */
  entities: number;
  /** RSS after loading the corpus and building the system, before the timed pass (MB). */
  rssBeforeMb: number;
  /** process.resourceUsage().maxRSS at the end (MB). */
  peakRssMb: number;
  /** Per-component wall-clock seconds (eventline only). */
  stages?: Record<string, number>;
  /**
   * Per-component CPU seconds of the whole process (eventline only): V8's helper threads included, so the
   * optimising compiler's work on them is charged to the component running meanwhile.
   */
  stagesCpu?: Record<string, number>;
  /** Messages of severity error recorded by components (eventline only). */
  errorMessages?: number;
}

interface Options {
  mb: number;
  seed: number;
  worker: string | null;
  corpus: string | null;
  warmup: number;
  /** Whole passes over the corpus before the timed one (steady state, as in a long-running worker); 0: the warm-up documents only. */
  warmPasses: number;
  data: string;
  real: boolean;
  synthetic: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { mb: 20, seed: DEFAULT_SEED, worker: null, corpus: null, warmup: WARMUP_DOCS, warmPasses: 0, data: defaultDataDir(), real: true, synthetic: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.mb = 2;
    else if (a === '--mb') o.mb = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--worker') o.worker = next();
    else if (a === '--corpus') o.corpus = next();
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--warm-passes') o.warmPasses = Number(next());
    else if (a === '--data') o.data = resolve(next());
    else if (a === '--no-real') o.real = false;
    else if (a === '--no-synthetic') o.synthetic = false;
    else throw new Error(`unknown option ${a} (options: --mb N, --quick, --seed S, --warmup N, --warm-passes N, --data DIR, --no-real, --no-synthetic)`);
  }
  if (!(o.mb > 0)) throw new Error('--mb must be a positive number');
  if (!Number.isInteger(o.seed)) throw new Error('--seed must be an integer');
  if (!(Number.isInteger(o.warmPasses) && o.warmPasses >= 0)) throw new Error('--warm-passes must be a whole number (0 or more)');
  return o;
}

/** Megabytes of 10^6 bytes (the unit of --mb). */
const mb = (bytes: number) => bytes / 1_000_000;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Cache path: seed, size and a hash of the generator's source, so template edits rebuild the corpus. */
function corpusPath(o: Options): string {
  const h = createHash('sha256');
  for (const f of ['corpus.ts', 'corpus-vocab.ts', 'prng.ts']) h.update(readFileSync(resolve(BENCH_DIR, f)));
  return resolve(OUT_DIR, `corpus-s${o.seed}-${o.mb}mb-${h.digest('hex').slice(0, 8)}.jsonl`);
}

function readCorpus(path: string): CorpusArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusArticle);
}

/** A progress line on stderr while a worker runs: rewritten in place on a terminal, every 15 s otherwise. */
function progressLine(label: string, total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < (tty ? 500 : 15_000)) return;
    last = now;
    const line = `${label}: ${done}/${total} docs`;
    process.stderr.write(tty ? `\r\x1b[2K${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

type Measured = Omit<SystemResult, 'docsPerSecond' | 'tokensPerSecond' | 'tokensPerCpuSecond' | 'mbPerSecond' | 'peakRssMb'>;

/** CPU seconds since `start` (a process.cpuUsage() reading). */
const cpuSince = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
};

function finish(r: Measured): SystemResult {
  return {
    ...r,
    tokensPerCpuSecond: Math.round(r.tokens / r.cpuSeconds),
    docsPerSecond: round(r.docs / r.seconds),
    tokensPerSecond: Math.round(r.tokens / r.seconds),
    mbPerSecond: round(mb(r.bytes) / r.seconds, 3),
    peakRssMb: round(mb(process.resourceUsage().maxRSS * 1024)),
  };
}

/** The documents of the warm-up: the first `warmup` articles, or `passes` whole passes over the corpus. */
const warmDocs = (articles: CorpusArticle[], warmup: number, passes: number): CorpusArticle[] =>
  passes > 0 ? Array.from({ length: passes }, () => articles).flat() : articles.slice(0, warmup);

/** Worker: eventline's full default pipeline over every article, timed per component too. */
async function runOurs(articles: CorpusArticle[], warmup: number, passes: number): Promise<SystemResult> {
  const { defaultPipeline } = await import('../src/pipeline/default.ts');
  const { createDoc } = await import('../src/doc/doc.ts');
  const pipeline = defaultPipeline();
  const times = timeComponents(pipeline.components, () => performance.now());
  const stages = times.stages;
  const cpuTimes = timeComponents(pipeline.components, cpuClock);
  for (const a of warmDocs(articles, warmup, passes)) pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text }));
  const rssBeforeMb = round(mb(process.memoryUsage().rss));
  let tokens = 0;
  let entities = 0;
  let chars = 0;
  let errorMessages = 0;
  let bytes = 0;
  times.timing = true;
  cpuTimes.timing = true;
  const progress = progressLine('eventline (in process)', articles.length);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const [i, a] of articles.entries()) {
    progress(i);
    const doc = pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text }));
    tokens += doc.layers.tokens?.length ?? 0;
    entities += doc.layers.entities?.length ?? 0;
    chars += a.text.length;
    bytes += Buffer.byteLength(a.text, 'utf8');
    for (const m of doc.messages) if (m.severity === 'error') errorMessages++;
  }
  const seconds = (performance.now() - t0) / 1000;
  progress(articles.length);
  const cpuSeconds = cpuSince(c0);
  for (const k of Object.keys(stages)) stages[k] = round(stages[k] / 1000, 3);
  const stagesCpu = Object.fromEntries(Object.entries(cpuTimes.stages).map(([k, v]) => [k, round(v, 3)]));
  return finish({ system: 'eventline', docs: articles.length, tokens, chars, bytes, seconds, cpuSeconds, entities, rssBeforeMb, stages, stagesCpu, errorMessages });
}

/** Worker: compromise's people/places/organizations over the same articles (tokens = eventline's count). */
async function runCompromise(articles: CorpusArticle[], warmup: number, passes: number, tokens: number): Promise<SystemResult> {
  const nlp = (await import('compromise')).default;
  const extract = (text: string) => {
    const d = nlp(text);
    return (
      (d.people().out('array') as string[]).length +
      (d.places().out('array') as string[]).length +
      (d.organizations().out('array') as string[]).length
    );
  };
  for (const a of warmDocs(articles, warmup, passes)) extract(a.text);
  const rssBeforeMb = round(mb(process.memoryUsage().rss));
  let entities = 0;
  let chars = 0;
  let bytes = 0;
  const progress = progressLine('compromise (in process)', articles.length);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const [i, a] of articles.entries()) {
    progress(i);
    entities += extract(a.text);
    chars += a.text.length;
    bytes += Buffer.byteLength(a.text, 'utf8');
  }
  const seconds = (performance.now() - t0) / 1000;
  progress(articles.length);
  return finish({ system: 'compromise', docs: articles.length, tokens, chars, bytes, seconds, cpuSeconds: cpuSince(c0), entities, rssBeforeMb });
}

function spawnWorker(system: string, corpus: string, warmup: number, extra: string[] = []): SystemResult {
  const res = spawnSync(
    process.execPath,
    [resolve(ROOT, 'bin/run.js'), resolve(BENCH_DIR, 'bench.ts'), '--worker', system, '--corpus', corpus, '--warmup', String(warmup), ...extra],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (res.status !== 0) throw new Error(`${system} worker failed (exit ${res.status})`);
  const line = res.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"system"'));
  if (!line) throw new Error(`${system} worker printed no result`);
  return JSON.parse(line) as SystemResult;
}

function table(rows: SystemResult[]): string {
  const head = ['system', 'docs', 'tokens', 'wall s', 'CPU s', 'docs/s', 'tokens/s', 'tokens/CPU s', 'MB/s', 'entities', 'RSS before (MB)', 'peak RSS (MB)'];
  const body = rows.map((r) => [
    r.system, String(r.docs), String(r.tokens), r.seconds.toFixed(2), r.cpuSeconds.toFixed(2), r.docsPerSecond.toFixed(1),
    String(r.tokensPerSecond), String(r.tokensPerCpuSecond), r.mbPerSecond.toFixed(3), String(r.entities), r.rssBeforeMb.toFixed(1), r.peakRssMb.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

/** One system run as a whole process (start-up, loading and output included): wall and CPU seconds, peak RSS. */
interface WholeProcess {
  system: string;
  command: string;
  seconds: number;
  cpuSeconds: number;
  /** CPU seconds of the main thread (Linux): the rest of cpuSeconds is V8's helper threads (compiler, GC). */
  mainThreadCpuSeconds: number | null;
  peakRssMb: number;
  tokensPerSecond: number;
  tokensPerCpuSecond: number;
}

function timeProcess(system: string, args: string[], tokens: number): WholeProcess {
  const dir = mkdtempSync(join(tmpdir(), 'eventline-bench-'));
  const cpuFile = join(dir, 'cpu.json');
  try {
    process.stderr.write(`${system} (whole process): running ${args.map((a) => relative(ROOT, a) || a).join(' ')}\n`);
    const t0 = performance.now();
    const res = spawnSync(process.execPath, ['-r', resolve(BENCH_DIR, 'cpu-report.cjs'), ...args], {
      cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, BENCH_CPU_FILE: cpuFile },
    });
    const seconds = (performance.now() - t0) / 1000;
    if (res.status !== 0) throw new Error(`${system} failed (exit ${res.status}): ${res.stderr.split('\n')[0]}`);
    const { cpuSeconds, peakRssMb, mainThreadCpuSeconds } = JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpuSeconds: number; peakRssMb: number; mainThreadCpuSeconds?: number | null };
    return {
      system, command: args.map((a) => relative(ROOT, a) || a).join(' '), seconds: round(seconds, 2), cpuSeconds: round(cpuSeconds, 2),
      mainThreadCpuSeconds: mainThreadCpuSeconds == null ? null : round(mainThreadCpuSeconds, 2), peakRssMb: round(peakRssMb),
      tokensPerSecond: Math.round(tokens / seconds), tokensPerCpuSecond: Math.round(tokens / cpuSeconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CaseResult {
  name: string;
  corpus: { path: string; articles: number; bytes: number; sources?: Record<string, number> };
  warmupDocs: number;
  warmPasses: number;
  systems: { eventline: SystemResult; compromise: SystemResult };
  ratioTokensPerSecond: number;
  ratioTokensPerCpuSecond: number;
  wholeProcess?: { eventline: WholeProcess; compromise: WholeProcess; ratioWall: number; ratioCpu: number };
}

/** Runs one labelled case on a corpus file: both systems in process, and as whole processes when `whole`. */
function runCase(name: string, path: string, o: Options, whole: boolean, sources?: Record<string, number>): CaseResult {
  const articles = readCorpus(path);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const warmup = Math.min(o.warmup, Math.max(1, Math.floor(articles.length / 10)));
  console.log(`\n== ${name}: ${articles.length} articles, ${mb(bytes).toFixed(2)} MB of text${sources ? ` (${Object.entries(sources).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}; warm-up ${o.warmPasses > 0 ? `${o.warmPasses} whole passes (steady state)` : `${warmup} docs`} per system`);

  let t = performance.now();
  const extra = ['--warm-passes', String(o.warmPasses)];
  const ours = spawnWorker('eventline', path, warmup, extra);
  console.log(`eventline done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const theirs = spawnWorker(`compromise:${ours.tokens}`, path, warmup, extra);
  console.log(`compromise done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

  const ratio = round(ours.tokensPerSecond / theirs.tokensPerSecond, 2);
  const cpuRatio = round(ours.tokensPerCpuSecond / theirs.tokensPerCpuSecond, 2);
  console.log(table([ours, theirs]));
  console.log(`\nratio eventline / compromise, in process (tokens/s): ${ratio}   (tokens per CPU second: ${cpuRatio})`);
  for (const r of [ours, theirs]) {
    if (r.cpuSeconds < 0.85 * r.seconds) {
      console.log(`note: ${r.system} got ${Math.round((100 * r.cpuSeconds) / r.seconds)}% of a core (machine busy); its wall-clock rates understate it, the CPU-time rates do not`);
    }
  }
  if (ours.stages) {
    console.log(`eventline seconds per component: ${Object.entries(ours.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
  }
  if (ours.stagesCpu) {
    const rest = Object.entries(ours.stagesCpu).filter(([k]) => k !== 'syntax').reduce((s, [, v]) => s + v, 0);
    console.log(`eventline CPU seconds per component (all threads): ${Object.entries(ours.stagesCpu).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; the stages other than syntax ${Math.round(ours.tokens / rest)} tokens per CPU second`);
  }
  if (ours.errorMessages) console.log(`warning: ${ours.errorMessages} component errors recorded as messages`);
  const result: CaseResult = {
    name, corpus: { path: relative(ROOT, path), articles: articles.length, bytes, ...(sources ? { sources } : {}) }, warmupDocs: warmup, warmPasses: o.warmPasses,
    systems: { eventline: ours, compromise: theirs }, ratioTokensPerSecond: ratio, ratioTokensPerCpuSecond: cpuRatio,
  };
  if (whole) {
    const e = timeProcess('eventline', [resolve(ROOT, 'bin/eventline.js'), 'extract', path, '--jsonl'], ours.tokens);
    const c = timeProcess('compromise', [resolve(BENCH_DIR, 'compromise-extract.mjs'), path], ours.tokens);
    const ratioWall = round(c.seconds / e.seconds, 2);
    const ratioCpu = round(c.cpuSeconds / e.cpuSeconds, 2);
    result.wholeProcess = { eventline: e, compromise: c, ratioWall, ratioCpu };
    for (const w of [e, c]) {
      console.log(`whole process, ${w.system.padEnd(10)} ${w.seconds.toFixed(2)} s wall, ${w.cpuSeconds.toFixed(2)} CPU s${w.mainThreadCpuSeconds == null ? '' : ` (main thread ${w.mainThreadCpuSeconds.toFixed(2)}, V8's helper threads ${(w.cpuSeconds - w.mainThreadCpuSeconds).toFixed(2)})`}, ${w.tokensPerSecond} tokens/s, ${w.tokensPerCpuSecond} tokens/CPU s, peak RSS ${w.peakRssMb} MB  (${w.command})`);
    }
    console.log(`ratio compromise / eventline, whole process (time): ${ratioWall} wall, ${ratioCpu} CPU`);
  }
  return result;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.worker) {
    if (!o.corpus) throw new Error('--worker needs --corpus');
    const articles = readCorpus(o.corpus);
    const [system, tokens] = o.worker.split(':');
    const r = system === 'eventline' ? await runOurs(articles, o.warmup, o.warmPasses) : await runCompromise(articles, o.warmup, o.warmPasses, Number(tokens));
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }

  const loadAverageBefore = loadavg().map((x) => round(x, 2));
  mkdirSync(OUT_DIR, { recursive: true });
  if (o.real && !existsSync(resolve(ROOT, 'dist/cli/main.js'))) throw new Error('the compiled CLI is missing: run npm run build first');
  const cases: CaseResult[] = [];
  if (o.real) {
    const sources = realNews(o.data);
    const articles = sources.flatMap((s) => s.articles);
    if (!articles.length) console.log(`real news: no corpora under ${o.data} (set --data or EVENTLINE_EVAL_DATA); skipped`);
    else {
      const path = resolve(OUT_DIR, 'real-news.jsonl');
      writeFileSync(path, corpusToJsonl(articles));
      cases.push(runCase('real news', path, o, true, Object.fromEntries(sources.map((s) => [s.name, s.articles.length]))));
    }
  }
  if (o.synthetic) {
    const path = corpusPath(o);
    const t = performance.now();
    if (!existsSync(path)) {
      writeFileSync(path, corpusToJsonl(generateCorpus(o.mb * 1_000_000, o.seed)));
      console.log(`generated corpus ${relative(ROOT, path)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } else {
      console.log(`reusing corpus ${relative(ROOT, path)}`);
    }
    cases.push(runCase(`synthetic (seed ${o.seed}, ${o.mb} MB)`, path, o, false));
  }
  console.log('\n(tokens = eventline token count, used for both systems so tokens/s compare the same text)');

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverageBefore,
    cases,
  };
  const out = resolve(OUT_DIR, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, out)}`);
}

await main();
