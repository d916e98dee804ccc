// Backups: export → import into a fresh store → export again gives identical bytes, on SQLite and on
// PostgreSQL (when a server is reachable), across backends, and through the CLI; the integrity check
// passes on the copies and catches damage done behind the store's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/store/store.ts';
import { checkStore } from '../../src/store/check.ts';
import { exportStore } from '../../src/cli/commands/export.ts';
import { importFile } from '../../src/cli/commands/import.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { createDoc } from '../../src/doc/doc.ts';
import { parseDateLine } from '../../src/ingest/date-line.ts';
import type { Doc } from '../../src/doc/types.ts';
import { aidDoc, bareDoc, borderDoc } from '../store/sample-docs.ts';
import { ROOT, runCli } from '../cli/run-cli.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-backup-'));
let n = 0;
const fresh = () => join(dir, `s${n++}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let docs: Doc[] = [];
beforeAll(() => {
  const pipeline = defaultPipeline();
  const samples = join(ROOT, 'samples');
  docs = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 6)
    .map((f) => {
      const d = parseDateLine(readFileSync(join(samples, f), 'utf8'))!;
      const doc = pipeline.run(createDoc({ date: d.date, text: d.text, origin: `samples/${f}`, title: f }));
      delete doc.layers.syntax; // derived from the tokens and never stored (store/rows.ts)
      return doc;
    });
  // hand-made documents: messages, odd meta, astral characters, an empty text layer set
  const odd = bareDoc();
  odd.text = 'Emoji 🇺🇦 and "quotes" \u2028 line separator, tab\t, NUL-free; \\ backslash';
  odd.id = 'odd-doc';
  odd.meta = { title: "Robert'); DROP TABLE documents;--", url: 'https://example.org/a?b=1&c=<script>' };
  docs.push(borderDoc(), aidDoc(), odd);
});

async function exportText(store: Store): Promise<string> {
  let out = '';
  await exportStore(store, (l) => void (out += l));
  return out;
}

async function roundTrip(openA: () => Promise<Store>, openB: () => Promise<Store>): Promise<void> {
  const a = await openA();
  await a.saveDocs(docs);
  const first = await exportText(a);
  await a.close();
  expect(first.split('\n').filter(Boolean)).toHaveLength(docs.length);
  const file = join(dir, `export-${n++}.jsonl`);
  writeFileSync(file, first);
  const b = await openB();
  const res = await importFile(b, file, { batchSize: 4 });
  expect(res).toEqual({ saved: docs.length, existing: 0, problems: [] });
  const second = await exportText(b);
  expect(second).toBe(first);
  for (const d of docs) expect(await b.getDoc(d.id)).toStrictEqual(JSON.parse(JSON.stringify(d)));
  const report = await checkStore(b);
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
  // importing again stores nothing twice
  expect(await importFile(b, file)).toEqual({ saved: 0, existing: docs.length, problems: [] });
  expect(await exportText(b)).toBe(first);
  await b.close();
}

describe('export / import round trip', () => {
  it('SQLite → SQLite is lossless (identical bytes)', () => roundTrip(() => openStore(fresh()), () => openStore(fresh())));

  it('reports bad lines as skipped FILE:LINE and imports the rest', async () => {
    const file = join(dir, 'bad.jsonl');
    const good = JSON.stringify(aidDoc());
    writeFileSync(file, [good, '{not json', '{"id":"x","date":"2023-02-30","text":"t","meta":{},"layers":{},"messages":[]}',
      JSON.stringify({ ...bareDoc(), layers: { bogus: [] } }), '', JSON.stringify(borderDoc())].join('\n'));
    const s = await openStore(fresh());
    const res = await importFile(s, file);
    expect(res.saved).toBe(2);
    expect(res.problems.map((p) => [p.line, p.reason.split(' (')[0]])).toEqual([
      [2, 'not valid JSON'],
      [3, 'field "date" must be a date YYYY-MM-DD'],
      [4, 'unknown layer "bogus"'],
    ]);
    await s.close();
  });

  it('a document the store rejects skips only its own line', async () => {
    const file = join(dir, 'reject.jsonl');
    const broken = borderDoc();
    broken.id = 'broken';
    (broken.layers.events![0] as { quad: number }).quad = 9; // violates the quad check constraint
    writeFileSync(file, [JSON.stringify(aidDoc()), JSON.stringify(broken), JSON.stringify(bareDoc())].join('\n'));
    const s = await openStore(fresh());
    const res = await importFile(s, file);
    expect(res.saved).toBe(2);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatchObject({ line: 2 });
    expect(await s.getDoc('broken')).toBeNull();
    expect((await checkStore(s)).ok).toBe(true);
    await s.close();
  });

  it('works through the CLI: export --out, import, export to stdout', () => {
    const a = fresh();
    const b = fresh();
    expect(runCli(['ingest', 'samples/01-ukraine-grain-deal.txt', 'samples/articles.jsonl', '--db', a, '--quiet'], ROOT).code).toBe(0);
    const out = join(dir, 'cli.jsonl');
    const ex = runCli(['export', '--db', a, '--out', out], ROOT);
    expect(ex.stderr).toMatch(/exported 4 documents/);
    const im = runCli(['import', out, '--db', b], ROOT);
    expect(im.code).toBe(0);
    expect(im.stderr).toMatch(/imported 4 documents/);
    const again = runCli(['export', '--db', b, '--quiet'], ROOT);
    expect(again.stdout).toBe(readFileSync(out, 'utf8'));
    const check = runCli(['check', '--db', b], ROOT);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/is consistent \(4 documents\)/);
    expect(runCli(['import', join(dir, 'missing.jsonl'), '--db', b], ROOT).code).toBe(1);
  });
});

describe('integrity check catches damage', () => {
  async function damaged(sqlText: string): Promise<string[]> {
    const file = fresh();
    const s = await openStore(file);
    await s.saveDocs([borderDoc(), aidDoc()]);
    await s.close();
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec(sqlText);
    raw.close();
    const t = await openStore(file);
    const report = await checkStore(t);
    await t.close();
    expect(report.ok).toBe(false);
    return report.problems;
  }

  it('a missing event row (half-stored document)', async () => {
    const p = await damaged(`delete from events where idx = 0 and doc_id = '${borderDoc().id}'`);
    expect(p.join('\n')).toMatch(/events: document .* rows numbered 1\.\.\d+/);
  });
  it('rows of a document that is not stored', async () => {
    const p = await damaged(`delete from documents where id = '${aidDoc().id}'`);
    expect(p.join('\n')).toMatch(/which is not stored/);
  });
  it('rows for a layer the document does not list', async () => {
    const p = await damaged(`update documents set layers = '["tokens"]' where id = '${borderDoc().id}'`);
    expect(p.join('\n')).toMatch(/layer was not stored/);
  });
  it('JSON that disagrees with its columns', async () => {
    const p = await damaged(`update quotes set start = start + 1 where idx = 0`);
    expect(p.join('\n')).toMatch(/quotes: .*JSON disagrees/);
  });
  it('a full-text index out of step', async () => {
    const p = await damaged(`delete from documents_fts where doc_id = '${aidDoc().id}'`);
    expect(p.join('\n')).toMatch(/not indexed/);
  });
  it('the check command exits 1', async () => {
    const file = fresh();
    const s = await openStore(file);
    await s.saveDocs([borderDoc()]);
    await s.close();
    const raw = new Database(file);
    raw.exec(`delete from timexes`);
    raw.exec(`insert into messages(doc_id, idx, severity, source, text) values ('${borderDoc().id}', 7, 'error', 'x', 'y')`);
    raw.close();
    const r = runCli(['check', '--db', file], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL/);
    expect(runCli(['check', '--db', join(dir, 'nothing.db')], ROOT).code).toBe(1);
  });
});

const PG = PG_BASE;
const pgUp = await postgresReachable('PostgreSQL backup tests');
const schemas: string[] = [];
const pgStore = () => {
  const schema = `eventline_backup_${process.pid}_${schemas.length}`;
  schemas.push(schema);
  return openStore(`${PG}?schema=${schema}`);
};
afterAll(async () => {
  if (!pgUp || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  for (const s of schemas) await c.query(`drop schema if exists ${s} cascade`);
  await c.end();
});

describe.skipIf(!pgUp)('export / import with PostgreSQL', () => {
  it('PostgreSQL → PostgreSQL is lossless', () => roundTrip(pgStore, pgStore));
  it('SQLite → PostgreSQL and PostgreSQL → SQLite give the same bytes', async () => {
    await roundTrip(() => openStore(fresh()), pgStore);
    await roundTrip(pgStore, () => openStore(fresh()));
  });
});
