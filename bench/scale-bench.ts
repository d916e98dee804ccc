// The scaling benchmark (`node bin/run.js bench/scale-bench.ts [--docs N] [--warm N] [--db-dir DIR] [--warc-mb 50,200] [--skip-pool]
// [--skip-warc] [--pg] [--pg-docs N] [--pg-lines N]`): full ingest (pipeline in worker threads + SQLite writes, one transaction per batch)
// with 1 vs 2 worker threads, and WARC.gz streaming peak RSS for archives of different sizes. Each run
// is its own child process, so peak RSS is per run. --pg adds 1 vs 2 `eventline worker` processes
// draining the PostgreSQL job queue. Results go to bench/out/scale-results.json.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { corpusToJsonl, DEFAULT_SEED, generateCorpus, type CorpusArticle } from './corpus.ts';
import { Rng } from './prng.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const OUT_DIR = resolve(BENCH_DIR, 'out');
const BATCH = 50;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const peakRssMb = () => mb(process.resourceUsage().maxRSS * 1024);

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function corpusFile(): string {
  const path = join(OUT_DIR, `scale-corpus-s${DEFAULT_SEED}-4mb.jsonl`);
  if (!existsSync(path)) writeFileSync(path, corpusToJsonl(generateCorpus(4_000_000, DEFAULT_SEED)));
  return path;
}

function readCorpus(path: string): CorpusArticle[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusArticle);
}

interface PoolResult {
  workers: number;
  docs: number;
  tokens: number;
  seconds: number;
  cpuSeconds: number;
  tokensPerSecond: number;
  docsPerSecond: number;
  peakRssMb: number;
  loadBefore: number;
  /** Seconds the main thread was busy (receiving batches, writing SQLite): its event-loop utilisation × wall time. */
  mainBusySeconds: number;
  /** Seconds spent in saveDocs (the single writer). */
  saveSeconds: number;
  /** CPU seconds of each busy thread of the process during the timed run, largest first (Linux: /proc; the
   *  pipeline threads, the main thread and V8's GC/compiler helper threads). */
  threadCpuSeconds: number[];
}

/**
 * Child: ingest `docs` articles into a fresh SQLite file through a pool of `workers` threads; with `store`
 * false the batches come back to the main thread as in an ingest but are not written (the pipeline's own
 * scaling, as `eventline extract` uses it).
 */
