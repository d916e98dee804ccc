// Many writers on one SQLite store: two `eventline ingest` processes into the same fresh file while a
// served store (the write API, in this process) takes POSTs — every document stored exactly once, both
// ingests exit 0, no 5xx, the store passes `check`. Three trials (MANY_WRITERS_TRIALS overrides).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusArticle } from '../../bench/corpus.ts';
import { contentId } from '../../src/doc/doc.ts';
import { startServer } from '../../src/server/serve.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { checkStore } from '../../src/store/check.ts';
import { sleep, startCli } from './ingest-process.ts';

const TRIALS = Number(process.env.MANY_WRITERS_TRIALS ?? 3);
const TOKEN = 'many-writers-test-token-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'eventline-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Articles without ids (content-hash ids, so the same article in two inputs is one document). */
const bare = (a: CorpusArticle) => ({ date: a.date, text: a.text });
const jsonl = (as: CorpusArticle[]) => as.map((a) => JSON.stringify(bare(a))).join('\n') + '\n';

let a: CorpusArticle[];
let b: CorpusArticle[];
let posted: CorpusArticle[];
beforeAll(() => {
  a = generateCorpus(60_000, 11);
  b = [...generateCorpus(60_000, 12), ...a.slice(0, 8)]; // 8 articles in both inputs
  posted = [...generateCorpus(20_000, 13), ...a.slice(8, 10)]; // 2 also in an ingest's input
  writeFileSync(join(dir, 'a.jsonl'), jsonl(a));
  writeFileSync(join(dir, 'b.jsonl'), jsonl(b));
});

describe('two ingests and the write API on one SQLite store', () => {
  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`trial ${trial}: every document stored exactly once, no 5xx, both ingests exit 0`, async () => {
      const db = join(dir, `t${trial}.db`);
      await (await SqliteStore.open(db)).close(); // the server needs the file; the ingests race on everything else
      const server = await startServer({ db, port: 0, host: '127.0.0.1', webDir: null, writeToken: TOKEN, writeRate: { perSecond: 50, burst: 50 } });
      const statuses: number[] = [];
      const answers: string[] = [];
      try {
        // small batches: many short write transactions interleaving with the other writers
        const one = startCli(['ingest', join(dir, 'a.jsonl'), '--db', db, '--quiet', '--batch', '2', '--workers', '0']);
        const two = startCli(['ingest', join(dir, 'b.jsonl'), '--db', db, '--quiet', '--batch', '2', '--workers', '0']);
        let done = 0;
        void one.done.then(() => done++);
        void two.done.then(() => done++);
        for (const [i, art] of posted.entries()) {
          if (i > 0 && done < 2) await sleep(300);
          const res = await fetch(`${server.url}/api/documents`, {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: JSON.stringify(bare(art)),
          });
          statuses.push(res.status);
          const body = await res.text();
          if (res.status !== 200) answers.push(`${res.status} ${body.slice(0, 200)}`);
          else answers.push(...(JSON.parse(body) as { results: { status: string }[] }).results.map((r) => r.status));
        }
        const [r1, r2] = await Promise.all([one.done, two.done]);
        expect([r1.code, r1.stderr.trim()]).toEqual([0, '']);
        expect([r2.code, r2.stderr.trim()]).toEqual([0, '']);
      } finally {
        await server.close();
      }
      expect(statuses.filter((s) => s >= 500), answers.join('; ')).toEqual([]);
      expect(answers.every((s) => s === 'stored' || s === 'existing'), answers.join('; ')).toBe(true);
      const expected = new Set([...a, ...b, ...posted].map((x) => contentId(x.date, x.text)));
      const store = await SqliteStore.open(db);
      try {
        const rows = await store.db.selectFrom('documents').select('id').execute();
        expect(rows.length).toBe(expected.size); // the primary key makes "more than once" impossible; none lost
        expect(new Set(rows.map((r) => r.id))).toEqual(expected);
        const report = await checkStore(store);
        expect(report.problems).toEqual([]);
      } finally {
        await store.close();
      }
    }, 240_000);
  }
});
