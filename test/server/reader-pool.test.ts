// The server's reader threads: with `readers` > 0 every API answer comes from a worker thread over a
// read-only connection and must be byte-identical to the main thread's; writes made after start are seen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { startServer, type RunningServer } from '../../src/server/serve.ts';
import { fixtureDocs } from './fixture-docs.ts';

const PATHS = [
  '/api/summary',
  '/api/events?limit=5',
  '/api/events?country=POL&limit=3',
  '/api/aggregates/counts?period=day&by=type',
  '/api/aggregates/dyads',
  '/api/aggregates/dyad-series?dyad=BLR-POL&period=week',
  '/api/quotes?limit=2',
];

describe('reader threads', () => {
  let dir: string;
  let db: string;
  let pooled: RunningServer;
  let single: RunningServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-readers-'));
    db = join(dir, 's.db');
    const store = await SqliteStore.open(db);
    await store.saveDocs(fixtureDocs().slice(0, 2));
    await store.close();
    pooled = await startServer({ db, port: 0, host: '127.0.0.1', webDir: null, readers: 2 });
    single = await startServer({ db, port: 0, host: '127.0.0.1', webDir: null, readers: 0 });
  }, 180_000);

  afterAll(async () => {
    await pooled?.close();
    await single?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers exactly as the main thread does, with the same status for bad input', async () => {
    for (const p of [...PATHS, '/api/aggregates/dyads?dyad=nonsense', '/api/nope']) {
      const [a, b] = await Promise.all([fetch(`${pooled.url}${p}`), fetch(`${single.url}${p}`)]);
      expect(a.status, p).toBe(b.status);
      expect(await a.text(), p).toBe(await b.text());
      expect(a.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('sees documents stored while it runs', async () => {
    const before = await (await fetch(`${pooled.url}/api/summary`)).json();
    const store = await SqliteStore.open(db);
    await store.saveDocs(fixtureDocs().slice(2));
    await store.close();
    const after = await (await fetch(`${pooled.url}/api/summary`)).json();
    expect(after.documents).toBeGreaterThan(before.documents);
    expect(after.events).toBeGreaterThan(before.events);
    const viaMain = await (await fetch(`${single.url}/api/aggregates/counts?period=week&by=quad`)).text();
    expect(await (await fetch(`${pooled.url}/api/aggregates/counts?period=week&by=quad`)).text()).toBe(viaMain);
  });
});
