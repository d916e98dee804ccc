// The pg-boss connection for the distributed job queue: opened from the store's postgres:// URL (its
// `?schema=NAME` gives the queue schema NAME_queue, so test stores get their own queue), with the ingest
// queue (retries with exponential backoff) and its dead-letter queue created on first use. A job still
// active after its expiry (its worker was killed) is given back by the maintenance of any running worker.
import PgBoss from 'pg-boss';
import { isPostgresUrl } from '../store/store.ts';

export const INGEST_QUEUE = 'eventline-ingest';
export const DEAD_QUEUE = 'eventline-ingest-dead';

export interface RetryPolicy {
  /** Retries after the first attempt before a job goes to the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) on each further retry. */
  retryDelay: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 3, retryDelay: 5 };

/** Seconds a job may stay active before pg-boss counts it as failed and retries it (a killed worker's job). */
export const DEFAULT_EXPIRE_SECONDS = 3600;

/** The job expiry: EVENTLINE_JOB_EXPIRE_SECONDS, else DEFAULT_EXPIRE_SECONDS; keep it above the longest job. */
export function jobExpireSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EVENTLINE_JOB_EXPIRE_SECONDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_EXPIRE_SECONDS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n >= 86_400) {
    throw new Error(`EVENTLINE_JOB_EXPIRE_SECONDS "${raw}" must be a whole number of seconds from 1 to 86399 (unset: ${DEFAULT_EXPIRE_SECONDS})`);
  }
  return n;
}

export interface BossHandle {
  boss: PgBoss;
  schema: string;
  /** Job expiry in seconds (set on jobs inserted through this handle). */
  expireSeconds: number;
  stop(): Promise<void>;
}

/** The connection string without eventline's `schema` parameter, and the queue schema. */
export function queueTarget(url: string): { connectionString: string; schema: string } {
  if (!isPostgresUrl(url)) throw new Error(`the job queue needs a postgres:// URL (got ${url}); pass --db postgres://… or set EVENTLINE_DB`);
  const u = new URL(url);
  const storeSchema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (storeSchema !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(storeSchema)) throw new Error(`invalid schema name "${storeSchema}"`);
  return { connectionString: u.toString(), schema: storeSchema ? `${storeSchema}_queue` : 'eventline_queue' };
}

/** Starts pg-boss (creating its schema when needed) and makes sure both queues exist. */
export async function openBoss(url: string, retry: RetryPolicy = DEFAULT_RETRY, options: { supervise?: boolean } = {}): Promise<BossHandle> {
  const { connectionString, schema } = queueTarget(url);
  const expireSeconds = jobExpireSeconds();
  // maintenance (which gives expired jobs back) runs every 2 minutes, or as often as jobs expire when sooner
  const boss = new PgBoss({
    connectionString, schema, max: 4, supervise: options.supervise ?? true, schedule: false, maintenanceIntervalSeconds: Math.min(120, expireSeconds),
  });
  boss.on('error', () => {}); // maintenance errors surface on the next call instead of crashing the process
  await boss.start();
  const queues = new Set((await boss.getQueues()).map((q) => q.name));
  if (!queues.has(DEAD_QUEUE)) await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retentionDays: 14 });
  if (!queues.has(INGEST_QUEUE)) {
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE, retryLimit: retry.retryLimit, retryDelay: retry.retryDelay, retryBackoff: true,
      deadLetter: DEAD_QUEUE, expireInSeconds: expireSeconds, retentionDays: 14,
    });
  }
  return { boss, schema, expireSeconds, stop: () => boss.stop({ graceful: false, wait: true }) };
}
