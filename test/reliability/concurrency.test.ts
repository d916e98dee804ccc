// Concurrent use of a SQLite store (WAL): while `eventline ingest` writes in another process, this process
// keeps querying — no errors (SQLITE_BUSY is absorbed by busy_timeout) and no torn reads: a document is
// either invisible or visible with all its layers, its event count already final.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allPages, openStore, type Store } from '../../src/store/store.ts';
import { checkStore } from '../../src/store/check.ts';
import { sleep, startCli, writeCorpus } from './ingest-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let corpus: { path: string; docs: number };
beforeAll(() => {
  corpus = writeCorpus(dir, 150_000);
});

describe('concurrent reader and writer (SQLite WAL)', () => {
  it('reads while an ingest writes: no errors, no torn documents', async () => {
    const db = join(dir, 'shared.db');
    const run = startCli(['ingest', corpus.path, '--db', db, '--quiet', '--batch', '3']);
    let finished = false;
    void run.done.then(() => (finished = true));
    while (!existsSync(db) && !finished) await sleep(50);
    await sleep(300); // let the writer create the schema
    let store: Store | null = null;
    const seen = new Map<string, number>();
    const listed = new Map<string, number>();
    const errors: string[] = [];
    const torn: string[] = [];
    let rounds = 0;
    const visibleWhileWriting = new Set<number>();
    try {
      store = await openStore(db);
      while (!finished) {
        rounds++;
        try {
          const rows = [];
          for await (const r of allPages((f) => store!.listDocs(f), {})) rows.push(r);
          visibleWhileWriting.add(rows.length);
          for (const r of rows) {
            const prev = listed.get(r.id);
            if (prev !== undefined && prev !== r.events) torn.push(`${r.id}: listDocs event count changed from ${prev} to ${r.events}`);
            listed.set(r.id, r.events);
          }
          const events = new Map<string, number>();
          for await (const e of allPages((f) => store!.listEvents(f), {})) events.set(e.doc, (events.get(e.doc) ?? 0) + 1);
          for (const r of rows.slice(-8)) {
            const doc = await store.getDoc(r.id);
            if (!doc) {
              torn.push(`${r.id}: listed but getDoc found nothing`);
              continue;
            }
            const n = doc.layers.events?.length;
            if (n === undefined || !doc.layers.tokens || !doc.layers.quotes) torn.push(`${r.id}: visible without all its layers`);
            if (n !== r.events) torn.push(`${r.id}: listDocs counted ${r.events} events, getDoc returned ${n}`);
            const prev = seen.get(r.id);
            if (prev !== undefined && prev !== n) torn.push(`${r.id}: event count changed from ${prev} to ${n}`);
            seen.set(r.id, n ?? -1);
          }
          for (const [id, n] of events) if (seen.has(id) && seen.get(id) !== n) torn.push(`${id}: listEvents saw ${n} events, getDoc ${seen.get(id)}`);
        } catch (err) {
          errors.push((err as Error).message);
        }
        await sleep(20);
      }
      const exit = await run.done;
      expect(exit.code, exit.stderr).toBe(0);
      expect(errors).toEqual([]);
      expect(torn).toEqual([]);
      // every count seen mid-ingest is the final one
      for (const [id, n] of seen) {
        const final = (await store.getDoc(id))!.layers.events!.length;
        expect(final, id).toBe(n);
      }
      const final = new Map<string, number>();
      for await (const r of allPages((f) => store!.listDocs(f), {})) final.set(r.id, r.events);
      for (const [id, n] of listed) expect(final.get(id), id).toBe(n);
      expect((await store.summary()).documents).toBe(corpus.docs);
      expect((await checkStore(store)).problems).toEqual([]);
    } finally {
      await store?.close();
      if (!finished) run.child.kill('SIGKILL');
    }
    const partial = [...visibleWhileWriting].filter((n) => n > 0 && n < corpus.docs).length;
    console.log(`concurrency: ${rounds} read rounds during the ingest, ${listed.size} documents seen mid-ingest (${seen.size} read in full), ${partial} distinct partial document counts observed, 0 errors`);
    expect(partial).toBeGreaterThan(1); // the reads really overlapped the writes
  }, 600_000);
});