async function poolChild(workers: number, docs: number, store_ = true): Promise<PoolResult> {
  const { createDoc } = await import('../src/doc/doc.ts');
  const { createPoolAnnotator } = await import('../src/workers/pool.ts');
  const { OrderedBatches } = await import('../src/workers/ordered-batches.ts');
  const { openStore } = await import('../src/store/store.ts');
  const { tokenCount } = await import('../src/workers/transfer.ts');
  const all = readCorpus(corpusFile());
  // warm-up: every thread builds its pipeline and annotates `warm` documents first, so that V8 has compiled
  // the hot code (a run of a few thousand articles otherwise spends ~20% of its CPU in the compiler threads)
  const WARM = Number(arg('warm', '100'));
  const warm = all.slice(all.length - workers * WARM);
  const timed = all.slice(0, docs);
  const dir = join(arg('db-dir') ?? tmpdir(), `eventline-scale-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const store = await openStore(join(dir, 'bench.db'));
  const annotator = createPoolAnnotator(workers);
  await Promise.all(Array.from({ length: workers }, (_, i) => annotator.annotate(warm.slice(i * WARM, i * WARM + WARM).map((a) => createDoc({ date: a.date, text: a.text })))));
  const loadBefore = loadavg()[0];
  let tokens = 0;
  let saveMs = 0;
  const flow = new OrderedBatches<import('../src/doc/types.ts').Doc[]>(workers * 2, async (batch) => {
    for (const d of batch) tokens += tokenCount(d); // without unpacking the tokens
    const s0 = performance.now();
    if (store_) await store.saveDocs(batch);
    saveMs += performance.now() - s0;
  });
  const th0 = threadCpu();
  const elu0 = performance.eventLoopUtilization();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < timed.length; i += BATCH) {
    const batch = timed.slice(i, i + BATCH).map((a) => createDoc({ date: a.date, text: a.text }));
    await flow.push(annotator.annotate(batch));
  }
  await flow.drain();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const elu = performance.eventLoopUtilization(elu0);
  const stored = (await store.summary()).documents;
  const threads = [...threadCpu(th0).values()].filter((s) => s > 0.05).sort((a, b) => b - a);
  await annotator.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  if (store_ && stored !== timed.length) throw new Error(`stored ${stored} of ${timed.length} documents`);
  return {
    workers, docs: timed.length, tokens, seconds: round(seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6),
    tokensPerSecond: Math.round(tokens / seconds), docsPerSecond: round(timed.length / seconds), peakRssMb: peakRssMb(), loadBefore: round(loadBefore),
    mainBusySeconds: round((elu.active) / 1000), saveSeconds: round(saveMs / 1000), threadCpuSeconds: threads,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** CPU seconds per thread of this process (minus `base`), from /proc; empty where there is no /proc. */
function threadCpu(base?: Map<string, number>): Map<string, number> {
  const by = new Map<string, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return by;
  }
  for (const t of tasks) {
    try {
      const st = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' '); // utime and stime are fields 14 and 15
      by.set(t, (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // the thread ended meanwhile
    }
  }
  if (base) for (const [k, v] of base) if (by.has(k)) by.set(k, round(by.get(k)! - v));
  return by;
}

/** A synthetic crawl: per article a request, an HTML response, and an image response (incompressible bytes). */
async function writeWarc(path: string, targetMb: number): Promise<{ pages: number }> {
  const { warcRecord, httpResponseBlock } = await import('../src/ingest/warc.ts');
  const articles = readCorpus(corpusFile());
  const rng = new Rng(7);
  const out = createWriteStream(path);
  let failed: Error | null = null;
  out.on('error', (err) => (failed = err));
  const write = (b: Buffer) =>
    new Promise<void>((res, rej) => (failed ? rej(failed) : out.write(b) ? res() : out.once('drain', res)));
  let bytes = 0;
  let pages = 0;
  const outlets = ['Harbour Times', 'Baltic Ledger', 'Andes Wire', 'Rift Valley Courier'];
  while (bytes < targetMb * 1024 * 1024) {
    const a = articles[pages % articles.length];
    const uri = `https://news.example/${pages}/${a.id}`;
    const paras = a.text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${a.id}</title>
<meta property="og:site_name" content="${outlets[pages % outlets.length]}"><meta property="article:published_time" content="${a.date}T08:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>Report ${pages}</h1>\n${paras}\n</article><footer>Copyright</footer></body></html>`;
    const recs = [
      warcRecord('request', { 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=request' }, Buffer.from(`GET /${pages} HTTP/1.1\r\nHost: news.example\r\n\r\n`)),
      warcRecord('response', { 'WARC-Target-URI': uri, 'WARC-Date': `${a.date}T09:00:00Z`, 'Content-Type': 'application/http; msgtype=response' }, httpResponseBlock(Buffer.from(html), 'text/html; charset=utf-8')),
      warcRecord('response', { 'WARC-Target-URI': `${uri}/photo.jpg`, 'Content-Type': 'application/http; msgtype=response' }, httpResponseBlock(randomBytes(40_000 + rng.int(0, 40_000)), 'image/jpeg')),
    ];
    for (const r of recs) {
      const gz = gzipSync(r, { level: 1 });
      bytes += gz.length;
      await write(gz);
    }
    pages++;
  }
  await new Promise<void>((res) => out.end(res));
  return { pages };
}

interface WarcResult {
  fileMb: number;
  pages: number;
  docs: number;
  problems: number;
  seconds: number;
  peakRssMb: number;
}

/** Child: stream one archive through the WARC + HTML readers, counting documents. */
async function warcChild(path: string): Promise<WarcResult> {
  const { readWarcFile } = await import('../src/ingest/warc.ts');
  const t0 = performance.now();
  let docs = 0;
  let problems = 0;
  let pages = 0;
  for await (const item of readWarcFile(path)) {
    if ('doc' in item) docs++;
    else if ('problem' in item) problems++;
    if (!('skipped' in item)) pages++;
  }
  return { fileMb: mb(statSync(path).size), pages, docs, problems, seconds: round((performance.now() - t0) / 1000), peakRssMb: peakRssMb() };
}

interface PgResult {
  processes: number;
  jobs: number;
  docs: number;
  /** Tokens of the jobs completed once every process had completed its first job (start-up excluded). */
  tokens: number;
  /** From that moment to the last job completion. */
  seconds: number;
  tokensPerSecond: number;
  wallSeconds: number;
}

/** `processes` worker processes draining the same queue (jobs of `lines` JSON Lines each) into a fresh schema. */
async function pgRun(processes: number, docs: number, lines: number): Promise<PgResult> {
  const { spawn } = await import('node:child_process');
  const pg = (await import('pg')).default;
  const base = process.env.EVENTLINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `eventline_bench_${Date.now().toString(36)}`;
  const db = `${base}?schema=${schema}`;
  const file = join(tmpdir(), `eventline-pg-bench-${process.pid}.jsonl`);
  writeFileSync(file, readFileSync(corpusFile(), 'utf8').split('\n').slice(0, docs).join('\n') + '\n');
  const { enqueue } = await import('../src/queue/enqueue.ts');
  const { queueTarget } = await import('../src/queue/boss.ts');
  await enqueue(db, [file], { linesPerJob: lines });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: processes }, () => new Promise<void>((res, rej) => {
      const c = spawn(process.execPath, [resolve(ROOT, 'bin/eventline.js'), 'worker', '--db', db, '--drain', '--quiet', '--poll', '0.5'], { stdio: 'ignore' });
      c.on('close', (code) => (code === 0 ? res() : rej(new Error(`worker exit ${code}`))));
    })),
  );
  const wallSeconds = (performance.now() - t0) / 1000;
  const { connectionString, schema: qs } = queueTarget(db);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // the window opens when every process has finished its first job (all pipelines built)
    const r = (await client.query(`with j as (select completed_on, (output->>'tokens')::bigint as t, (output->>'saved')::int as d, output->>'worker' as w
        from ${qs}.job where name = 'eventline-ingest' and state = 'completed'),
      f as (select max(first) as start from (select min(completed_on) as first from j group by w) x)
      select count(*)::int as jobs, sum(d)::int as docs, sum(t) filter (where completed_on > f.start)::bigint as tokens,
             extract(epoch from max(completed_on) - f.start)::float as secs from j, f group by f.start`)).rows[0];
    await client.query(`drop schema ${schema} cascade`);
    await client.query(`drop schema ${qs} cascade`);
    rmSync(file, { force: true });
    return { processes, jobs: r.jobs, docs: r.docs, tokens: Number(r.tokens), seconds: round(r.secs), tokensPerSecond: Math.round(Number(r.tokens) / r.secs), wallSeconds: round(wallSeconds) };
  } finally {
    await client.end();
  }
}

