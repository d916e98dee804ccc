// Queue status for `eventline status`: jobs per state in the ingest and dead-letter queues, throughput
// (jobs and documents completed in the last minutes) and the latest failures with their messages.
import pg from 'pg';
import { DEAD_QUEUE, INGEST_QUEUE, openBoss } from './boss.ts';

export interface QueueStatus {
  /** Jobs by state (created, retry, active, completed, failed…) in the ingest queue. */
  states: Record<string, number>;
  /** Jobs waiting to run (created + retry). */
  depth: number;
  /** Jobs in the dead-letter queue. */
  dead: number;
  /** Completed in the last 1 / 5 / 60 minutes, with documents saved and tokens annotated. */
  throughput: { minutes: number; jobs: number; docs: number; tokens: number }[];
  /** The latest failed attempts (retried or dead), newest first. */
  failures: { job: string; state: string; retries: number; message: string; at: string }[];
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  const handle = await openBoss(url, undefined, { supervise: false });
  await handle.stop();
  const { connectionString, schema } = await import('./boss.ts').then((m) => m.queueTarget(url));
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const job = `${client.escapeIdentifier(schema)}.job`;
    const states: Record<string, number> = {};
    for (const r of (await client.query(`select state, count(*)::int as n from ${job} where name = $1 group by state`, [INGEST_QUEUE])).rows) states[r.state] = r.n;
    const dead = (await client.query(`select count(*)::int as n from ${job} where name = $1 and state <> 'completed'`, [DEAD_QUEUE])).rows[0].n as number;
    const throughput = [];
    for (const minutes of [1, 5, 60]) {
      const r = (
        await client.query(
          `select count(*)::int as jobs, coalesce(sum((output->>'saved')::int), 0)::int as docs, coalesce(sum((output->>'tokens')::bigint), 0)::bigint as tokens
           from ${job} where name = $1 and state = 'completed' and completed_on > now() - make_interval(mins => $2)`,
          [INGEST_QUEUE, minutes],
        )
      ).rows[0];
      throughput.push({ minutes, jobs: r.jobs, docs: r.docs, tokens: Number(r.tokens) });
    }
    const failures = (
      await client.query(
        `select data, state, retry_count, output, coalesce(completed_on, started_on, created_on) as at from ${job}
         where name = $1 and state in ('retry', 'failed') order by at desc limit 5`,
        [INGEST_QUEUE],
      )
    ).rows.map((r) => ({
      job: JSON.stringify(r.data),
      state: r.state as string,
      retries: Number(r.retry_count),
      message: String(r.output?.message ?? r.output?.value?.message ?? JSON.stringify(r.output ?? {})),
      at: new Date(r.at).toISOString(),
    }));
    return { states, depth: (states.created ?? 0) + (states.retry ?? 0), dead, throughput, failures };
  } finally {
    await client.end();
  }
}
