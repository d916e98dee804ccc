// SQL injection: hostile strings in every filter of every list method (and of the aggregate queries)
// must neither fail with a syntax error, nor widen a result, nor change the data — on SQLite and, when a
// server is reachable, PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/store.ts';
import { KyselyStore } from '../../src/store/kysely-store.ts';
import { checkStore } from '../../src/store/check.ts';
import { encodeCursor } from '../../src/store/rows.ts';
import * as agg from '../../src/store/aggregates.ts';
import { aidDoc, bareDoc, borderDoc } from '../store/sample-docs.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';

export const INJECTIONS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "'; DROP TABLE documents; --",
  '"; DROP TABLE events; --',
  "') OR ('a'='a",
  "x' UNION SELECT id, name, kind, country, sector FROM actors --",
  "1; DELETE FROM events",
  "%",
  "%%",
  "_",
  "\\",
  "\\%",
  "%' OR '%'='",
  "' || (SELECT sqlite_version()) || '",
  "'; SELECT pg_sleep(5); --",
  "$1",
  "?",
  ":name",
  "@p",
  "NEAR(a b)",
  'text:poland',
  '*',
  '"unterminated',
  '""',
  'a OR b NOT c',
  '-poland',
  '^poland',
  '{title text}: x',
  '()',
  '😀\uD800',
  '\u202Eevil',
  'ü'.repeat(3000),
  "x".repeat(20_000),
];

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

async function snapshot(s: Store) {
  return { summary: await s.summary(), docs: await Promise.all([borderDoc(), aidDoc(), bareDoc()].map((d) => s.getDoc(d.id))) };
}

