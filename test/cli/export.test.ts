// exportStore (src/cli/commands/export.ts): every document once, ordered by date and id, read in chunks of
// getDocs across chunk and page boundaries, each line the document getDoc returns.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/doc.ts';
import { openStore } from '../../src/store/store.ts';
import { exportStore } from '../../src/cli/commands/export.ts';
import { aidDoc, borderDoc } from '../store/sample-docs.ts';

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
