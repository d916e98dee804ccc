// The server's reader pool: worker threads (piscina), each with its own read-only SQLite connection,
// answering GET /api requests in parallel (SQLite in WAL mode lets readers run beside each other and
// beside a writer). Only for file-backed SQLite stores; PostgreSQL queries already run concurrently.
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReaderData, ReaderRequest, ReaderResponse } from './reader-task.ts';

const WORKER_FILE = fileURLToPath(new URL('./reader-worker.js', import.meta.url));

export interface ReaderPool {
  readonly threads: number;
  answer(path: string): Promise<ReaderResponse>;
  close(): Promise<void>;
}

export function createReaderPool(db: string, threads: number, cache: boolean): ReaderPool {
  const n = Math.max(1, threads);
  const data: ReaderData = { db, cache };
  const pool = new Piscina({ filename: WORKER_FILE, minThreads: n, maxThreads: n, idleTimeout: 300_000, workerData: data });
  return {
    threads: n,
    answer: (path) => pool.run({ path } satisfies ReaderRequest) as Promise<ReaderResponse>,
    close: () => pool.destroy(),
  };
}
