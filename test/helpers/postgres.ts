// The PostgreSQL server the tests use (EVENTLINE_TEST_PG, default the local one) and a reachability check
// that lets a suite skip with one clear line when no server answers.
import pg from 'pg';

export const PG_BASE = process.env.EVENTLINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when the server answers; otherwise prints why `what` is skipped and returns false. */
export async function postgresReachable(what: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (err) {
    console.warn(`skipping ${what}: no PostgreSQL at ${PG_BASE} (${(err as Error).message}); set EVENTLINE_TEST_PG to run them`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