function cases(open: () => Promise<Store>) {
  async function withSeeded(fn: (s: Store) => Promise<void>) {
    const s = await open();
    try {
      await s.saveDocs([borderDoc(), aidDoc(), bareDoc()]);
      const before = await snapshot(s);
      await fn(s);
      expect(await snapshot(s)).toEqual(before);
      expect((await checkStore(s)).problems).toEqual([]);
    } finally {
      await s.close();
    }
  }

  it('list filters that must match nothing', () =>
    withSeeded(async (s) => {
      for (const bad of INJECTIONS) {
        for (const key of ['actor', 'doc', 'country', 'type'] as const) {
          expect((await s.listDocs({ [key]: bad })).items, `listDocs ${key}=${bad.slice(0, 30)}`).toEqual([]);
          expect((await s.listEvents({ [key]: bad })).items, `listEvents ${key}=${bad.slice(0, 30)}`).toEqual([]);
          expect((await s.listQuotes({ [key]: bad })).items, `listQuotes ${key}=${bad.slice(0, 30)}`).toEqual([]);
          expect((await s.listActors({ [key]: bad })).items, `listActors ${key}=${bad.slice(0, 30)}`).toEqual([]);
        }
        expect((await s.listQuotes({ speaker: bad })).items, `speaker=${bad.slice(0, 30)}`).toEqual([]);
      }
    }));

  it('full-text search treats operators as words', () =>
    withSeeded(async (s) => {
      const texts = new Map<string, string>();
      for (const d of [borderDoc(), aidDoc(), bareDoc()]) texts.set(d.id, `${d.meta.title ?? ''} ${d.text}`.toLowerCase());
      for (const bad of INJECTIONS) {
        const words = (bad.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.slice(0, 4));
        const docs = (await s.listDocs({ text: bad })).items;
        const quotes = (await s.listQuotes({ text: bad })).items;
        if (!words.length) {
          expect(docs.length, `docs text=${bad.slice(0, 30)}`).toBe(0);
          expect(quotes.length, `quotes text=${bad.slice(0, 30)}`).toBe(0);
        }
        // only documents / quotes holding every word of the search (operators are never interpreted)
        for (const d of docs) for (const w of words) expect(texts.get(d.id), `docs text=${bad.slice(0, 30)}`).toContain(w);
        for (const q of quotes) for (const w of words) expect(q.text.toLowerCase(), `quotes text=${bad.slice(0, 30)}`).toContain(w);
      }
      // the sample documents mention Poland: an injected OR/NOT/NEAR would change these counts
      const poland = (await s.listDocs({ text: 'poland' })).items.length;
      expect(poland).toBeGreaterThan(0);
      expect((await s.listDocs({ text: 'poland OR zzzz' })).items).toEqual([]);
      expect((await s.listDocs({ text: 'poland NOT zzzz' })).items).toEqual([]);
      expect((await s.listDocs({ text: '-poland' })).items.length).toBe(poland);
    }));

  it('date bounds are compared as values, never as SQL', () =>
    withSeeded(async (s) => {
      const all = {
        docs: (await s.listDocs()).items.length,
        events: (await s.listEvents()).items.length,
        quotes: (await s.listQuotes()).items.length,
        actors: (await s.listActors()).items.length,
      };
      for (const bad of INJECTIONS) {
        for (const key of ['since', 'until'] as const) {
          expect((await s.listDocs({ [key]: bad })).items.length).toBeLessThanOrEqual(all.docs);
          expect((await s.listEvents({ [key]: bad })).items.length).toBeLessThanOrEqual(all.events);
          expect((await s.listQuotes({ [key]: bad })).items.length).toBeLessThanOrEqual(all.quotes);
          expect((await s.listActors({ [key]: bad })).items.length).toBeLessThanOrEqual(all.actors);
        }
        // a bound that starts after every date: an injected OR would bring rows back
        const late = `9999-12-31${bad}`;
        expect((await s.listDocs({ since: late })).items).toEqual([]);
        expect((await s.listEvents({ since: late })).items).toEqual([]);
        expect((await s.listQuotes({ since: late })).items).toEqual([]);
        expect((await s.listActors({ since: late })).items).toEqual([]);
        const early = `0000${bad}`;
        expect((await s.listEvents({ until: early })).items).toEqual([]);
      }
    }));

  it('cursors carrying hostile values page on, or fail with a clean error', () =>
    withSeeded(async (s) => {
      for (const bad of INJECTIONS.slice(0, 20)) {
        const c3 = encodeCursor(['9999-12-31', bad, 0]);
        expect((await s.listEvents({ cursor: c3 })).items).toEqual([]);
        expect((await s.listQuotes({ cursor: c3 })).items).toEqual([]);
        expect((await s.listDocs({ cursor: encodeCursor(['9999-12-31', bad]) })).items).toEqual([]);
        expect((await s.listActors({ cursor: encodeCursor(['\uffff' + bad]) })).items).toEqual([]);
        // the raw string as a cursor is not valid base64 JSON: a one-line "invalid cursor" error
        await expect(s.listEvents({ cursor: bad })).rejects.toThrow(/invalid cursor/);
        await expect(s.listActors({ cursor: bad })).rejects.toThrow(/invalid cursor/);
      }
      await expect(s.listEvents({ limit: "1; DROP TABLE events" as unknown as number })).rejects.toThrow(/invalid limit/);
      await expect(s.listDocs({ limit: -1 })).rejects.toThrow(/invalid limit/);
    }));

  it('a NUL character in a filter gives a clean error, never a widened match', () =>
    withSeeded(async (s) => {
      for (const bad of ['\u0000', 'x\u0000', '\u0000%']) {
        for (const key of ['actor', 'doc', 'country', 'type'] as const) {
          for (const list of [(f: object) => s.listDocs(f), (f: object) => s.listEvents(f), (f: object) => s.listQuotes(f), (f: object) => s.listActors(f)]) {
            const items = await list({ [key]: bad }).then((p) => p.items, (err: Error) => (expect(err).toBeInstanceOf(Error), []));
            expect(items, `${key}=${JSON.stringify(bad)}`).toEqual([]);
          }
        }
      }
    }));

  it('ids, names and meta holding SQL are stored and returned verbatim', async () => {
    const s = await open();
    try {
      const d = borderDoc();
      d.id = "x'); DROP TABLE documents; --";
      d.meta.title = "'; DELETE FROM events; --";
      await s.saveDocs([d]);
      expect(await s.getDoc(d.id)).toStrictEqual(plain(d));
      expect((await s.listDocs({ doc: "x'); DROP" })).items.map((r) => r.id)).toEqual([d.id]);
      expect((await s.summary()).documents).toBe(1);
      expect((await checkStore(s)).ok).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('aggregate queries (dashboard) take hostile filters as values', () =>
    withSeeded(async (s) => {
      const db = (s as KyselyStore).db;
      for (const bad of INJECTIONS) {
        const f = { actor: bad, type: bad, doc: bad, country: bad };
        for (const key of Object.keys(f) as (keyof typeof f)[]) {
          const one = { [key]: bad };
          expect(await agg.countsByPeriod(db, { period: 'month', by: 'type', ...one })).toEqual([]);
          expect(await agg.dyadTotals(db, one)).toEqual([]);
          expect(await agg.countryTotals(db, one)).toEqual([]);
          expect((await agg.actorNetwork(db, one)).edges).toEqual([]);
          expect(await agg.eventLocations(db, one)).toEqual([]);
        }
        expect(await agg.placeTotals(db, { doc: bad })).toEqual([]);
        expect(await agg.placeTotals(db, { country: bad })).toEqual([]);
        let dyad: string[] | null = null;
        try {
          dyad = agg.parseDyad(bad);
        } catch (err) {
          expect((err as Error).message).toMatch(/invalid dyad/);
        }
        if (dyad) for (const code of dyad) expect(code).toMatch(/^[A-Z0-9]{2,10}$/);
        if (dyad) expect(await agg.dyadTotals(db, { dyad: bad })).toEqual([]);
      }
    }));
}

const dir = mkdtempSync(join(tmpdir(), 'eventline-inject-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQL injection (SQLite)', () => cases(() => openStore(join(dir, `i${n++}.db`))));

const PG = PG_BASE;
const pgUp = await postgresReachable('PostgreSQL injection tests');
const schemas: string[] = [];
afterAll(async () => {
  if (!pgUp || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  for (const s of schemas) await c.query(`drop schema if exists ${s} cascade`);
  await c.end();
});
describe.skipIf(!pgUp)('SQL injection (PostgreSQL)', () =>
  cases(() => {
    const schema = `eventline_inject_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    return openStore(`${PG}?schema=${schema}`);
  }));
