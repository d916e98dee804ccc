// Edges of the server's request handling: URLs past Node's 16 KB head limit are 414 like shorter long URLs
// (Node answered 431), oversized headers stay 431; the Bearer scheme is matched case-insensitively (RFC
// 9110 §11.1) while the token is exact; a database file deleted or made read-only while the server runs
// makes POST /api/documents answer 503 with nothing written, instead of writing into an unlinked file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/serve.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { bearerChecker } from '../../src/server/write-token.ts';
import type { Annotator } from '../../src/workers/pool.ts';

const TOKEN = 'request-edges-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'eventline-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Stores documents as they come (the pipeline is not what these tests are about). */
const passThrough: Annotator = { workers: 1, annotate: async (docs) => docs, close: async () => {} };
const post = (url: string, text: string) =>
  fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ date: '2024-05-01', text }),
  });

describe('long URLs and headers over the network', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let store: SqliteStore;
  beforeAll(async () => {
    store = await SqliteStore.open(':memory:');
    server = await startServer({ db: ':memory:', port: 0, host: '127.0.0.1', store, webDir: null, rateLimit: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('414 for URLs of 9 KB, 20 KB and 100 KB; 431 for a 20 KB header; the server keeps answering', async () => {
    for (const n of [9_000, 20_000, 100_000]) {
      const res = await fetch(`${server.url}/api/docs?text=${'x'.repeat(n)}`);
      expect(res.status, `${n}`).toBe(414);
      expect((await res.json()).error).toMatch(/^the URL is .*over the 8192 .*limit; shorten the query$/);
    }
    const big = await fetch(`${server.url}/api/summary`, { headers: { 'x-padding': 'y'.repeat(20_000) } });
    expect(big.status).toBe(431);
    expect((await fetch(`${server.url}/api/summary`)).status).toBe(200);
  });
});

describe('the Bearer scheme', () => {
  it('is case-insensitive (RFC 9110 §11.1); the token is not', () => {
    const ok = bearerChecker(TOKEN);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) expect(ok(`${scheme} ${TOKEN}`), scheme).toBe(true);
    expect(ok(`Bearer ${TOKEN.toUpperCase()}`)).toBe(false);
    expect(ok(`Basic ${TOKEN}`)).toBe(false);
    expect(ok(TOKEN)).toBe(false);
  });
});

describe('a database file deleted or made read-only under the server', () => {
  for (const how of ['deleted', 'replaced', 'read-only'] as const) {
    it(`${how}: POST answers 503 with one clear line and writes nothing`, async () => {
      const db = join(dir, `${how}.db`);
      await (await SqliteStore.open(db)).close();
      const server = await startServer({ db, port: 0, host: '127.0.0.1', webDir: null, readers: 0, writeToken: TOKEN, annotator: passThrough, writeRate: { perSecond: 10, burst: 10 } });
      try {
        expect((await post(server.url, 'The ferry to Northport resumed service on Tuesday.')).status).toBe(200);
        if (how === 'deleted') unlinkSync(db);
        if (how === 'replaced') {
          await (await SqliteStore.open(`${db}.new`)).close();
          renameSync(`${db}.new`, db);
        }
        if (how === 'read-only') chmodSync(db, 0o444);
        const res = await post(server.url, 'The ferry to Southport stopped on Wednesday.');
        expect(res.status).toBe(503);
        const { error } = await res.json();
        expect(error).toBe({
          deleted: `database ${db} was deleted while eventline had it open; nothing was written — restart with the database in place`,
          replaced: `database ${db} was replaced by another file while eventline had it open; nothing was written — restart to use the new file`,
          'read-only': `database ${db} is read-only; nothing was written — make it writable (chmod u+w) to store documents`,
        }[how]);
      } finally {
        await server.close();
      }
      if (how !== 'deleted') {
        chmodSync(db, 0o644);
        const s = await SqliteStore.open(db);
        const texts = (await s.db.selectFrom('documents').select('text').execute()).map((r) => r.text);
        expect(texts.filter((t) => t.includes('Southport'))).toEqual([]); // the second article went nowhere
        await s.close();
      }
    });
  }
});
