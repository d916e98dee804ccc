// Taking turns with other writers: a write transaction that meets a lock held by another process (SQLite
// SQLITE_BUSY once busy_timeout has run out, PostgreSQL deadlock or serialization failure) is retried a
// bounded number of times with exponential back-off and jitter; a store that cannot be written at all
// (busy for too long, deleted, read-only) is a StoreUnavailableError, never a problem of one record.

/** The store as a whole cannot take writes now: callers stop (ingest) or answer 503 (server), never skip a record for it. */
export class StoreUnavailableError extends Error {}

export interface RetryOptions {
  /** Attempts in all (default 8). */
  attempts?: number;
  /** First back-off in ms, doubled each time (default 50), capped at `maxDelayMs` (default 2000). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn`, again after a back-off while `transient(err)`; gives up with a StoreUnavailableError naming `what`. */
export async function retryTransient<T>(fn: () => Promise<T>, transient: (err: unknown) => boolean, what: string, o: RetryOptions = {}): Promise<T> {
  const attempts = o.attempts ?? 8;
  const base = o.baseDelayMs ?? 50;
  const cap = o.maxDelayMs ?? 2000;
  for (let k = 1; ; k++) {
    try {
      return await fn();
    } catch (err) {
      if (!transient(err)) throw err;
      if (k >= attempts) {
        throw new StoreUnavailableError(`${what} stayed locked by another writer (${k} attempts: ${(err as Error).message}); nothing was written, try again later`);
      }
      const delay = Math.min(cap, base * 2 ** (k - 1));
      await sleep(delay / 2 + Math.random() * delay); // jitter, so two waiting writers do not retry in step
    }
  }
}

/** SQLite's lock errors (better-sqlite3 codes): busy (after busy_timeout), busy snapshot or recovery, locked. */
export function sqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** PostgreSQL errors after which the same transaction may succeed: deadlock, serialization failure. */
export function postgresTransient(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === '40P01' || code === '40001';
}
