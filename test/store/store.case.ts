// The store behaviour suite, shared by every backend: round trip, idempotence, atomic batches, filters,
// full-text search, pagination and summaries. Each test opens a fresh, empty store.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { allPages } from '../../src/store/store.ts';
import type { Doc, Plover } from '../../src/doc/types.ts';
import { COUNTED_MODES } from '../../src/doc/types.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { ARTICLE_COUNT_CAP, actorNetwork, bucketOf, bucketRange, countryTotals, countsByPeriod, dyadPeriodDocs, dyadSeries, dyadTotals, eventLocations } from '../../src/store/aggregates.ts';
import { aidDoc, bareDoc, borderDoc } from './sample-docs.ts';
import { nearDupCases } from './near-dup.case.ts';
import { checkStore } from '../../src/store/check.ts';
import { sql } from 'kysely';
import { up as migration011 } from '../../src/store/migrations/011-quote-date-precision.ts';
import { legacyQuotePrecision } from '../../src/doc/doc.ts';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

export function storeCases(open: () => Promise<Store>): void {
  nearDupCases(open);
  async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
    const store = await open();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  }
  async function seeded(fn: (s: Store) => Promise<void>): Promise<void> {
    await withStore(async (s) => {
      await s.saveDocs([borderDoc(), aidDoc(), bareDoc()]);
      await fn(s);
    });
  }

  describe('saving and reading back', () => {
    it('returns every document exactly as saved, layers, meta and messages included', () =>
      withStore(async (s) => {
        const docs = [borderDoc(), aidDoc(), bareDoc()];
        const res = await s.saveDocs(docs);
        expect(res.saved).toEqual(docs.map((d) => d.id));
        for (const d of docs) expect(await s.getDoc(d.id)).toStrictEqual(plain(d));
        expect(await s.getDoc('0000000000000000')).toBeNull();
      }));

    it('getDocs reads many documents at once, in the order asked, null for an unknown id, as getDoc does', () =>
      withStore(async (s) => {
        const docs = [borderDoc(), aidDoc(), bareDoc()];
        await s.saveDocs(docs);
        const [border, aid, bare] = docs.map((d) => d.id);
        const back = await s.getDocs([bare, '0000000000000000', border, aid, bare]);
        expect(back).toStrictEqual([plain(docs[2]), null, plain(docs[0]), plain(docs[1]), plain(docs[2])]);
        for (const id of [border, aid, bare]) expect(await s.getDocs([id])).toStrictEqual([await s.getDoc(id)]);
        expect(await s.getDocs([])).toEqual([]);
      }));

    it('keeps "layer not run" distinct from "layer empty"', () =>
      withStore(async (s) => {
        const d = aidDoc();
        await s.saveDocs([d]);
        const back = (await s.getDoc(d.id))!;
        expect(back.layers.places).toEqual([]);
        expect('tokens' in back.layers).toBe(false);
      }));

    it('is idempotent: saving the same documents again stores nothing twice', () =>
      withStore(async (s) => {
        await s.saveDocs([borderDoc(), aidDoc()]);
        const before = await s.summary();
        const again = await s.saveDocs([borderDoc(), aidDoc(), borderDoc()]);
        expect(again.saved).toEqual([]);
        expect(again.existing).toHaveLength(3);
        expect(await s.summary()).toEqual(before);
        expect(before).toMatchObject({ documents: 2, events: 2, eventsUncounted: 1, quotes: 2 });
        expect((await s.listEvents()).items).toHaveLength(3);
        expect((await s.listEvents({ modes: ['asserted', 'reported'] })).items.map((e) => e.mode).sort()).toEqual(['asserted', 'reported']);
        expect((await s.listEvents({ modes: ['future'] })).items.map((e) => e.trigger.text)).toEqual(['pledged']);
        expect([...(await s.existingIds([borderDoc().id, 'nope']))]).toEqual([borderDoc().id]);
      }));

    it("keeps events' own ids and keys, and derives unique ids where they are missing or repeated", () =>
      withStore(async (s) => {
        const d = borderDoc();
        const [a, b] = d.layers.events!;
        d.layers.events = [{ ...a, id: 'ev-own', key: 'k-own' }, { ...b, id: 'ev-own' }, { ...a }];
        await s.saveDocs([d]);
        const rows = (await s.listEvents()).items;
        expect(rows[0]).toMatchObject({ id: 'ev-own', key: 'k-own' });
        expect(rows[1].id).not.toBe('ev-own');
        expect(new Set(rows.map((r) => r.id)).size).toBe(3);
        expect((await s.getDoc(d.id))!.layers.events).toStrictEqual(plain(d.layers.events));
      }));

    it('stores a document repeated inside one batch once', () =>
      withStore(async (s) => {
        const res = await s.saveDocs([aidDoc(), aidDoc()]);
        expect(res.saved).toHaveLength(1);
        expect(res.existing).toHaveLength(1);
        expect((await s.summary()).documents).toBe(1);
      }));

    it('writes a batch all or nothing: a failing document leaves no trace of the batch', () =>
      withStore(async (s) => {
        const broken: Doc = aidDoc();
        broken.id = 'broken-doc';
        (broken.layers.events![0] as { type: unknown }).type = null; // violates NOT NULL mid-batch
        await expect(s.saveDocs([borderDoc(), bareDoc(), broken])).rejects.toThrow();
        expect(await s.summary()).toEqual({ documents: 0, actors: 0, mentions: 0, places: 0, quotes: 0, events: 0, eventsUncounted: 0, eventsByType: {} });
        expect(await s.getDoc(borderDoc().id)).toBeNull();
        expect((await s.listQuotes({ text: 'hybrid' })).items).toEqual([]);
        // the store is still usable and the same documents save cleanly afterwards
        expect((await s.saveDocs([borderDoc(), bareDoc()])).saved).toHaveLength(2);
      }));

    it('replaces a stored document when asked to', () =>
      withStore(async (s) => {
        await s.saveDocs([borderDoc()]);
        const changed = borderDoc();
        changed.layers.events = changed.layers.events!.slice(0, 1);
        expect((await s.saveDocs([changed])).saved).toEqual([]);
        expect((await s.listEvents()).items).toHaveLength(2);
        expect((await s.saveDocs([changed], { replace: true })).saved).toEqual([changed.id]);
        expect((await s.listEvents()).items).toHaveLength(1);
        expect((await s.listQuotes({ text: 'hybrid' })).items).toHaveLength(1);
        expect((await s.listDocs({ text: 'migrants' })).items).toHaveLength(1);
      }));
  });

  describe('events', () => {
    it('lists events in document order with deterministic ids, keys and actor names', () =>
      seeded(async (s) => {
        const { items, next } = await s.listEvents();
        expect(next).toBeNull();
        expect(items.map((e) => [e.type, e.trigger.text])).toEqual([
          ['ACCUSE', 'accused'], ['ACCUSE', 'hybrid attack'], ['AID', 'pledged'],
        ]);
        expect(items[0]).toMatchObject({ doc: borderDoc().id, sourceName: 'Poland', targetName: 'Belarus', cameo: '112', pattern: 'accuse-of' });
        expect(items[0].id).toMatch(/^[0-9a-f]{16}$/);
        expect(new Set(items.map((e) => e.id)).size).toBe(3);
        const again = await withFresh(open, async (t) => { await t.saveDocs([borderDoc(), aidDoc()]); return (await t.listEvents()).items; });
        expect(again.map((e) => [e.id, e.key])).toEqual(items.map((e) => [e.id, e.key]));
      }));

    it('filters by actor id, name substring, type, CAMEO prefix, country, dates and document', () =>
      seeded(async (s) => {
        const triggers = async (f: Parameters<Store['listEvents']>[0]) => (await s.listEvents(f)).items.map((e) => e.trigger.text);
        expect(await triggers({ actor: 'country:POL' })).toEqual(['accused', 'pledged']);
        expect(await triggers({ actor: 'truss' })).toEqual(['hybrid attack']);
        expect(await triggers({ actor: 'EUROPEAN' })).toEqual(['pledged']);
        expect(await triggers({ type: 'accuse' })).toEqual(['accused', 'hybrid attack']);
        expect(await triggers({ type: '07' })).toEqual(['pledged']);
        expect(await triggers({ country: 'gbr' })).toEqual(['hybrid attack']);
        expect(await triggers({ since: '2021-11-10' })).toEqual(['pledged']);
        expect(await triggers({ until: '2021-11-09' })).toEqual(['accused', 'hybrid attack']);
        expect(await triggers({ since: '2021-12-02', until: '2021-12-02' })).toEqual(['pledged']);
        expect(await triggers({ doc: aidDoc().id.slice(0, 6) })).toEqual(['pledged']);
        expect(await triggers({ actor: 'POL', type: 'AID' })).toEqual(['pledged']);
        expect(await triggers({ actor: '%' })).toEqual([]);
        expect(await triggers({ actor: "Truss' OR 1=1 --" })).toEqual([]);
      }));

    it('pages with a cursor, without gaps or repeats', () =>
      seeded(async (s) => {
        const first = await s.listEvents({ limit: 2 });
        expect(first.items).toHaveLength(2);
        expect(first.next).not.toBeNull();
        const second = await s.listEvents({ limit: 2, cursor: first.next! });
        expect(second.items.map((e) => e.trigger.text)).toEqual(['pledged']);
        expect(second.next).toBeNull();
        const all: string[] = [];
        for await (const e of allPages((f) => s.listEvents(f), { limit: 1 }, undefined)) all.push(e.trigger.text);
        expect(all).toEqual(['accused', 'hybrid attack', 'pledged']);
        await expect(s.listEvents({ cursor: 'garbage' })).rejects.toThrow(/invalid cursor/);
        await expect(s.listEvents({ limit: 0 })).rejects.toThrow(/invalid limit/);
      }));
  });

  describe('quotes', () => {
    it('searches quote text (stemmed, phrases, operators treated as words) and filters by speaker', () =>
      seeded(async (s) => {
        const texts = async (f: Parameters<Store['listQuotes']>[0]) => (await s.listQuotes(f)).items.map((q) => q.text.slice(0, 12));
        expect(await texts({})).toEqual(['This is a hy', 'help border ']);
        expect(await texts({ text: 'hybrid attack' })).toEqual(['This is a hy']);
        expect(await texts({ text: 'guard' })).toEqual(['help border ']);
        expect(await texts({ text: '"border guards cope"' })).toEqual(['help border ']);
        expect(await texts({ text: '"guards border"' })).toEqual([]);
        expect(await texts({ text: 'winter Union' })).toEqual([]);
        expect(await texts({ text: 'attack" * NEAR(' })).toEqual([]); // NEAR is a required word here, not an operator
        expect(await texts({ text: '(attack" * ^' })).toEqual(['This is a hy']);
        expect(await texts({ text: '***' })).toEqual([]);
        expect(await texts({ speaker: 'truss' })).toEqual(['This is a hy']);
        expect(await texts({ speaker: 'brussels' })).toEqual(['help border ']);
        expect(await texts({ type: 'partial' })).toEqual(['help border ']);
        expect(await texts({ country: 'GBR' })).toEqual(['This is a hy']);
        expect(await texts({ since: '2021-12-01' })).toEqual(['help border ']);
        const [q] = (await s.listQuotes({ speaker: 'person:liz-truss' })).items;
        expect(q).toMatchObject({ outlet: 'Daily Telegraph', cue: 'said', speakerName: 'Liz Truss', doc: borderDoc().id, idx: 0 });
      }));
  });

  describe('quote date precision and basis', () => {
    it('stores each quote\'s date precision and basis, lists and filters by them, and reads the document back as saved', () =>
      withStore(async (s) => {
        const border = borderDoc();
        border.layers.quotes![0] = { ...border.layers.quotes![0], date: '2021-11', precision: 'month', dateBasis: 'attribution' };
        // aidDoc's quote was written before quotes recorded either: no date, so the document's, at no precision
        await s.saveDocs([border, aidDoc()]);
        const list = async (f: Parameters<Store['listQuotes']>[0]) => (await s.listQuotes(f)).items.map((q) => [q.doc, q.precision, q.dateBasis]);
        expect(await list({})).toEqual([[border.id, 'month', 'attribution'], [aidDoc().id, 'unknown', undefined]]);
        expect(await list({ precision: 'month' })).toEqual([[border.id, 'month', 'attribution']]);
        expect(await list({ precision: 'UNKNOWN' })).toEqual([[aidDoc().id, 'unknown', undefined]]);
        expect(await list({ precision: 'day' })).toEqual([]);
        expect(await list({ dateBasis: 'attribution' })).toEqual([[border.id, 'month', 'attribution']]);
        expect(await list({ dateBasis: 'document' })).toEqual([]);
        expect(await s.getDoc(border.id)).toStrictEqual(plain(border));
        expect('precision' in (await s.getDoc(aidDoc().id))!.layers.quotes![0]).toBe(false);
        expect((await checkStore(s)).problems).toEqual([]);
      }));

    it('migration 011 gives quotes stored before it the precision their date\'s form tells and no basis', () =>
      withStore(async (s) => {
        const doc = borderDoc();
        const q = doc.layers.quotes![0];
        const dates = ['2021-11-05', '2021-W44', '2021-10', '2021-Q3', '2020', doc.date, undefined];
        doc.layers.quotes = dates.map((date) => ({ ...q, date }));
        doc.layers.events = doc.layers.events!.map((e) => ({ ...e, quote: null }));
        await s.saveDocs([doc]);
        // the store as migration 010 left it: no precision or basis column
        const db = (s as KyselyStore).db;
        await sql`alter table quotes drop column precision`.execute(db);
        await sql`alter table quotes drop column date_basis`.execute(db);
        await migration011(db, (s as KyselyStore).dialect);
        const rows = (await s.listQuotes({})).items;
        expect(rows.map((r) => r.precision)).toEqual(['day', 'week', 'month', 'quarter', 'year', 'unknown', 'unknown']);
        expect(rows.map((r) => 'dateBasis' in r)).toEqual(dates.map(() => false));
        // the same values as a quote without them saved today (rows.ts), so the check finds the columns agree
        expect(rows.map((r) => r.precision)).toEqual(dates.map((d) => legacyQuotePrecision(d, doc.date)));
        expect((await checkStore(s)).problems).toEqual([]);
        expect((await s.listQuotes({ precision: 'week' })).items.map((r) => r.date)).toEqual(['2021-W44']);
      }));

    it('the integrity check finds a precision or basis column that disagrees with the quote\'s JSON', () =>
      withStore(async (s) => {
        const border = borderDoc();
        border.layers.quotes![0] = { ...border.layers.quotes![0], precision: 'day', dateBasis: 'attribution' };
        await s.saveDocs([border]);
        const db = (s as KyselyStore).db;
        await db.updateTable('quotes').set({ date_basis: 'document' }).execute();
        expect((await checkStore(s)).problems.join('\n')).toMatch(/quotes: document \w+ row 0: JSON disagrees with its columns/);
      }));
  });

  describe('actors, documents and summary', () => {
    it('lists actors with document, mention, event and quote counts', () =>
      seeded(async (s) => {
        const { items } = await s.listActors();
        expect(items.map((a) => a.id)).toEqual(['country:BLR', 'country:POL', 'igo:EU', 'person:liz-truss']);
        expect(items.find((a) => a.id === 'country:POL')).toEqual({
          id: 'country:POL', name: 'Poland', kind: 'country', country: 'POL', sector: null, docs: 2, mentions: 2, events: 2, quotes: 0,
        });
        expect(items.find((a) => a.id === 'person:liz-truss')).toMatchObject({ docs: 1, events: 1, quotes: 1 });
        expect((await s.listActors({ type: 'person' })).items.map((a) => a.id)).toEqual(['person:liz-truss']);
        expect((await s.listActors({ since: '2021-12-01' })).items.map((a) => a.id)).toEqual(['country:POL', 'igo:EU']);
        expect((await s.listActors({ actor: 'bel' })).items.map((a) => a.id)).toEqual(['country:BLR']);
        const p1 = await s.listActors({ limit: 3 });
        const p2 = await s.listActors({ limit: 3, cursor: p1.next! });
        expect([...p1.items, ...p2.items].map((a) => a.id)).toEqual(items.map((a) => a.id));
      }));

    it('lists documents with counts and filters them, full text included', () =>
      seeded(async (s) => {
        const ids = async (f: Parameters<Store['listDocs']>[0]) => (await s.listDocs(f)).items.map((d) => d.id);
        const [b, a, bare] = [borderDoc().id, aidDoc().id, bareDoc().id];
        expect(await ids({})).toEqual([b, a, bare]);
        const [first] = (await s.listDocs({ limit: 1 })).items;
        expect(first).toMatchObject({ title: 'Border standoff deepens', url: 'https://example.org/a1', events: 2, quotes: 1, chars: borderDoc().text.length });
        expect(await ids({ text: 'migrant' })).toEqual([b]);
        expect(await ids({ text: 'standoff' })).toEqual([b]);
        expect(await ids({ text: 'energy Riga' })).toEqual([bare]);
        expect(await ids({ actor: 'truss' })).toEqual([b]);
        expect(await ids({ type: 'AID' })).toEqual([a]);
        expect(await ids({ country: 'POL' })).toEqual([b, a]);
        expect(await ids({ since: '2021-12-01', until: '2021-12-31' })).toEqual([a]);
        expect(await ids({ doc: bare.slice(0, 4) })).toEqual([bare]);
      }));

    it('summarises documents, actors, quotes, and counted events (asserted, reported) by type', () =>
      seeded(async (s) => {
        expect(await s.summary()).toEqual({
          documents: 3, actors: 4, mentions: 6, places: 1, quotes: 2, events: 2, eventsUncounted: 1, eventsByType: { ACCUSE: 2 },
        });
      }));
  });

  describe('aggregates over the summary tables', () => aggregateCases(open));
}

