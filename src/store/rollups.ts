// Summary (rollup) tables of the event store, kept in step inside the save transaction: event counts and
// Goldstein sums per day × type, per country × day (× type) / × month, per country dyad × day / dekad / month /
// quarter, per actor pair, so the dashboard aggregates (src/store/aggregates.ts) read thousands of rows instead
// of every event.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { COUNTED_MODES } from '../doc/types.ts';
import { slices } from './slices.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyDb = Kysely<any> | Transaction<any>;

/** A rollup table: its key columns (primary key, in order) and its additive measures. */
export interface RollupSpec {
  table: string;
  keys: string[];
  measures: string[];
  /** Extra covering index (name → columns) for range scans by period across all keys. */
  index?: [string, string[]];
  /** The migration that creates the table. */
  migration: RollupMigration;
}

/** The migrations that create summary tables. */
export type RollupMigration = 4 | 6 | 7;

/** Counted events only (those the aggregates count: not flagged duplicate); `n` events, `g` Goldstein sum. */
export const ROLLUPS: RollupSpec[] = [
  // key order (…, day, type, quad, mode) lets "group by day, type" stream in key order
  { table: 'agg_type_day', keys: ['day', 'type', 'quad', 'mode'], measures: ['n', 'g'], migration: 4 },
  // n/g: events involving the country (once even when both sides); ns/nt: as source / as target.
  { table: 'agg_country_day', keys: ['country', 'day', 'type', 'quad', 'mode'], measures: ['n', 'g', 'ns', 'nt'], migration: 4 },
  {
    table: 'agg_country_total_day', keys: ['country', 'day', 'mode'], measures: ['n', 'g', 'ns', 'nt'],
    index: ['agg_country_total_day_by_day', ['day', 'mode', 'country', 'n', 'g', 'ns', 'nt']], migration: 4,
  },
  {
    table: 'agg_country_total_month', keys: ['country', 'month', 'mode'], measures: ['n', 'g', 'ns', 'nt'],
    index: ['agg_country_total_month_by_month', ['month', 'mode', 'country', 'n', 'g', 'ns', 'nt']], migration: 4,
  },
  // '' stands for "no country" so the key columns can be a primary key.
  {
    table: 'agg_dyad_day', keys: ['source_country', 'target_country', 'day', 'mode'], measures: ['n', 'g'],
    index: ['agg_dyad_day_by_day', ['day', 'mode', 'source_country', 'target_country', 'n', 'g']], migration: 4,
  },
  {
    table: 'agg_dyad_month', keys: ['source_country', 'target_country', 'month', 'mode'], measures: ['n', 'g'],
    index: ['agg_dyad_month_by_month', ['month', 'mode', 'source_country', 'target_country', 'n', 'g']], migration: 4,
  },
  // the actor network over all time: events with both actors, per actor pair and type (countries kept for filters)
  { table: 'agg_pair', keys: ['source_actor', 'target_actor', 'type', 'source_country', 'target_country', 'mode'], measures: ['n', 'g'], migration: 6 },
  // event locations over all time: per place named in an event's sentence, for all events (side '') and per
  // country taking part (side = source or target country, once when both); n events, m place mentions
  {
    table: 'agg_place_side', keys: ['side', 'name', 'country', 'lat', 'lon', 'mode'], measures: ['n', 'm'], migration: 6,
    index: ['agg_place_side_by_side', ['side', 'mode', 'n']],
  },
  // coarser and finer steps between day and month for dyad totals over a date window (aggregates.ts
  // windowPieces): 'YYYY-MM-1' (days 1–10), '-2' (11–20), '-3' (21–end); 'YYYY-Q1'..'YYYY-Q4'
  {
    table: 'agg_dyad_dekad', keys: ['source_country', 'target_country', 'dekad', 'mode'], measures: ['n', 'g'],
    index: ['agg_dyad_dekad_by_dekad', ['dekad', 'mode', 'source_country', 'target_country', 'n', 'g']], migration: 7,
  },
  {
    table: 'agg_dyad_quarter', keys: ['source_country', 'target_country', 'quarter', 'mode'], measures: ['n', 'g'],
    index: ['agg_dyad_quarter_by_quarter', ['quarter', 'mode', 'source_country', 'target_country', 'n', 'g']], migration: 7,
  },
  // the actor network of the counted modes (COUNTED_MODES) over all time, one row per actor pair and type, read
  // heaviest first through its index: the default network answer reads `limit` rows, not every pair
  {
    table: 'agg_pair_counted', keys: ['source_actor', 'target_actor', 'type'], measures: ['n', 'g'],
    index: ['agg_pair_counted_by_n', ['n desc', 'source_actor', 'target_actor', 'type']], migration: 7,
  },
];

