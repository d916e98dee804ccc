// Starting the dashboard server: opens the store, checks the built dashboard exists, binds the HTTP server
// (loopback by default) and closes both on shutdown.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'kysely';
import { KyselyStore } from '../store/kysely-store.ts';
import { openStore, type Store } from '../store/store.ts';
import { createApp } from './app.ts';

/** The built dashboard (output of `npm run build:web`). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  /** Defaults to WEB_DIST; null serves the API only. */
  webDir?: string | null;
  /** An already open store (tests); `db` is then only used in messages. */
  store?: Store;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export class WebMissingError extends Error {}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const webDir = o.webDir === undefined ? WEB_DIST : o.webDir;
  if (webDir && !existsSync(join(webDir, 'index.html'))) {
    throw new WebMissingError(`the dashboard is not built (${webDir} is missing); run "npm run build:web" first`);
  }
  const store = o.store ?? (await openStore(o.db));
  if (!(store instanceof KyselyStore)) throw new Error('eventline serve needs a SQLite or PostgreSQL store');
  const db = store.db;
  const dataVersion =
    store.dialect === 'sqlite'
      ? async () => {
          const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
          return r.rows[0]?.data_version ?? 0;
        }
      : async () => Math.floor(Date.now() / 5000); // PostgreSQL: cached aggregates live at most 5 s
  const loopback = LOOPBACK.includes(o.host);
  const cache = process.env.EVENTLINE_SERVE_CACHE !== '0'; // 0 turns the aggregate cache off (benchmarks)
  const app = createApp({
    store, db, webDir, dataVersion: cache ? dataVersion : undefined,
    allowedHosts: loopback ? ['127.0.0.1', 'localhost', '[::1]', '::1'] : undefined,
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, () => resolve(s));
    s.once('error', reject);
  });
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
      }).then(() => (o.store ? undefined : store.close())),
  };
}
