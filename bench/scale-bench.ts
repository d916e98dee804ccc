// The scaling benchmark (`node bin/run.js bench/scale-bench.ts [--docs N] [--warc-mb 50,200] [--skip-pool]
// [--skip-warc]`): full ingest (pipeline in worker threads + SQLite writes, one transaction per batch)
// with 1 vs 2 worker threads, and WARC.gz streaming peak RSS for archives of different sizes. Each run
// is its own child process, so peak RSS is per run. Results go to bench/out/scale-results.json.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
}

/** Child: ingest `docs` articles into a fresh SQLite file through a pool of `workers` threads. */
async function poolChild(workers: number, docs: number): Promise<PoolResult> {
  const { createDoc } = await import('../src/doc/doc.ts');
  const { createPoolAnnotator } = await import('../src/workers/pool.ts');
  const { OrderedBatches } = await import('../src/workers/ordered-batches.ts');
  const { openStore } = await import('../src/store/store.ts');
  const all = readCorpus(corpusFile());
  const warm = all.slice(all.length - workers * 4);
  const timed = all.slice(0, docs);
  const dir = join(tmpdir(), `eventline-scale-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const store = await openStore(join(dir, 'bench.db'));
  const annotator = createPoolAnnotator(workers);
  // warm-up: every worker builds its pipeline and annotates a few documents
  await Promise.all(Array.from({ length: workers }, (_, i) => annotator.annotate(warm.slice(i * 4, i * 4 + 4).map((a) => createDoc({ date: a.date, text: a.text })))));
  const loadBefore = loadavg()[0];
  let tokens = 0;
  const flow = new OrderedBatches<import('../src/doc/types.ts').Doc[]>(workers * 2, async (batch) => {
    for (const d of batch) tokens += d.layers.tokens?.length ?? 0;
    await store.saveDocs(batch);
  });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < timed.length; i += BATCH) {
    const batch = timed.slice(i, i + BATCH).map((a) => createDoc({ date: a.date, text: a.text }));
    await flow.push(annotator.annotate(batch));
  }
  await flow.drain();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const stored = (await store.summary()).documents;
  await annotator.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  if (stored !== timed.length) throw new Error(`stored ${stored} of ${timed.length} documents`);
  return {
    workers, docs: timed.length, tokens, seconds: round(seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6),
    tokensPerSecond: Math.round(tokens / seconds), docsPerSecond: round(timed.length / seconds), peakRssMb: peakRssMb(), loadBefore: round(loadBefore),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

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
    process.stdout.write(`${JSON.stringify(await poolChild(Number(arg('workers')), Number(arg('docs'))))}\n`);
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
    const docs = Number(arg('docs', '600'));
    corpusFile();
    const pool: PoolResult[] = [];
    for (const w of [1, 2]) {
      const r = spawnChild(['--child', 'pool', '--workers', String(w), '--docs', String(docs)]) as PoolResult;
      console.log(`pool ${w} worker(s): ${r.docs} docs, ${r.tokens} tokens in ${r.seconds} s wall (${r.cpuSeconds} s CPU) = ${r.tokensPerSecond} tokens/s, peak RSS ${r.peakRssMb} MB, load before ${r.loadBefore}`);
      pool.push(r);
    }
    const speedup = round(pool[1].tokensPerSecond / pool[0].tokensPerSecond);
    console.log(`speed-up 2 workers / 1 worker (tokens/s): ${speedup}`);
    results.pool = { runs: pool, speedup };
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
  results.loadAtEnd = loadavg();
  const out = join(OUT_DIR, 'scale-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`load average at start ${(results.loadAtStart as number[]).map((x) => x.toFixed(2)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}; results in ${relative(ROOT, out)}`);
}

await main();