/** The dekad label of a day: YYYY-MM-1 (days 1–10), -2 (11–20), -3 (21 to the month's end). */
export function dekadOf(day: string): string {
  const d = day.slice(8, 10);
  return `${day.slice(0, 8)}${d <= '10' ? 1 : d <= '20' ? 2 : 3}`;
}

/** The quarter label of a day or month: YYYY-Q1..YYYY-Q4. */
export function quarterOf(dayOrMonth: string): string {
  return `${dayOrMonth.slice(0, 4)}-Q${Math.ceil(Number(dayOrMonth.slice(5, 7)) / 3)}`;
}

/** The event columns a rollup needs. */
export interface RollupEvent {
  date: string | null;
  doc_date: string;
  mode: string;
  type: string;
  quad: number;
  goldstein: number;
  source_country: string | null;
  target_country: string | null;
  source_actor: string | null;
  target_actor: string | null;
  sentence_start: number;
  sentence_end: number;
}

/** The place columns the locations rollup needs. */
export interface RollupPlace {
  start: number;
  end: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** The day an event is counted on (same rule as EVENT_DAY_SQL in aggregates.ts). */
export function eventDayOf(e: { date: string | null; doc_date: string }): string {
  return e.date !== null && e.date.length === 10 ? e.date : e.doc_date;
}

const FLOAT_KEYS = new Set(['lat', 'lon']);

/** Creates the rollup tables of one migration. */
export async function createRollupTables(db: Kysely<any>, float: string, migration: RollupMigration): Promise<void> {
  for (const r of ROLLUPS.filter((x) => x.migration === migration)) {
    let t = db.schema.createTable(r.table);
    for (const k of r.keys) t = t.addColumn(k, k === 'quad' ? 'integer' : FLOAT_KEYS.has(k) ? (float as 'real') : 'text', (c) => c.notNull());
    for (const m of r.measures) t = t.addColumn(m, m === 'g' ? (float as 'real') : 'integer', (c) => c.notNull());
    await t.addPrimaryKeyConstraint(`${r.table}_pk`, r.keys as never).execute();
    if (r.index) await db.schema.createIndex(r.index[0]).on(r.table).columns(r.index[1]).execute();
  }
}

const COUNTED = new Set<string>(COUNTED_MODES);

type Acc = Map<string, RollupRow>;

function add(acc: Acc, key: (string | number)[], m: number[]): void {
  const id = key.join('\u0000');
  const cur = acc.get(id);
  if (!cur) acc.set(id, { key, m: [...m] });
  else for (let i = 0; i < m.length; i++) cur.m[i] += m[i];
}

/**
 * Groups one document's events (and its places) into rollup rows (sign -1 to subtract), one map per table in
 * ROLLUPS order; `into` adds them to maps already holding other documents' rows.
 */
export function rollupRows(events: RollupEvent[], sign = 1, places: RollupPlace[] = [], into: Acc[] = ROLLUPS.map(() => new Map())): Acc[] {
  const [types, countries, countryDays, countryMonths, dyadDays, dyadMonths, pairs, placeSides, dyadDekads, dyadQuarters, pairsCounted] = into;
  for (const e of events) {
    if (e.source_actor && e.target_actor) {
      add(pairs, [e.source_actor, e.target_actor, e.type, e.source_country ?? '', e.target_country ?? '', e.mode], [sign, sign * Number(e.goldstein)]);
      if (COUNTED.has(e.mode)) add(pairsCounted, [e.source_actor, e.target_actor, e.type], [sign, sign * Number(e.goldstein)]);
    }
    const here = new Map<string, { p: RollupPlace; m: number }>();
    for (const p of places) {
      if (p.start < e.sentence_start || p.end > e.sentence_end) continue;
      const id = `${p.name}\u0000${p.country}\u0000${p.lat}\u0000${p.lon}`;
      const cur = here.get(id);
      if (cur) cur.m++;
      else here.set(id, { p, m: 1 });
    }
    if (here.size) {
      const sides = new Set(['', e.source_country ?? '', e.target_country ?? '']);
      for (const { p, m } of here.values()) {
        for (const side of sides) add(placeSides, [side, p.name, p.country, Number(p.lat), Number(p.lon), e.mode], [sign, sign * m]);
      }
    }
    const day = eventDayOf(e);
    const g = sign * Number(e.goldstein);
    const quad = Number(e.quad);
    add(types, [day, e.type, quad, e.mode], [sign, g]);
    const s = e.source_country ?? '';
    const t = e.target_country ?? '';
    const month = day.slice(0, 7);
    const sides: [string, number[]][] = [];
    if (s) sides.push([s, [sign, g, sign, t === s ? sign : 0]]);
    if (t && t !== s) sides.push([t, [sign, g, 0, sign]]);
    for (const [c, m] of sides) {
      add(countries, [c, day, e.type, quad, e.mode], m);
      add(countryDays, [c, day, e.mode], m);
      add(countryMonths, [c, month, e.mode], m);
    }
    add(dyadDays, [s, t, day, e.mode], [sign, g]);
    add(dyadDekads, [s, t, dekadOf(day), e.mode], [sign, g]);
    add(dyadMonths, [s, t, month, e.mode], [sign, g]);
    add(dyadQuarters, [s, t, quarterOf(month), e.mode], [sign, g]);
  }
  return into;
}

/** One grouped row of a summary table: its key values and its measures, in RollupSpec order. */
export interface RollupRow {
  key: (string | number)[];
  m: number[];
}

/**
 * Adds grouped rows to one summary table (an upsert summing the measures). The default writes multi-row
 * statements; a backend may do better (SQLite: one prepared single-row statement per table).
 */
export type RollupWriter = (spec: RollupSpec, rows: RollupRow[]) => Promise<void>;

/** Adds grouped rows into the rollup tables (upsert, in key order so concurrent writers lock alike). */
async function upsert(db: AnyDb, rows: Acc[], write: RollupWriter = (spec, list) => upsertMultiRow(db, spec, list)): Promise<void> {
  for (let i = 0; i < ROLLUPS.length; i++) {
    const list = [...rows[i].entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
    if (list.length) await write(ROLLUPS[i], list);
  }
}

/** The default writer: multi-row upsert statements of up to ~4,000 bound values. */
async function upsertMultiRow(db: AnyDb, r: RollupSpec, list: RollupRow[]): Promise<void> {
  const cols = [...r.keys, ...r.measures];
  const per = Math.floor(4000 / cols.length);
  for (let j = 0; j < list.length; j += per) {
    const values = list.slice(j, j + per).map((v) => Object.fromEntries(cols.map((c, k) => [c, k < r.keys.length ? v.key[k] : v.m[k - r.keys.length]])));
    await db
      .insertInto(r.table)
      .values(values)
      .onConflict((oc) =>
        oc.columns(r.keys as never).doUpdateSet(Object.fromEntries(r.measures.map((m) => [m, sql`${sql.ref(`${r.table}.${m}`)} + ${sql.ref(`excluded.${m}`)}`])) as never),
      )
      .execute();
  }
}

const EVENT_COLS = [
  'date', 'doc_date', 'mode', 'type', 'quad', 'goldstein', 'source_country', 'target_country', 'source_actor', 'target_actor', 'sentence_start', 'sentence_end',
] as const;

/** Adds (sign 1, after the document's events are stored and flagged) or removes (sign -1, before they are deleted) one document's counted events. */
export async function rollupDoc(trx: Transaction<Database>, docId: string, sign: 1 | -1): Promise<void> {
  await rollupDocs(trx, [docId], sign);
}

/**
 * The same for several documents with one upsert per summary table. The rows it touches are shared by every
 * writer (the same day, type, country), so a save calls it last, just before committing: on PostgreSQL
 * concurrent writers then wait on each other's row locks only for that short step.
 */
export async function rollupDocs(trx: Transaction<Database>, docIds: string[], sign: 1 | -1, write?: RollupWriter): Promise<void> {
  const merged: Acc[] = ROLLUPS.map(() => new Map());
  for (const ids of slices(docIds, 500)) {
    const events = await trx.selectFrom('events').select(['doc_id', ...EVENT_COLS]).where('doc_id', 'in', ids).where('duplicate', '=', 0).execute();
    if (!events.length) continue;
    const places = await trx.selectFrom('places').select(['doc_id', 'start', 'end', 'name', 'country', 'lat', 'lon']).where('doc_id', 'in', ids).where('adjectival', '=', 0).execute();
    const byDoc = new Map<string, { events: RollupEvent[]; places: RollupPlace[] }>();
    const of = (id: string) => {
      let g = byDoc.get(id);
      if (!g) byDoc.set(id, (g = { events: [], places: [] }));
      return g;
    };
    for (const e of events) of(e.doc_id).events.push(e as RollupEvent);
    for (const p of places) of(p.doc_id).places.push(p as RollupPlace);
    for (const g of byDoc.values()) rollupRows(g.events, sign, g.places, merged);
  }
  await upsert(trx, merged, write);
}

/** The day an event counts on, as SQL (the same rule as eventDayOf). */
const DAY = sql.raw('(case when length(date) = 10 then date else doc_date end)');
const COUNTED_EVENTS = sql.raw('duplicate = 0');

/**
 * The query computing a summary table's rows (its key columns, then its measures, in ROLLUPS order) from the
 * events and places tables, or — for a coarser or narrower table — from the summary table it is derived from.
 * `rebuildRollups` fills the tables with these; `eventline check` compares the tables against them. An empty
 * country or actor ('', which the pipeline can leave where it found none) counts as none, as in rollupRows.
 */
export function sourceQuery(table: string, adjectivalColumn = true) {
  // places.adjectival exists from migration 010 on; the migrations before it (006) fill agg_place_side too
  const located = sql.raw(adjectivalColumn ? ' and p.adjectival = 0' : '');
  switch (table) {
    case 'agg_type_day':
      return sql`select ${DAY} as day, type, quad, mode, count(*) as n, sum(goldstein) as g from events where ${COUNTED_EVENTS} group by 1, 2, 3, 4`;
    case 'agg_country_day':
      return sql`select c as country, d as day, type, quad, mode, count(*) as n, sum(goldstein) as g, sum(s) as ns, sum(t) as nt from (
        select source_country as c, ${DAY} as d, mode, type, quad, goldstein, 1 as s, case when target_country = source_country then 1 else 0 end as t
          from events where ${COUNTED_EVENTS} and source_country <> ''
        union all
        select target_country, ${DAY}, mode, type, quad, goldstein, 0, 1
          from events where ${COUNTED_EVENTS} and target_country <> '' and coalesce(source_country, '') <> target_country
      ) x group by 1, 2, 3, 4, 5`;
    case 'agg_country_total_day':
      return sql`select country, day, mode, sum(n) as n, sum(g) as g, sum(ns) as ns, sum(nt) as nt from agg_country_day group by 1, 2, 3`;
    case 'agg_country_total_month':
      return sql`select country, substr(day, 1, 7) as month, mode, sum(n) as n, sum(g) as g, sum(ns) as ns, sum(nt) as nt from agg_country_total_day group by 1, 2, 3`;
    case 'agg_dyad_day':
      return sql`select coalesce(source_country, '') as source_country, coalesce(target_country, '') as target_country, ${DAY} as day, mode, count(*) as n, sum(goldstein) as g
        from events where ${COUNTED_EVENTS} group by 1, 2, 3, 4`;
    case 'agg_dyad_month':
      return sql`select source_country, target_country, substr(day, 1, 7) as month, mode, sum(n) as n, sum(g) as g from agg_dyad_day group by 1, 2, 3, 4`;
    case 'agg_pair':
      return sql`select source_actor, target_actor, type, coalesce(source_country, '') as source_country, coalesce(target_country, '') as target_country, mode, count(*) as n, sum(goldstein) as g
        from events where ${COUNTED_EVENTS} and source_actor <> '' and target_actor <> '' group by 1, 2, 3, 4, 5, 6`;
    case 'agg_place_side': {
      // one row per (event, place): the place's mentions inside the event's sentence
      const ep = sql`select e.id as eid, e.mode as mode, coalesce(e.source_country, '') as s, coalesce(e.target_country, '') as t,
          p.name as name, p.country as country, p.lat as lat, p.lon as lon, count(*) as m
        from events e join places p on p.doc_id = e.doc_id and p.start >= e.sentence_start and p."end" <= e.sentence_end${located}
        where e.${COUNTED_EVENTS} group by e.id, e.mode, e.source_country, e.target_country, p.name, p.country, p.lat, p.lon`;
      return sql`select side, name, country, lat, lon, mode, count(*) as n, sum(m) as m from (
          select '' as side, name, country, lat, lon, mode, m from (${ep}) a
          union all select s, name, country, lat, lon, mode, m from (${ep}) b where s <> ''
          union all select t, name, country, lat, lon, mode, m from (${ep}) c where t <> '' and t <> s
        ) x group by 1, 2, 3, 4, 5, 6`;
    }
    case 'agg_dyad_dekad':
      return sql`select source_country, target_country,
          substr(day, 1, 8) || (case when substr(day, 9, 2) <= '10' then '1' when substr(day, 9, 2) <= '20' then '2' else '3' end) as dekad, mode, sum(n) as n, sum(g) as g
        from agg_dyad_day group by 1, 2, 3, 4`;
    case 'agg_dyad_quarter':
      return sql`select source_country, target_country,
          substr(month, 1, 5) || (case when substr(month, 6, 2) <= '03' then 'Q1' when substr(month, 6, 2) <= '06' then 'Q2' when substr(month, 6, 2) <= '09' then 'Q3' else 'Q4' end) as quarter, mode, sum(n) as n, sum(g) as g
        from agg_dyad_month group by 1, 2, 3, 4`;
    case 'agg_pair_counted':
      return sql`select source_actor, target_actor, type, sum(n) as n, sum(g) as g from agg_pair where mode in (${sql.join([...COUNTED_MODES])}) group by 1, 2, 3`;
    default:
      throw new Error(`no summary table ${table}`);
  }
}

/**
 * Recomputes the rollup tables of one migration (or all) from the events and places tables (migration backfill;
 * bulk loads that bypass saveDocs; `eventline check --repair`). ROLLUPS lists each table after those it is derived from.
 */
export async function rebuildRollups(db: AnyDb, migration?: RollupMigration): Promise<void> {
  for (const r of ROLLUPS) {
    if (migration !== undefined && r.migration !== migration) continue;
    await db.deleteFrom(r.table).execute();
    await sql`insert into ${sql.table(r.table)} (${sql.join([...r.keys, ...r.measures].map((c) => sql.ref(c)))}) ${sourceQuery(r.table, migration === undefined)}`.execute(db);
  }
}
