// Enqueueing ingest jobs: the paths and URLs are planned into coarse jobs (src/queue/jobs.ts) and inserted
// into the pg-boss ingest queue in bulk, each with the retry policy, the expiry and the dead-letter queue.
import type { InputProblem } from '../ingest/problem.ts';
import { DEAD_QUEUE, DEFAULT_RETRY, INGEST_QUEUE, openBoss, type RetryPolicy } from './boss.ts';
import { planJobs, type IngestJob } from './jobs.ts';
import { slices } from '../store/slices.ts';

export interface EnqueueResult {
  jobs: IngestJob[];
  problems: InputProblem[];
}

export async function enqueue(
  db: string,
  inputs: string[],
  options: { date?: string; linesPerJob?: number; sanitize?: boolean; retry?: RetryPolicy } = {},
): Promise<EnqueueResult> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const plan = await planJobs(inputs, options);
  if (!plan.jobs.length) return plan;
  const handle = await openBoss(db, retry, { supervise: false });
  try {
    for (const part of slices(plan.jobs, 500)) {
      await handle.boss.insert(
        part.map((data) => ({
          name: INGEST_QUEUE, data, retryLimit: retry.retryLimit, retryDelay: retry.retryDelay, retryBackoff: true, deadLetter: DEAD_QUEUE,
          expireInSeconds: handle.expireSeconds,
        })),
      );
    }
  } finally {
    await handle.stop();
  }
  return plan;
}