function spawnChild(args: string[]): unknown {
  const res = spawnSync(process.execPath, [resolve(ROOT, 'bin/run.js'), fileURLToPath(import.meta.url), ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`child ${args.join(' ')} failed (exit ${res.status})`);
  const line = res.stdout.trim().split('\n').pop()!;
  return JSON.parse(line);
}

async function main(): Promise<void> {
  const child = arg('child');
  if (child === 'pool') {
    process.stdout.write(`${JSON.stringify(await poolChild(Number(arg('workers')), Number(arg('docs')), !process.argv.includes('--no-store')))}\n`);
    return;
  }
  if (child === 'warc') {
    process.stdout.write(`${JSON.stringify(await warcChild(arg('file')!))}\n`);
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const results: Record<string, unknown> = {
    generatedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAtStart: loadavg(),
  };
  if (!process.argv.includes('--skip-pool')) {
    const docs = Number(arg('docs', '1808')); // the whole corpus
    const warmDocs = arg('warm', '100')!;
    corpusFile();
    const pool: PoolResult[] = [];
    for (const w of [1, 2]) {
      const dbDir = arg('db-dir');
      const r = spawnChild(['--child', 'pool', '--workers', String(w), '--docs', String(docs), '--warm', warmDocs, ...(dbDir ? ['--db-dir', dbDir] : [])]) as PoolResult;
      console.log(`pool ${w} worker(s): ${r.docs} docs, ${r.tokens} tokens in ${r.seconds} s wall (${r.cpuSeconds} s CPU) = ${r.tokensPerSecond} tokens/s, peak RSS ${r.peakRssMb} MB, main thread busy ${r.mainBusySeconds} s (saveDocs ${r.saveSeconds} s), CPU s by thread ${r.threadCpuSeconds.join(' ')}, load before ${r.loadBefore}`);
      pool.push(r);
    }
    const speedup = round(pool[1].tokensPerSecond / pool[0].tokensPerSecond);
    console.log(`speed-up 2 workers / 1 worker (tokens/s): ${speedup}`);
    // the same flow without the SQLite writes: how the pipeline itself scales over the threads
    const bare: PoolResult[] = [];
    for (const w of [1, 2]) {
      const r = spawnChild(['--child', 'pool', '--workers', String(w), '--docs', String(docs), '--warm', warmDocs, '--no-store']) as PoolResult;
      console.log(`pipeline only, ${w} worker(s): ${r.tokensPerSecond} tokens/s (${r.seconds} s wall, ${r.cpuSeconds} s CPU), peak RSS ${r.peakRssMb} MB, main thread busy ${r.mainBusySeconds} s, CPU s by thread ${r.threadCpuSeconds.join(' ')}`);
      bare.push(r);
    }
    const bareSpeedup = round(bare[1].tokensPerSecond / bare[0].tokensPerSecond);
    console.log(`pipeline-only speed-up 2 workers / 1 worker (tokens/s): ${bareSpeedup}`);
    results.pool = { runs: pool, speedup, pipelineOnly: { runs: bare, speedup: bareSpeedup }, dbDir: arg('db-dir') ?? tmpdir() };
  }
  if (!process.argv.includes('--skip-warc')) {
    const sizes = (arg('warc-mb', '50,200') ?? '').split(',').map(Number);
    const warc: WarcResult[] = [];
    for (const size of sizes) {
      const path = join(OUT_DIR, `synthetic-${size}mb.warc.gz`);
      if (!existsSync(path)) {
        const t = performance.now();
        const { pages } = await writeWarc(path, size);
        console.log(`wrote ${relative(ROOT, path)}: ${pages} pages, ${mb(statSync(path).size)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
      const r = spawnChild(['--child', 'warc', '--file', path]) as WarcResult;
      console.log(`WARC.gz ${r.fileMb} MB: ${r.docs} documents from ${r.pages} HTML responses in ${r.seconds} s, peak RSS ${r.peakRssMb} MB`);
      warc.push(r);
    }
    results.warc = warc;
  }
  if (process.argv.includes('--pg')) {
    const docs = Number(arg('pg-docs', '1800'));
    const lines = Number(arg('pg-lines', '50')); // coarse jobs, as the queue is meant to run them (the CLI default is 300)
    const runs: PgResult[] = [];
    for (const n of [1, 2]) {
      const r = await pgRun(n, docs, lines);
      console.log(`PostgreSQL, ${n} worker process(es): ${r.jobs} jobs, ${r.docs} docs, ${r.tokensPerSecond} tokens/s once all processes were running (${r.seconds} s), ${r.wallSeconds} s wall with start-up, load ${loadavg()[0].toFixed(2)}`);
      runs.push(r);
    }
    const speedup = round(runs[1].tokensPerSecond / runs[0].tokensPerSecond);
    console.log(`speed-up 2 processes / 1 process (tokens/s): ${speedup}`);
    results.postgres = { runs, speedup };
  }
  results.loadAtEnd = loadavg();
  const out = join(OUT_DIR, 'scale-results.json');
  // parts not run this time keep their figures from the previous run
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
  console.log(`load average at start ${(results.loadAtStart as number[]).map((x) => x.toFixed(2)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}; results in ${relative(ROOT, out)}`);
}

await main();
