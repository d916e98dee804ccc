// A queue worker: fetches ingest jobs one at a time from pg-boss, runs them (pipeline in this thread or a
// worker pool) against the PostgreSQL store, completes them with their counts or fails them (pg-boss then
// retries with backoff and finally moves them to the dead-letter queue). Runs until stopped, or until the
// queue is drained when `untilDrained`.
import { hostname } from 'node:os';
import { openStore, type Store } from '../store/store.ts';
import type { Fetcher } from '../ingest/fetch-inputs.ts';
import { createAnnotator, type Annotator } from '../workers/pool.ts';
import { INGEST_QUEUE, openBoss, type RetryPolicy } from './boss.ts';
import { describeJob, runJob, type JobResult } from './jobs.ts';

export interface WorkerOptions {
  db: string;
  /** Worker threads for the pipeline (0/1: this thread). */
  workers?: number;
  knowledge?: string[];
  untilDrained?: boolean;
  /** Seconds between polls of an empty queue (default 2). */
  pollSeconds?: number;
  retry?: RetryPolicy;
  fetcher?: Fetcher;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface WorkerTotals {
  jobs: number;
  failed: number;
  saved: number;
  existing: number;
  problems: number;
  tokens: number;
  seconds: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((r) => {
    const t = setTimeout(r, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), r()), { once: true });
  });

export async function runWorker(o: WorkerOptions): Promise<WorkerTotals> {
  const log = o.log ?? (() => {});
  const handle = await openBoss(o.db, o.retry);
  let store: Store | null = null;
  let annotator: Annotator | null = null;
  const totals: WorkerTotals = { jobs: 0, failed: 0, saved: 0, existing: 0, problems: 0, tokens: 0, seconds: 0 };
  const started = performance.now();
  try {
    store = await openStore(o.db);
    annotator = createAnnotator(o.workers ?? 0, o.knowledge ?? []);
    while (!o.signal?.aborted) {
      const [job] = await handle.boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1 });
      if (!job) {
        if (o.untilDrained && (await handle.boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) break;
        await sleep((o.pollSeconds ?? 2) * 1000, o.signal);
        continue;
      }
      const t0 = performance.now();
      try {
        const r: JobResult = await runJob(job.data, store, annotator, o.fetcher);
        await handle.boss.complete(INGEST_QUEUE, job.id, { ...r, ms: Math.round(performance.now() - t0), worker: `${hostname()}:${process.pid}` });
        totals.jobs++;
        totals.saved += r.saved;
        totals.existing += r.existing;
        totals.problems += r.problems;
        totals.tokens += r.tokens;
        log(`done ${describeJob(job.data)}: ${r.saved} saved, ${r.existing} already stored, ${r.problems} skipped`);
      } catch (err) {
        totals.failed++;
        const message = (err as Error).message ?? String(err);
        await handle.boss.fail(INGEST_QUEUE, job.id, { message });
        log(`failed ${describeJob(job.data)}: ${message}`);
      }
    }
  } finally {
    totals.seconds = Math.round((performance.now() - started) / 10) / 100;
    await annotator?.close();
    await store?.close();
    await handle.stop();
  }
  return totals;
}
