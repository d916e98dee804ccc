// Starting the dashboard server: opens the store, checks the built dashboard exists, binds the HTTP server
// (loopback by default) with its request limits (and the write API when given a token), closes all on shutdown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { fromPackageRoot } from '../package-root.ts';
import { KyselyStore } from '../store/kysely-store.ts';
import { openStore, type Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { clockDataVersion, sqliteDataVersion } from './data-version.ts';
import { createReaderPool } from './reader-pool.ts';
import { createPoolAnnotator, type Annotator } from '../workers/pool.ts';
import type { RateSpec } from './rate-limit.ts';
import { lazyAnnotator } from './write-api.ts';
import { answerClientError } from './guard.ts';

/** The built dashboard (output of `npm run build:web`). */
export const WEB_DIST = fromPackageRoot('web', 'dist');

export const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  /** Defaults to WEB_DIST; null serves the API only. */
  webDir?: string | null;
  /** An already open store (tests); `db` is then only used in messages. */
  store?: Store;
  /** Reader threads answering API requests (SQLite files only); 0 answers in the main thread. */
  readers?: number;
  /** Enables POST /api/documents for requests with `Authorization: Bearer <writeToken>` (write-token.ts). */
  writeToken?: string;
  /** Annotates written documents (default: one worker thread, started on the first write). */
  annotator?: Annotator;
  /** Extra knowledge folders for the POSTed articles' pipeline (after the bundled one). */
  knowledge?: string[];
  /** Most bytes in a request body (default 5 MB). */
  maxBodyBytes?: number;
  /** Reads per second per client address, bursts of twice that (default 200); 0 turns the read limit off. */
  rateLimit?: number;
  /** Per-client write limit (default DEFAULT_WRITE_RATE). */
  writeRate?: RateSpec;
  /** The rate limits' clock in milliseconds (default performance.now); tests stop it. */
  rateClock?: () => number;
}

export const DEFAULT_READ_RATE = 200;
export const DEFAULT_WRITE_RATE: RateSpec = { perSecond: 2, burst: 5 };

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export class WebMissingError extends Error {}

/**
 * Reader threads for a file-backed SQLite store (`readers`, else EVENTLINE_SERVE_READERS, else 2); 0 when the
 * store was handed in already open, is in memory, or is PostgreSQL (its queries already run concurrently).
 */
function readerThreads(o: ServeOptions, dialect: string): number {
  if (o.store || dialect !== 'sqlite' || o.db === ':memory:') return 0;
  const n = o.readers ?? Number(process.env.EVENTLINE_SERVE_READERS ?? 2);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 16) : 0;
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const webDir = o.webDir === undefined ? WEB_DIST : o.webDir;
  if (webDir && !existsSync(join(webDir, 'index.html'))) {
    throw new WebMissingError(`the dashboard is not built (${webDir} is missing); run "npm run build:web" first`);
  }
  const store = o.store ?? (await openStore(o.db));
  if (!(store instanceof KyselyStore)) throw new Error('eventline serve needs a SQLite or PostgreSQL store');
  const db = store.db;
  const dataVersion = store.dialect === 'sqlite' ? sqliteDataVersion(db) : clockDataVersion(5); // PostgreSQL: cached aggregates live at most 5 s
  const loopback = LOOPBACK.includes(o.host);
  const cache = process.env.EVENTLINE_SERVE_CACHE !== '0'; // 0 turns the aggregate cache off (benchmarks)
  const threads = readerThreads(o, store.dialect);
  const readers = threads ? createReaderPool(o.db, threads, cache) : undefined;
  const reads = o.rateLimit ?? DEFAULT_READ_RATE;
  const annotator = o.writeToken ? (o.annotator ?? lazyAnnotator(() => createPoolAnnotator(1, o.knowledge ?? []))) : undefined; // keeps this thread free for reads
  const app = createApp({
    store, db, webDir, dataVersion: cache ? dataVersion : undefined, readers,
    allowedHosts: loopback ? ['127.0.0.1', 'localhost', '[::1]', '::1'] : undefined,
    write: o.writeToken && annotator ? { token: o.writeToken, annotator } : undefined,
    limits: { maxBodyBytes: o.maxBodyBytes, readRate: reads > 0 ? { perSecond: reads, burst: reads * 2 } : null, writeRate: o.writeRate ?? DEFAULT_WRITE_RATE, clock: o.rateClock },
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, () => resolve(s));
    s.once('error', reject);
  });
  server.on('clientError', (err, socket) => answerClientError(err, socket)); // a URL over Node's 16 KB head limit: 414, not 431
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const hostPart = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${hostPart}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      })
        .then(() => readers?.close())
        .then(() => (o.annotator ? undefined : annotator?.close()))
        .then(() => (o.store ? undefined : store.close())),
  };
}
