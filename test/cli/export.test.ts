// exportStore (src/cli/commands/export.ts): every document once, ordered by date and id, read in chunks of
// getDocs across chunk and page boundaries, each line the document getDoc returns.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/doc.ts';
import { openStore } from '../../src/store/store.ts';
import { exportStore } from '../../src/cli/commands/export.ts';
import { importFile } from '../../src/cli/commands/import.ts';
import { checkStore } from '../../src/store/check.ts';
import { aidDoc, borderDoc } from '../store/sample-docs.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';
import pg from 'pg';

const dir = mkdtempSync(join(tmpdir(), 'eventline-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportStore', () => {
  it('writes 1,203 documents once each, by date then id, as getDoc reads them', async () => {
    const store = await openStore(join(dir, 'many.db'));
    try {
      // more than one page of listDocs (1,000) and not a multiple of the 100-document chunk
      const docs = Array.from({ length: 1201 }, (_, i) =>
        createDoc({ date: `2023-0${1 + (i % 9)}-1${i % 10}`, text: `Harbour ${i} of Eastport reopened after the storm.` }));
      await store.saveDocs([...docs, borderDoc(), aidDoc()]);
      const lines: string[] = [];
      const n = await exportStore(store, (line) => void lines.push(line));
      expect(n).toBe(1203);
      expect(lines).toHaveLength(1203);
      const back = lines.map((l) => JSON.parse(l) as { id: string; date: string });
      expect(new Set(back.map((d) => d.id)).size).toBe(1203);
      const key = (d: { id: string; date: string }) => `${d.date} ${d.id}`;
      expect(back.map(key)).toEqual(back.map(key).sort());
      for (const i of [0, 99, 100, 101, 999, 1000, 1202]) expect(lines[i]).toBe(`${JSON.stringify(await store.getDoc(back[i].id))}\n`);
    } finally {
      await store.close();
    }
  });
});

describe('export and import of quote dates', () => {
  it('carries each quote\'s precision and basis from SQLite to PostgreSQL (or SQLite) and back, losslessly', async () => {
    const border = borderDoc();
    border.layers.quotes![0] = { ...border.layers.quotes![0], date: '2021-W45', precision: 'week', dateBasis: 'run' };
    // aidDoc's quote: written before quotes recorded either (the migration's and rows.ts's 'unknown', no basis)
    const docs = [border, aidDoc()];
    const pgUp = await postgresReachable('the PostgreSQL leg of the quote-date round trip');
    const schema = `eventline_qdt_${Date.now().toString(36)}${process.pid}`;
    const first = await openStore(join(dir, 'from.db'));
    const second = await openStore(pgUp ? `${PG_BASE}?schema=${schema}` : join(dir, 'to.db'));
    const third = await openStore(join(dir, 'back.db'));
    try {
      await first.saveDocs(docs);
      const dump = async (s: typeof first, file: string) => {
        const lines: string[] = [];
        await exportStore(s, (l) => void lines.push(l));
        writeFileSync(file, lines.join(''));
        return lines.join('');
      };
      const one = await dump(first, join(dir, 'one.jsonl'));
      expect((await importFile(second, join(dir, 'one.jsonl'))).saved).toBe(2);
      const two = await dump(second, join(dir, 'two.jsonl'));
      expect((await importFile(third, join(dir, 'two.jsonl'))).saved).toBe(2);
      expect(two).toBe(one);
      expect(await dump(third, join(dir, 'three.jsonl'))).toBe(one);
      for (const s of [first, second, third]) {
        expect((await s.listQuotes({})).items.map((q) => [q.date ?? null, q.precision, q.dateBasis ?? null])).toEqual([['2021-W45', 'week', 'run'], [null, 'unknown', null]]);
        expect((await s.listQuotes({ precision: 'week', dateBasis: 'run' })).items).toHaveLength(1);
        expect((await checkStore(s)).problems).toEqual([]);
      }
    } finally {
      await Promise.all([first.close(), second.close(), third.close()]);
      if (pgUp) {
        const client = new pg.Client({ connectionString: PG_BASE });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }
    }
  });
});
