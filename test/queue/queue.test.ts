// The distributed queue against the real PostgreSQL (skipped with a message when unreachable): a folder
// is enqueued as coarse jobs, a worker drains the queue in-process, counts match a direct ingest, a second
// run of the same jobs stores nothing twice, and a failing job is retried and then dead-lettered.
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { resolve } from 'node:path';
import { openStore } from '../../src/store/store.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { runWorker } from '../../src/queue/worker.ts';
import { queueStatus } from '../../src/queue/status.ts';
import { openBoss, INGEST_QUEUE, DEAD_QUEUE } from '../../src/queue/boss.ts';
import { planJobs } from '../../src/queue/jobs.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';

const BASE = PG_BASE;
const GOOD = resolve(import.meta.dirname, '../fixtures/ingest/good');


const available = await postgresReachable('queue tests');
const run = `q${Date.now().toString(36)}${process.pid}`;
const schemas: string[] = [];
const fresh = () => {
  const s = `eventline_${run}_${schemas.length}`;
  schemas.push(s, `${s}_queue`);
  return `${BASE}?schema=${s}`;
};

afterAll(async () => {
  if (!available) return;
  const client = new pg.Client({ connectionString: BASE });
  await client.connect();
  for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
  await client.end();
});

describe('job planning', () => {
  it('plans one job per file and line ranges for JSON Lines', async () => {
    const { jobs } = await planJobs([GOOD], { linesPerJob: 2 });
    expect(jobs.filter((j) => j.kind === 'file').length).toBeGreaterThan(0);
    const ranges = jobs.filter((j) => j.kind === 'jsonl');
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) if (r.kind === 'jsonl') expect(r.to - r.from).toBeLessThanOrEqual(1);
    expect((await planJobs(['https://news.example/feed.xml'])).jobs).toEqual([{ kind: 'url', url: 'https://news.example/feed.xml' }]);
  });
});

describe.skipIf(!available)('pg-boss queue', () => {
  it('enqueues a folder, drains it with an in-process worker, and is idempotent on a second run', async () => {
    const db = fresh();
    const planned = await enqueue(db, [GOOD], { linesPerJob: 2 });
    expect(planned.jobs.length).toBeGreaterThan(2);
    const before = await queueStatus(db);
    expect(before.depth).toBe(planned.jobs.length);
    const totals = await runWorker({ db, untilDrained: true, pollSeconds: 0.2 });
    expect(totals).toMatchObject({ jobs: planned.jobs.length, failed: 0, saved: 6 });
    const store = await openStore(db);
    try {
      expect((await store.summary()).documents).toBe(6);
      // the same jobs again (as after a crash between saving and completing): nothing stored twice
      await enqueue(db, [GOOD], { linesPerJob: 2 });
      const again = await runWorker({ db, untilDrained: true, pollSeconds: 0.2 });
      expect(again).toMatchObject({ saved: 0, existing: 6, failed: 0 });
      expect((await store.summary()).documents).toBe(6);
    } finally {
      await store.close();
    }
    const after = await queueStatus(db);
    expect(after.depth).toBe(0);
    expect(after.states.completed).toBe(planned.jobs.length * 2);
    expect(after.throughput.find((t) => t.minutes === 5)!.docs).toBe(6);
  });

  it('retries a failing job with backoff, then moves it to the dead-letter queue', async () => {
    const db = fresh();
    const retry = { retryLimit: 1, retryDelay: 1 };
    const handle = await openBoss(db, retry);
    await handle.boss.insert([{ name: INGEST_QUEUE, data: { kind: 'jsonl', path: '/nowhere.jsonl', from: 0, to: 1 }, retryLimit: 1, retryDelay: 1, retryBackoff: true, deadLetter: DEAD_QUEUE }]);
    await handle.stop();
    const lines: string[] = [];
    const totals = await runWorker({ db, untilDrained: true, pollSeconds: 0.2, retry, log: (l) => lines.push(l) });
    expect(totals).toMatchObject({ jobs: 0, failed: 2 });
    expect(lines.every((l) => /^failed .*malformed job/.test(l))).toBe(true);
    const status = await queueStatus(db);
    expect(status.states.failed).toBe(1);
    expect(status.dead).toBe(1);
    expect(status.failures[0]).toMatchObject({ state: 'failed', retries: 1 });
    expect(status.failures[0].message).toMatch(/malformed job/);
  });
});
