// Hostile text in records: a record whose text, title, source, url or id holds NUL, a lone surrogate or a
// C0/C1 control character (but tab and the line breaks) is not stored by default — it is reported as a
// problem of its line naming the character and where it is (src/ingest/hostile-text.ts) and its neighbours
// are stored, the same on every store; the explicit opt-in (--sanitize, ?sanitize=true, the job's sanitize
// flag) stores it with each such character replaced by U+FFFD (src/doc/sanitize.ts) and a warning. A record
// the store still refuses is retried alone and reported as a problem of its line (src/store/save-isolated.ts)
// — in `eventline ingest`, queue jobs and POST /api/documents alike.
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc } from '../../src/doc/types.ts';
import { sanitizeText } from '../../src/doc/sanitize.ts';
import { hostileProblem, hostileReason } from '../../src/ingest/hostile-text.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { saveIsolated } from '../../src/store/save-isolated.ts';
import { StoreUnavailableError } from '../../src/store/write-retry.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { runJob } from '../../src/queue/jobs.ts';
import { ingestBody } from '../../src/server/ingest-api.ts';
import { createAnnotator } from '../../src/workers/pool.ts';
import { limitsFromEnv } from '../../src/pipeline/limits.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';
import { ROOT, runCli, runCliAsync } from '../cli/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-hostile-'));
const pgUp = await postgresReachable('hostile records on PostgreSQL');
const schema = `eventline_hostile_${process.pid}_${Date.now().toString(36)}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgUp) return;
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.query(`drop schema if exists ${schema}_b cascade`);
  await c.end();
});

/** Ten kinds of hostile text, one per hostile record. */
const HOSTILE = [
  'a NUL\u0000 inside',
  'two NULs \u0000\u0000 in a row',
  'a lone high surrogate \ud800 here',
  'a lone low surrogate \udc00 here',
  'a terminal escape \u001b[31mred\u001b[0m and a bell \u0007',
  'a backspace\u0008 and a shift out \u000e',
  'a DEL \u007f and a C1 CSI \u009b2J',
  'unit separator \u001f and record separator \u001e',
  'a reversed pair \udc00\ud800 of halves',
  'NUL at the end \u0000',
];

function record(i: number): { date: string; title: string; text: string } {
  const h = i % 100 === 7 ? HOSTILE[(i - 7) / 100] : '';
  return {
    date: '2024-04-02',
    title: i % 100 === 7 && i % 200 === 7 ? `Title with ${h}` : `Bridge ${i}`,
    text: `Riverton ${i} opened a bridge.${h ? ` It carried ${h}.` : ''}`, // short: the pipeline is not what this file tests
  };
}

describe('hostile records are found and named', () => {
  it('names the first bad character, its field and its position in characters from 1', () => {
    expect(hostileReason({ date: '2024-04-02', text: 'plain\ttext\r\nwith breaks\u000b\u000c and \ud83d\ude00' })).toBeNull();
    expect(hostileReason({ date: '2024-04-02', text: 'ab\u0000c\u0000' })).toBe('a NUL character (U+0000) in the text at character 3 (2 such characters in the text)');
    expect(hostileReason({ date: '2024-04-02', text: 'x\ud83d\ude00y\ud800' })).toBe('a lone high surrogate (U+D800) in the text at character 4');
    expect(hostileReason({ date: '2024-04-02', text: '\udc00' })).toBe('a lone low surrogate (U+DC00) in the text at character 1');
    expect(hostileReason({ date: '2024-04-02', text: 'fine', title: 'T\u001b[31m' })).toBe('a control character (U+001B, ESC) in the title at character 2');
    expect(hostileReason({ date: '2024-04-02', text: 'fine', source: 'wire\u009b' })).toBe('a C1 control character (U+009B) in the source at character 5');
    expect(hostileReason({ date: '2024-04-02', text: 'fine', id: 'id\u007f' })).toBe('a DEL character (U+007F) in the id at character 3');
    const p = hostileProblem({ date: '2024-04-02', text: 'a\u0007b', origin: 'in.jsonl:12' }, 'in.jsonl', 'rerun with --sanitize to store it with U+FFFD');
    expect(formatProblem(p!)).toBe('skipped in.jsonl:12: a control character (U+0007, BEL) in the text at character 2; rerun with --sanitize to store it with U+FFFD');
    expect(hostileProblem({ date: '2024-04-02', text: 'a\u0007b', origin: 'http://localhost:8080' }, 'x', 'fix')).toEqual({ file: 'http://localhost:8080', reason: 'a control character (U+0007, BEL) in the text at character 2', fix: 'fix' });
  });
});

describe('sanitising at the record boundary (the opt-in)', () => {
  it('replaces NUL, C0/C1 controls, DEL and lone surrogates one for one, keeps tab/newlines and real pairs', () => {
    const s = sanitizeText('a\u0000b\tc\nd\re\u000bf\u000cg\u001bh\u0085i\ud83d\ude00j\ud800k\udc00');
    expect(s.text).toBe('a\ufffdb\tc\nd\re\u000bf\u000cg\ufffdh\ufffdi\ud83d\ude00j\ufffdk\ufffd');
    expect(s.replaced).toBe(5);
    expect(s.first).toBe(1);
    expect(s.kinds).toEqual(['U+0000', 'U+001B', 'U+0085', 'lone surrogate']);
    expect(sanitizeText('plain text, nothing to do').replaced).toBe(0);
  });

  it('createDoc: the id hashes the sanitised text, a warning says what was replaced', () => {
    const d = createDoc({ date: '2024-04-02', text: 'x\u0000y', title: 't\u001b' });
    const same = createDoc({ date: '2024-04-02', text: 'x\ufffdy' });
    expect(d.text).toBe('x\ufffdy');
    expect(d.meta.title).toBe('t\ufffd');
    expect(d.id).toBe(same.id);
    expect(d.messages.map((m) => m.text)).toEqual([
      '1 character of the text (U+0000) replaced by U+FFFD, first at offset 1',
      '1 character of the title (U+001B) replaced by U+FFFD, first at offset 1',
    ]);
  });
});

/** A store that refuses any batch holding a document whose text contains "POISON" (as PostgreSQL refuses a NUL). */
function poisoned(store: Store): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'saveDocs') {
        return async (docs: Doc[], o?: object) => {
          if (docs.some((d) => d.text.includes('POISON'))) throw new Error('invalid byte sequence (simulated)');
          return target.saveDocs(docs, o);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

describe('a record the store refuses costs only itself', () => {
  const doc = (text: string) => createDoc({ date: '2024-04-02', text, origin: `in.jsonl:${text.length}` });

  it('saveIsolated retries record by record; a store-level error stops; all failing is the store', async () => {
    const store = await openStore(':memory:');
    try {
      const p = poisoned(store);
      const r = await saveIsolated(p, [doc('good one'), doc('POISON here'), doc('good two!')]);
      expect(r.saved).toHaveLength(2);
      expect(r.failed.map((f) => f.doc.text)).toEqual(['POISON here']);
      await expect(saveIsolated(p, [doc('POISON a'), doc('POISON bb')])).rejects.toThrow(/simulated/);
      const down = { saveDocs: async () => { throw new StoreUnavailableError('database gone'); } };
      await expect(saveIsolated(down, [doc('x'), doc('y')])).rejects.toThrow(/database gone/);
    } finally {
      await store.close();
    }
  });

  it('a queue job and a POST store the good records beside a refused one', async () => {
    const store = await openStore(':memory:');
    const annotator = createAnnotator(0);
    try {
      const lines = ['Riverton opened a bridge on Monday.', 'POISON record that the store refuses.', 'Lakeside closed a road on Tuesday.'];
      const file = join(dir, 'job.jsonl');
      writeFileSync(file, lines.map((text) => JSON.stringify({ date: '2024-04-02', text })).join('\n') + '\n');
      const job = await runJob({ kind: 'jsonl', path: file, from: 1, to: 3 }, poisoned(store), annotator);
      expect(job).toMatchObject({ saved: 2, problems: 1 });
      expect(job.problemLines).toEqual([`skipped ${file}:2: the database refused this document (invalid byte sequence (simulated)); fix or remove that record; the other records were stored`]);
      const body = ['Hilltop opened a school on Monday.', 'POISON in a posted article.', 'Hilltop closed a school on Friday.'].map((text) => ({ date: '2024-04-03', text }));
      const res = await ingestBody(body, poisoned(store), annotator, limitsFromEnv());
      expect(res.results.map((r) => r.status)).toEqual(['stored', 'skipped', 'stored']);
      expect(res.results[1].message).toBe('skipped POST /api/documents:2: the database refused this document (invalid byte sequence (simulated)); fix or remove that record; the other records were stored');
    } finally {
      await annotator.close();
      await store.close();
    }
  });
});

describe('a hostile record is skipped by a queue job and a POST unless they ask to sanitise', () => {
  it('the job and the POST store the good neighbours and name the bad record; sanitize stores it with U+FFFD', async () => {
    const store = await openStore(':memory:');
    const annotator = createAnnotator(0);
    try {
      const lines = ['Riverton opened a bridge on Monday.', 'A NUL \u0000 inside a record.', 'Lakeside closed a road on Tuesday.'];
      const file = join(dir, 'hostile-job.jsonl');
      writeFileSync(file, lines.map((text) => JSON.stringify({ date: '2024-04-05', text })).join('\n') + '\n');
      const job = await runJob({ kind: 'jsonl', path: file, from: 1, to: 3 }, store, annotator);
      expect(job).toMatchObject({ saved: 2, problems: 1 });
      expect(job.problemLines).toEqual([`skipped ${file}:2: a NUL character (U+0000) in the text at character 7; enqueue it again with --sanitize to store it with U+FFFD`]);
      const again = await runJob({ kind: 'jsonl', path: file, from: 1, to: 3, sanitize: true }, store, annotator);
      expect(again).toMatchObject({ saved: 1, existing: 2, problems: 0 });
      const body = ['Hilltop opened a school on Monday.', 'A bell \u0007 in a posted article.', 'Hilltop closed a school on Friday.'].map((text) => ({ date: '2024-04-06', text }));
      const res = await ingestBody(body, store, annotator, limitsFromEnv());
      expect(res.results.map((r) => r.status)).toEqual(['stored', 'skipped', 'stored']);
      expect(res.results[1].message).toBe('skipped POST /api/documents:2: a control character (U+0007, BEL) in the text at character 8; send it again with ?sanitize=true to store it with U+FFFD');
      const sane = await ingestBody(body, store, annotator, limitsFromEnv(), { sanitize: true });
      expect(sane.results.map((r) => r.status)).toEqual(['existing', 'stored', 'existing']);
      const stored = await store.getDoc(sane.results[1].id!);
      expect(stored?.text).toBe('A bell \ufffd in a posted article.');
    } finally {
      await annotator.close();
      await store.close();
    }
  });
});

/** The `skipped FILE:LINE: …` lines of an ingest's stderr. */
const skippedLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('skipped '));

describe('1,000 records with 10 hostile ones, on SQLite and PostgreSQL', () => {
  const file = join(dir, 'thousand.jsonl');
  writeFileSync(file, Array.from({ length: 1000 }, (_, i) => JSON.stringify(record(i))).join('\n') + '\n');
  const hostileLines = Array.from({ length: 10 }, (_, k) => 100 * k + 8); // records 7, 107, … are lines 8, 108, …
  const stores = [join(dir, 'thousand.db'), `${PG_BASE}?schema=${schema}`];

  let exports = 0;
  /** `ingest` then `export` on each store, the two stores side by side (two processes: each gets its share of a loaded machine). */
  const ingestAndExport = (extra: string[] = []) =>
    Promise.all(
      stores.map(async (db) => {
        const ing = await runCliAsync(['ingest', file, '--db', db, '--workers', '0', ...extra], ROOT);
        const out = join(dir, `export-${exports++}.jsonl`);
        const exp = await runCliAsync(['export', '--db', db, '--out', out, '--quiet'], ROOT);
        expect(exp.code, exp.stderr).toBe(0);
        return { ing, lines: readFileSync(out, 'utf8').trim().split('\n') };
      }),
    );

  // Two tests, each with the suite's time limit (a hang, not slowness): the second continues the stores of the first.
  it.skipIf(!pgUp)('990 stored and the 10 hostile ones reported on both stores, exports identical', async () => {
    const [lite, post] = await ingestAndExport();
    for (const { ing, lines } of [lite, post]) {
      expect(ing.code, ing.stderr).toBe(3); // the project's "some input was skipped" status
      expect(ing.stderr).toMatch(/ingested 990 documents into .* \(0 already stored, 10 inputs skipped\)/);
      const skipped = skippedLines(ing.stderr);
      expect(skipped).toHaveLength(10);
      skipped.forEach((line, k) => {
        expect(line).toMatch(new RegExp(`^skipped ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${hostileLines[k]}: a .* in the (text|title) at character \\d+.*; rerun with --sanitize to store it with U\\+FFFD$`));
      });
      const r7 = record(7);
      expect(skipped[0]).toBe(`skipped ${file}:8: a NUL character (U+0000) in the text at character ${r7.text.indexOf('\u0000') + 1}; rerun with --sanitize to store it with U+FFFD`);
      expect(lines).toHaveLength(990);
      const docs = lines.map((l) => JSON.parse(l) as Doc);
      expect(docs.filter((d) => d.text.includes('\ufffd') || d.messages.some((m) => m.source === 'input'))).toHaveLength(0);
      expect(docs.some((d) => /Riverton (7|107|907) opened/.test(d.text))).toBe(false);
    }
    expect(post.lines).toEqual(lite.lines);
  });

  it.skipIf(!pgUp)('--sanitize then stores the 10 on both stores (990 already there): 1,000 each, exports identical', async () => {
    expect(exports, 'the test before this one ingested the 990').toBe(2);
    const [liteAll, postAll] = await ingestAndExport(['--sanitize']);
    for (const { ing, lines } of [liteAll, postAll]) {
      expect(ing.code, ing.stderr).toBe(0);
      expect(ing.stderr).toMatch(/ingested 10 documents into .* \(990 already stored, 0 inputs skipped\)/);
      expect(lines).toHaveLength(1000);
      const warned = lines.map((l) => JSON.parse(l) as Doc).filter((d) => d.messages.some((m) => m.source === 'input'));
      expect(warned).toHaveLength(10);
      for (const d of warned) expect(d.text).toContain('\ufffd');
    }
    expect(postAll.lines).toEqual(liteAll.lines);
  });

  it.skipIf(!pgUp)('a record PostgreSQL still refuses (an id too long for its index) is the only one lost', () => {
    const small = join(dir, 'long-id.jsonl');
    const recs = [0, 1, 2, 3].map((i) => record(i) as Record<string, unknown>);
    recs[2] = { ...recs[2], id: randomBytes(4500).toString('hex') }; // incompressible: over the btree entry limit
    writeFileSync(small, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = runCli(['ingest', small, '--db', `${PG_BASE}?schema=${schema}_b`, '--workers', '0'], ROOT);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`skipped ${small.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: the database refused this document \\(.*index row.*\\); fix or remove that record`));
    expect(r.stderr).toMatch(/ingested 3 documents/);
  });
});
