// The annotation pool: worker threads (TypeScript loaded through tsx) give the same annotations as the
// pipeline in this thread; batches come back to the single writer in submission order; and
// `eventline ingest --workers 2` stores exactly what `--workers 0` stores.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDoc } from '../../src/doc/doc.ts';
import { chunkByChars, createAnnotator, createPoolAnnotator, retryOutOfMemory, workerHeapLimits } from '../../src/workers/pool.ts';
import { partitionLimited } from '../../src/pipeline/limits.ts';
import type { Doc } from '../../src/doc/types.ts';
import { OrderedBatches } from '../../src/workers/ordered-batches.ts';
import { openStore } from '../../src/store/store.ts';
import { workerCount } from '../../src/cli/commands/ingest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'eventline-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'Poland accused Belarus on Tuesday of pushing migrants towards the border. "This cannot go on," the Polish prime minister said in Warsaw.',
  'Kenya sent troops to Somalia on Friday to help government forces fight militants, the defence ministry in Nairobi said.',
  'Japan and South Korea agreed on Saturday to resume security talks, and Tokyo pledged to share missile warning data with Seoul.',
  'Chile signed an energy accord with Argentina in Santiago on Wednesday.',
];
const docs = () => TEXTS.map((text, i) => createDoc({ date: `2023-03-1${i}`, text }));

async function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/eventline.js'), ...args], { cwd: dir, env: { ...process.env, EVENTLINE_DB: '' } });
  let stderr = '';
  child.stderr.on('data', (b) => (stderr += b));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, stderr };
}

describe('annotation pool', () => {
  it('annotates in worker threads exactly as in this thread', async () => {
    const local = createAnnotator(0);
    const pool = createPoolAnnotator(2);
    try {
      const here = await local.annotate(docs());
      expect(here[0].layers.syntax?.heads.length).toBe(here[0].layers.tokens!.length);
      // the parse is not sent back from a thread (derived, never stored: src/workers/transfer.ts)
      for (const d of here) delete d.layers.syntax;
      const [a, b] = await Promise.all([pool.annotate(docs().slice(0, 2)), pool.annotate(docs().slice(2))]);
      expect(JSON.parse(JSON.stringify([...a, ...b]))).toEqual(JSON.parse(JSON.stringify(here)));
      expect(here[0].layers.tokens!.length).toBeGreaterThan(10);
      expect(here.some((d) => (d.layers.events ?? []).length > 0)).toBe(true);
      expect(pool.workers).toBe(2);
    } finally {
      await pool.close();
      await local.close();
    }
  });

  it('hands batches to the consumer in submission order with a bounded number in flight', async () => {
    const seen: number[] = [];
    let inFlight = 0;
    let most = 0;
    const flow = new OrderedBatches<number>(2, async (n) => {
      seen.push(n);
      inFlight--;
    });
    for (const [i, ms] of [30, 5, 20, 1, 10].entries()) {
      inFlight++;
      most = Math.max(most, inFlight);
      await flow.push(new Promise((r) => setTimeout(() => r(i), ms)));
    }
    await flow.drain();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBeLessThanOrEqual(3);
    const failing = new OrderedBatches<number>(1, async () => {});
    await failing.push(Promise.reject(new Error('worker crashed'))); // no unhandled rejection meanwhile
    await expect(failing.drain()).rejects.toThrow('worker crashed'); // surfaces when the batch is consumed
  });

  it('chooses the worker count from --workers and the input size', () => {
    expect(workerCount('0', 1e9)).toBe(0);
    expect(workerCount('3', 0)).toBe(3);
    expect(workerCount(undefined, 1000)).toBe(0);
    expect(workerCount(undefined, 1e9)).toBeGreaterThanOrEqual(1);
    expect(() => workerCount('two', 0)).toThrow(/--workers "two" must be a whole number/);
  });

  it('eventline ingest --workers 2 stores the same as --workers 0', async () => {
    const fixtures = join(ROOT, 'test/fixtures/ingest/good');
    const [two, zero] = await Promise.all([
      cli(['ingest', fixtures, '--db', join(dir, 'two.db'), '--workers', '2', '--batch', '2']),
      cli(['ingest', fixtures, '--db', join(dir, 'zero.db'), '--workers', '0', '--batch', '2']),
    ]);
    expect(two.stderr).toMatch(/ingested 6 documents/);
    expect(zero.stderr).toMatch(/ingested 6 documents/);
    expect(two.code).toBe(zero.code);
    const summary = async (f: string) => {
      const s = await openStore(join(dir, f));
      try {
        return { summary: await s.summary(), events: (await s.listEvents()).items.map((e) => e.id) };
      } finally {
        await s.close();
      }
    };
    expect(await summary('two.db')).toEqual(await summary('zero.db'));
  }, 180_000);

  it('cuts a batch into tasks of bounded text size, in order, a longer document alone', () => {
    const mk = (n: number) => createDoc({ date: '2023-01-01', text: 'x'.repeat(n) });
    const batch = [mk(100), mk(250), mk(500), mk(50), mk(60)];
    expect(chunkByChars(batch, 400).map((c) => c.map((d) => d.text.length))).toEqual([[100, 250], [500], [50, 60]]);
    expect(chunkByChars([], 400)).toEqual([]);
  });

  it('bounds the heap of a pipeline thread (EVENTLINE_WORKER_HEAP_MB)', () => {
    expect(workerHeapLimits({})).toEqual({ maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 });
    expect(workerHeapLimits({ EVENTLINE_WORKER_HEAP_MB: '1024' }).maxOldGenerationSizeMb).toBe(1024);
    expect(() => workerHeapLimits({ EVENTLINE_WORKER_HEAP_MB: '64' })).toThrow(/EVENTLINE_WORKER_HEAP_MB="64" must be .* at least 128/);
  });

  it('retries a task that ran out of heap document by document; the one that cannot fit is a skipped-document problem', async () => {
    const calls: number[] = [];
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const run = async (batch: Doc[]) => {
      calls.push(batch.length);
      if (batch.some((d) => d.text.includes('HUGE'))) throw oom;
      return batch.map((d) => ({ ...d, layers: { ...d.layers, tokens: [] } }));
    };
    const task = retryOutOfMemory(run, 384);
    const batch = ['one', 'HUGE two', 'three'].map((text) => createDoc({ date: '2023-01-01', text, origin: `in.jsonl:${text.length}` }));
    const out = await task(batch);
    expect(calls).toEqual([3, 1, 1, 1]);
    expect(out.map((d) => d.text)).toEqual(['one', 'HUGE two', 'three']);
    const { ok, problems } = partitionLimited(out);
    expect(ok.map((d) => d.text)).toEqual(['one', 'three']);
    expect(problems).toEqual([expect.objectContaining({ file: 'in.jsonl', line: 8, reason: expect.stringMatching(/more than a pipeline thread's 384 MB heap/) })]);
    // any other failure still fails the batch
    await expect(retryOutOfMemory(async () => { throw new Error('disk full'); }, 384)(batch)).rejects.toThrow('disk full');
  });
});