async function withFresh<T>(open: () => Promise<Store>, fn: (s: Store) => Promise<T>): Promise<T> {
  const s = await open();
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

/** Aggregates read from the summary tables must equal a brute-force count over the listed events. */
export function aggregateCases(open: () => Promise<Store>): void {
  const COUNTRIES = ['POL', 'BLR', 'LTU', null, 'DEU', '']; // '' is no country, as null (the pipeline can leave it)
  const TYPES: [Plover, string, number, 1 | 2 | 3 | 4][] = [['ACCUSE', '112', -2, 3], ['AID', '073', 7, 2], ['CONSULT', '040', 1, 1], ['ASSAULT', '180', -9, 4]];
  const MODES = ['asserted', 'reported', 'negated', 'asserted', 'future'] as const;
  const DATES = [null, '2021-11-30', '2021-12', '2022-01-03', null];
  function variant(i: number): Doc {
    const d = i % 2 ? borderDoc() : aidDoc();
    d.id = `aggtest-${String(i).padStart(3, '0')}`;
    d.date = `2021-${i % 3 === 0 ? '11' : '12'}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    d.layers.events = d.layers.events!.map((e, k) => {
      const [type, cameo, goldstein, quad] = TYPES[(i + k) % TYPES.length];
      const mode = MODES[(i + 2 * k) % MODES.length];
      const country = (j: number) => COUNTRIES[j % COUNTRIES.length];
      return {
        ...e, type, cameo, goldstein: goldstein + k / 10, quad, mode, date: DATES[(i + k) % DATES.length],
        source: { ...e.source, country: country(i + k) }, target: { ...e.target, country: country(i * 3 + k + 1) },
        ...(mode === 'reported' ? {} : { reportedBy: undefined, quote: undefined }),
      };
    });
    return d;
  }

  async function brute(s: Store) {
    const rows = [];
    for await (const e of allPages((f) => s.listEvents(f), {})) if ((COUNTED_MODES as readonly string[]).includes(e.mode)) rows.push(e);
    return rows.map((e) => ({ day: e.date && e.date.length === 10 ? e.date : e.docDate, type: e.type, quad: e.quad, g: e.goldstein, s: e.source.country, t: e.target.country, doc: e.doc }));
  }
  const tally = <T>(xs: T[], key: (x: T) => string | null) => {
    const m = new Map<string, number>();
    for (const x of xs) { const k = key(x); if (k !== null) m.set(k, (m.get(k) ?? 0) + 1); }
    return Object.fromEntries([...m].sort());
  };
  const inWindow = (w: { since?: string; until?: string }) => (e: { day: string }) => (!w.since || e.day >= w.since) && (!w.until || e.day <= w.until);

  it('counts, dyads, series and country totals equal a brute-force count, also after a replace', async () => {
    const s = await open();
    try {
      const db = (s as KyselyStore).db;
      const docs = Array.from({ length: 14 }, (_, i) => variant(i));
      await s.saveDocs(docs);
      for (let round = 0; round < 2; round++) {
        const all = await brute(s);
        expect(all.length).toBeGreaterThan(5);
        for (const w of [{}, { since: '2021-11-15', until: '2021-12-20' }, { since: '2021-12-01' }, { until: '2021-11-30' }]) {
          const ev = all.filter(inWindow(w));
          const counts = await countsByPeriod(db, { period: 'day', by: 'type', ...w });
          expect(tally(counts.flatMap((r) => Array(r.count).fill(`${r.period} ${r.key}`)), (x) => x)).toEqual(tally(ev, (e) => `${e.day} ${e.type}`));
          const weeks = await countsByPeriod(db, { period: 'month', by: 'quad', country: 'POL', ...w });
          expect(tally(weeks.flatMap((r) => Array(r.count).fill(`${r.period} ${r.key}`)), (x) => x))
            .toEqual(tally(ev.filter((e) => e.s === 'POL' || e.t === 'POL'), (e) => `${e.day.slice(0, 7)} ${e.quad}`));
          const dyads = await dyadTotals(db, { ...w });
          expect(Object.fromEntries(dyads.map((d) => [`${d.source}-${d.target}`, d.count]).sort()))
            .toEqual(tally(ev, (e) => (e.s && e.t ? `${e.s}-${e.t}` : null)));
          for (const d of dyads) {
            const g = ev.filter((e) => e.s === d.source && e.t === d.target).reduce((a, e) => a + e.g, 0);
            expect(d.goldsteinSum).toBeCloseTo(g, 6);
          }
          for (const type of [undefined, 'ACCUSE']) {
            const totals = await countryTotals(db, { ...w, type });
            const sel = ev.filter((e) => !type || e.type === type);
            const expected = [...new Set(sel.flatMap((e) => [e.s, e.t]).filter((c): c is string => !!c))].sort().map((c) => {
              const inv = sel.filter((e) => e.s === c || e.t === c);
              return { country: c, asSource: sel.filter((e) => e.s === c).length, asTarget: sel.filter((e) => e.t === c).length, events: inv.length, g: inv.reduce((a, e) => a + e.g, 0) };
            });
            const got = [...totals].sort((a, b) => (a.country < b.country ? -1 : 1));
            expect(got.map(({ goldsteinSum: _g, ...t }) => t)).toEqual(expected.map(({ g: _g, ...t }) => t));
            got.forEach((t, k) => expect(t.goldsteinSum).toBeCloseTo(expected[k].g, 6));
          }
          const series = await dyadSeries(db, { dyad: 'POL-BLR', period: 'day', ...w });
          expect(Object.fromEntries(series.filter((p) => p.count).map((p) => [p.period, p.count])))
            .toEqual(tally(ev.filter((e) => (e.s === 'POL' && e.t === 'BLR') || (e.s === 'BLR' && e.t === 'POL')), (e) => e.day));
          // the articles behind a dyad's weeks (the evidence of an alert), counted up to the cap
          const pair = ev.filter((e) => (e.s === 'POL' && e.t === 'BLR') || (e.s === 'BLR' && e.t === 'POL'));
          const pairWeeks = [...new Set(pair.map((e) => bucketOf(e.day, 'week')))].concat(['2030-01-07']);
          const docs = await dyadPeriodDocs(db, { dyad: 'POL-BLR', period: 'week', ...w }, pairWeeks);
          expect(Object.fromEntries(pairWeeks.map((wk) => [wk, docs.get(wk)]))).toEqual(Object.fromEntries(pairWeeks.map((wk) => {
            const n = new Set(pair.filter((e) => bucketOf(e.day, 'week') === wk).map((e) => e.doc)).size;
            return [wk, { articles: Math.min(n, ARTICLE_COUNT_CAP), more: n > ARTICLE_COUNT_CAP }];
          })));
          // per day over three years (more periods than one statement takes), one direction only
          const days = bucketRange('2020-01-01', '2022-12-31', 'day');
          const perDay = await dyadPeriodDocs(db, { dyad: 'POL-BLR', directed: true, period: 'day', ...w }, days);
          const polDays = [...new Set(pair.filter((e) => e.s === 'POL').map((e) => e.day))].sort();
          if (!w.since && !w.until) expect(polDays.length).toBeGreaterThan(1);
          expect(days.filter((d) => perDay.get(d)?.articles)).toEqual(polDays);
          for (const d of days) {
            const n = new Set(pair.filter((e) => e.s === 'POL' && e.day === d).map((e) => e.doc)).size;
            expect(perDay.get(d), d).toEqual({ articles: Math.min(n, ARTICLE_COUNT_CAP), more: n > ARTICLE_COUNT_CAP });
          }
        }
        // network and locations over all time come from summary tables; an open window forces the events scan
        const scan = { since: '0000-01-01' };
        for (const f of [{}, { country: 'POL' }, { type: 'ACCUSE' }, { dyad: 'POL-BLR' }]) {
          const net = await actorNetwork(db, { ...f, limit: 5000 });
          expect(net).toEqual(await actorNetwork(db, { ...f, ...scan, limit: 5000 }));
        }
        expect((await actorNetwork(db, { limit: 5000 })).edges.length).toBeGreaterThan(0);
        for (const f of [{}, { country: 'POL' }, { country: 'BLR' }]) {
          expect(await eventLocations(db, { ...f, limit: 5000 })).toEqual(await eventLocations(db, { ...f, ...scan, limit: 5000 }));
        }
        expect((await eventLocations(db, { limit: 5000 })).length).toBeGreaterThan(0);
        // the summary tables kept in step by every save and replace equal a recount from the events (check)
        expect((await checkStore(s)).checks.find((c) => c.name === 'summary tables')).toMatchObject({ ok: true });
        // replace half the documents with fewer, different events: the summary tables follow
        const changed = docs.filter((_, i) => i % 2).map((d, i) => ({ ...variant(i + 20), id: d.id, date: d.date }));
        for (const d of changed) d.layers.events = d.layers.events!.slice(0, 1);
        await s.saveDocs(changed, { replace: true });
      }
    } finally {
      await s.close();
    }
  });
}
