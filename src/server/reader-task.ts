// One reader thread of `eventline serve`: opens the SQLite store read-only and answers GET /api requests
// with the same application (routes, validation, queries, aggregate cache) as the main thread, so a slow
// aggregate no longer holds up every other request. The main thread keeps the network, the Host check,
// the limits and the security headers (reader-pool.ts).
import { workerData } from 'node:worker_threads';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { createApp } from './app.ts';
import { sqliteDataVersion } from './data-version.ts';

export interface ReaderRequest {
  /** Path and query string, e.g. /api/events?country=POL. */
  path: string;
}

export interface ReaderResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ReaderData {
  db: string;
  cache: boolean;
}

let app: Promise<OpenAPIHono> | null = null;

async function open(data: ReaderData): Promise<OpenAPIHono> {
  const store = await SqliteStore.openReadOnly(data.db);
  return createApp({ store, db: store.db, webDir: null, dataVersion: data.cache ? sqliteDataVersion(store.db) : undefined });
}

export async function answer(req: ReaderRequest): Promise<ReaderResponse> {
  const a = await (app ??= open(workerData as ReaderData));
  const res = await a.request(`http://reader${req.path}`);
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    headers[k] = v;
  });
  return { status: res.status, headers, body: await res.text() };
}
