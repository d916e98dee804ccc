// The integrity check reads each table once (keyset pages) and compares the full-text tables with set
// differences: its time grows with the store, it finds problems across page boundaries, and it reports
// progress up to the rows it read.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc, Quote } from '../../src/doc/types.ts';
import { contentId } from '../../src/doc/doc.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { checkStore, rebuildSummaryTables } from '../../src/store/check.ts';
import { countsByPeriod, dyadTotals } from '../../src/store/aggregates.ts';
import { borderDoc, aidDoc } from './sample-docs.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A document of `n` quoted sentences with only its quotes layer (fast to build and store). */
function quoteDoc(k: number, n: number): Doc {
  let text = '';
  const quotes: Quote[] = [];
  for (let i = 0; i < n; i++) {
    const said = `"Statement ${k}-${i} stands."`;
    const start = text.length + 1;
    quotes.push({ start, end: start + said.length - 2, text: said.slice(1, -1), kind: 'direct', speaker: null, cue: 'said', outlet: null });
    text += `${said} an official said. `;
  }
  const date = '2024-03-01';
  return { id: contentId(date, text), date, text, meta: {}, layers: { quotes }, messages: [] };
}

async function storeOf(name: string, docs: number, quotes: number): Promise<string> {
  const file = join(dir, name);
  const s = await SqliteStore.open(file);
  for (let from = 0; from < docs; from += 100) {
    await s.saveDocs(Array.from({ length: Math.min(100, docs - from) }, (_, j) => quoteDoc(from + j, quotes)));
  }
  await s.close();
  return file;
}

async function check(file: string, pageSize?: number) {
  const s = await SqliteStore.open(file);
  try {
    const seen: [number, number][] = [];
    const report = await checkStore(s, { pageSize, onProgress: (done, total) => seen.push([done, total]) });
    return { report, seen };
  } finally {
    await s.close();
  }
}

describe('eventline check', () => {
  it('is linear in the quotes: 24,000 quotes checked in seconds (the per-quote anti-join on quotes_fts took minutes)', async () => {
    const file = await storeOf('big.db', 600, 40);
    const cpu0 = process.cpuUsage();
    const { report, seen } = await check(file);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000; // CPU, not wall time: a loaded machine stretches the latter
    expect(report.problems).toEqual([]);
    expect(report.checks.find((c) => c.name === 'full-text index')?.detail).toBe('600 documents and 24000 quotes indexed');
    expect(cpuMs).toBeLessThan(20_000); // ~2 s; the quadratic check took 247 s
    // progress: non-decreasing, ends at the total (documents + every table's rows + both full-text tables)
    const [lastDone, total] = seen[seen.length - 1];
    expect(lastDone).toBe(total);
    expect(total).toBe(600 + 24_000 + 600 + 24_000);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
  });

  it('finds problems across page boundaries and in the full-text tables', async () => {
    const file = await storeOf('damaged.db', 6, 5);
    const raw = new Database(file);
    const ids = raw.prepare('select id from documents order by id').all().map((r) => (r as { id: string }).id);
    const gone = raw.prepare('select id from quotes where doc_id = ? and idx = 3').get(ids[1]) as { id: string };
    raw.prepare('delete from quotes where doc_id = ? and idx = 3').run(ids[1]); // a gap inside one document (its index entry stays)
    const q = raw.prepare('select id from quotes where doc_id = ? and idx = 0').get(ids[2]) as { id: string };
    raw.prepare('delete from quotes_fts where quote_id = ?').run(q.id); // a quote not indexed
    raw.prepare("insert into quotes_fts (quote_id, text) values ('ghost', 'nothing')").run(); // an entry of no quote
    const q2 = raw.prepare('select id, text from quotes where doc_id = ? and idx = 1').get(ids[3]) as { id: string; text: string };
    raw.prepare('insert into quotes_fts (quote_id, text) values (?, ?)').run(q2.id, q2.text); // indexed twice
    raw.close();
    for (const pageSize of [2, 3, 5000]) {
      const { report } = await check(file, pageSize);
      expect(report.ok).toBe(false);
      expect(report.problems.sort()).toEqual([
        `quotes: document ${ids[1]} has rows numbered 0..4 for 4 rows (some missing)`,
        `quotes_fts: entry for quote ghost, which is not stored`,
        `quotes_fts: entry for quote ${gone.id}, which is not stored`,
        `quotes_fts: more than one entry for quote ${q2.id}`,
        `quotes_fts: quote ${q.id} is not indexed`,
      ].sort());
    }
  }, 180_000);

  it('finds summary tables out of step with the events, and --repair rebuilds them', async () => {
    const file = join(dir, 'summaries.db');
    const s = await SqliteStore.open(file);
    await s.saveDocs([borderDoc(), aidDoc()]);
    const before = { counts: await countsByPeriod(s.db, { period: 'day', by: 'type' }), dyads: await dyadTotals(s.db, { since: '2021-01-01' }) };
    expect((await checkStore(s)).checks.find((c) => c.name === 'summary tables')).toMatchObject({ ok: true });
    await s.close();
    const raw = new Database(file);
    raw.prepare('update agg_type_day set n = n + 1 where rowid = (select min(rowid) from agg_type_day)').run();
    raw.prepare('delete from agg_dyad_dekad').run();
    raw.prepare('update agg_place_side set n = n + 2 where rowid = (select min(rowid) from agg_place_side)').run();
    raw.close();
    const damaged = await SqliteStore.open(file);
    try {
      const report = await checkStore(damaged);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        expect.stringMatching(/^agg_type_day: 1 stored row\(s\) differ from a recount of the events, 1 recounted row\(s\) missing or different; run "eventline check --repair"/),
        expect.stringMatching(/^agg_place_side: 1 stored row\(s\) differ from a recount of the events, 1 recounted row\(s\) missing or different/),
        expect.stringMatching(/^agg_dyad_dekad: 0 stored row\(s\) differ from a recount of the events, [1-9]\d* recounted row\(s\) missing/),
      ]);
      await rebuildSummaryTables(damaged);
      expect((await checkStore(damaged)).ok).toBe(true);
      expect({ counts: await countsByPeriod(damaged.db, { period: 'day', by: 'type' }), dyads: await dyadTotals(damaged.db, { since: '2021-01-01' }) }).toEqual(before);
    } finally {
      await damaged.close();
    }
  });
});
