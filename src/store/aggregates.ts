// Aggregate queries over the event store for the API and dashboard: counts per period by PLOVER type or
// quad class, dyad totals and Goldstein series, country totals, event locations and the actor network.
// Written with Kysely's query builder so they run on SQLite and PostgreSQL; dates are text YYYY-MM-DD.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './schema.ts';
import type { ListFilter } from './store.ts';
import { COUNTED_MODES } from '../doc/types.ts';
import { utcDay } from '../doc/utc-day.ts';
import { slices } from './slices.ts';
import { dekadOf, quarterOf } from './rollups.ts';

export type Period = 'day' | 'week' | 'month';
export type CountBy = 'type' | 'quad';

/** The listing filters (actor, type, since, until, doc, country) plus a country pair. */
export interface AggregateFilter extends Pick<ListFilter, 'actor' | 'type' | 'since' | 'until' | 'doc' | 'country'> {
  /** A country pair "AAA-BBB" (either direction unless `directed`). */
  dyad?: string;
  directed?: boolean;
  /** Event modes counted (default COUNTED_MODES: asserted and reported; negated, hypothetical and future events did not happen). */
  modes?: readonly string[];
}

/**
 * The day an event is counted on: its own date when it is a full YYYY-MM-DD date, else the document date.
 * Migration 002 indexes exactly this expression, so the SQL text must stay identical.
 */
export const EVENT_DAY_SQL = "(case when length(date) = 10 then date else doc_date end)";
const eventDay = sql<string>`(case when length(${sql.ref('e.date')}) = 10 then ${sql.ref('e.date')} else ${sql.ref('e.doc_date')} end)`;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Parses "AAA-BBB" into two upper-case codes; throws on anything else. */
export function parseDyad(dyad: string): [string, string] {
  const m = /^([A-Za-z0-9]{2,10})[-:/]([A-Za-z0-9]{2,10})$/.exec(dyad.trim());
  if (!m) throw new Error(`invalid dyad "${dyad}" (expected two country codes like BLR-POL)`);
  return [m[1].toUpperCase(), m[2].toUpperCase()];
}

/**
 * The shared filters as conditions over `events as e` — or, with `rollup`, over a summary table aliased `e`
 * that holds counted events only and has the mode, type, country and actor columns (agg_pair).
 */
function filterConds(db: Kysely<Database>, f: AggregateFilter, rollup = false): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const e = (col: string) => sql.ref(`e.${col}`);
  const modes = f.modes ?? COUNTED_MODES;
  out.push(sql<SqlBool>`${e('mode')} in (${sql.join([...modes])})`);
  if (!rollup) out.push(sql<SqlBool>`${e('duplicate')} = 0`); // counted once per near-duplicate cluster (src/dedup/near-dup.ts)
  if (f.since) out.push(sql<SqlBool>`${eventDay} >= ${f.since}`);
  if (f.until) out.push(sql<SqlBool>`${eventDay} <= ${f.until}`);
  if (f.doc) out.push(sql<SqlBool>`${e('doc_id')} like ${`${likeEscape(f.doc)}%`} escape '\\'`);
  if (f.type) {
    const t = f.type;
    out.push(/^\d+$/.test(t) ? sql<SqlBool>`${e('cameo')} like ${`${likeEscape(t)}%`} escape '\\'` : sql<SqlBool>`${e('type')} = ${t.toUpperCase()}`);
  }
  if (f.country) {
    const c = f.country.toUpperCase();
    out.push(sql<SqlBool>`(${e('source_country')} = ${c} or ${e('target_country')} = ${c})`);
  }
  if (f.actor) {
    const a = f.actor;
    const ids = db
      .selectFrom('actors')
      .select('actors.id')
      .where((eb) =>
        eb.or([eb('actors.id', '=', a), sql<SqlBool>`lower(${sql.ref('actors.name')}) like ${`%${likeEscape(a.toLowerCase())}%`} escape '\\'`]),
      );
    out.push(sql<SqlBool>`(${e('source_actor')} in (${ids}) or ${e('target_actor')} in (${ids}))`);
  }
  if (f.dyad) {
    const [a, b] = parseDyad(f.dyad);
    const ab = sql<SqlBool>`(${e('source_country')} = ${a} and ${e('target_country')} = ${b})`;
    const ba = sql<SqlBool>`(${e('source_country')} = ${b} and ${e('target_country')} = ${a})`;
    out.push(f.directed ? ab : sql<SqlBool>`(${ab} or ${ba})`);
  }
  return out;
}

/** Applies the shared filters to a query over `events as e`. */
function applyFilter<Q>(db: Kysely<Database>, q: Q, f: AggregateFilter): Q {
  let out = q as unknown as { where(c: Expression<SqlBool>): unknown };
  for (const c of filterConds(db, f)) out = out.where(c) as typeof out;
  return out as unknown as Q;
}

// ---- summary tables (src/store/rollups.ts) ----
// They hold counted (non-duplicate) events by day, mode, type/quad and country / country dyad; filters on
// actor, document or CAMEO code are not in them, so those queries scan the events table instead.

/** True when the filter needs columns the summary tables do not keep. */
function needsEvents(f: AggregateFilter): boolean {
  return Boolean(f.actor || f.doc || (f.type && /^\d+$/.test(f.type)));
}

const and = (conds: Expression<SqlBool>[]) => (conds.length ? sql.join(conds, sql` and `) : sql`1 = 1`);

/** Mode, period and PLOVER type conditions over a summary table whose period column is `col`. */
function rollupConds(f: AggregateFilter, col: string, withType: boolean): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [sql<SqlBool>`mode in (${sql.join([...(f.modes ?? COUNTED_MODES)])})`];
  if (f.since) out.push(sql<SqlBool>`${sql.ref(col)} >= ${f.since}`);
  if (f.until) out.push(sql<SqlBool>`${sql.ref(col)} <= ${f.until}`);
  if (withType && f.type) out.push(sql<SqlBool>`type = ${f.type.toUpperCase()}`);
  return out;
}

/** Country and dyad conditions over rows with source_country / target_country. */
function dyadConds(f: AggregateFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.country) {
    const c = f.country.toUpperCase();
    out.push(sql<SqlBool>`(source_country = ${c} or target_country = ${c})`);
  }
  if (f.dyad) {
    const [a, b] = parseDyad(f.dyad);
    out.push(f.directed
      ? sql<SqlBool>`(source_country = ${a} and target_country = ${b})`
      : sql<SqlBool>`((source_country = ${a} and target_country = ${b}) or (source_country = ${b} and target_country = ${a}))`);
  }
  return out;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
function lastDayOf(m: string): string {
  const d = new Date(utcDay(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}
function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** A step of the summary tables: its column, the label of a day, and the first and last day of a label. */
interface Step {
  level: 'day' | 'dekad' | 'month' | 'quarter';
  of(day: string): string;
  first(label: string): string;
  last(label: string): string;
}
const STEPS: Record<Step['level'], Step> = {
  day: { level: 'day', of: (d) => d, first: (l) => l, last: (l) => l },
  dekad: {
    level: 'dekad',
    of: dekadOf,
    first: (l) => `${l.slice(0, 8)}${['01', '11', '21'][Number(l[8]) - 1]}`,
    last: (l) => (l[8] === '3' ? lastDayOf(l.slice(0, 7)) : `${l.slice(0, 8)}${l[8] === '1' ? '10' : '20'}`),
  },
  month: { level: 'month', of: (d) => d.slice(0, 7), first: (l) => `${l}-01`, last: lastDayOf },
  quarter: {
    level: 'quarter',
    of: quarterOf,
    first: (l) => `${l.slice(0, 4)}-${String(Number(l[6]) * 3 - 2).padStart(2, '0')}-01`,
    last: (l) => lastDayOf(`${l.slice(0, 4)}-${String(Number(l[6]) * 3).padStart(2, '0')}`),
  },
};

/** One part of a date window read from one summary step: labels from..to (open ends allowed). */
export interface WindowPiece {
  level: Step['level'];
  from?: string;
  to?: string;
}

/**
 * Splits the days [since, until] (open ends allowed) into the fewest pieces of the given steps (finest first,
 * each a whole number of the one before): days up to the first dekad boundary, dekads up to the first month,
 * …, the coarsest step in the middle, then the same mirrored at the end. Summed over the pieces, every day of
 * the window counts once. Null when a bound is not a YYYY-MM-DD day.
 */
export function windowPieces(since: string | undefined, until: string | undefined, levels: Step['level'][]): WindowPiece[] | null {
  if ((since && !DAY_RE.test(since)) || (until && !DAY_RE.test(until))) return null;
  const out: WindowPiece[] = [];
  let lo = since;
  let hi = until;
  if (lo && hi && lo > hi) return out;
  for (let k = 0; k + 1 < levels.length; k++) {
    const step = STEPS[levels[k]];
    const next = STEPS[levels[k + 1]];
    if (lo) {
      const unit = next.of(lo);
      if (next.first(unit) !== lo) { // lo inside a coarser unit: its start at this step
        const end = hi && hi < next.last(unit) ? hi : next.last(unit);
        out.push({ level: step.level, from: step.of(lo), to: step.of(end) });
        if (hi && end >= hi) return out;
        lo = shiftDay(next.last(unit), 1);
      }
    }
    if (hi) {
      const unit = next.of(hi);
      if (next.last(unit) !== hi) {
        const start = lo && lo > next.first(unit) ? lo : next.first(unit);
        out.push({ level: step.level, from: step.of(start), to: step.of(hi) });
        if (lo && start <= lo) return out;
        hi = shiftDay(next.first(unit), -1);
      }
    }
    if (lo && hi && lo > hi) return out;
  }
  const top = STEPS[levels[levels.length - 1]];
  out.push({ level: top.level, from: lo && top.of(lo), to: hi && top.of(hi) });
  return out;
}

/** The steps of each family of summary tables (rollups.ts): agg_dyad_day / _dekad / _month / _quarter, agg_country_total_day / _month. */
const FAMILY_STEPS: Record<'agg_dyad' | 'agg_country_total', Step['level'][]> = {
  agg_dyad: ['day', 'dekad', 'month', 'quarter'],
  agg_country_total: ['day', 'month'],
};

/** Rows of a family of summary tables (agg_dyad_*, agg_country_total_*) covering the filter's period, each day once, from the coarsest steps that fit (windowPieces). */
function periodWindow(prefix: 'agg_dyad' | 'agg_country_total', f: AggregateFilter, extra: Expression<SqlBool>[]) {
  const cols = sql.raw(prefix === 'agg_dyad' ? 'source_country, target_country, n, g' : 'country, n, g, ns, nt');
  const pieces = windowPieces(f.since, f.until, FAMILY_STEPS[prefix]);
  if (!pieces) return sql`select ${cols} from ${sql.raw(`${prefix}_day`)} where ${and([...rollupConds(f, 'day', false), ...extra])}`;
  if (!pieces.length) return sql`select ${cols} from ${sql.raw(`${prefix}_day`)} where 1 = 0`;
  return sql.join(pieces.map((p) => sql`select ${cols} from ${sql.raw(`${prefix}_${p.level}`)}
    where ${and([...rollupConds({ ...f, since: p.from, until: p.to }, p.level, false), ...extra])}`), sql` union all `);
}

async function rollupCounts(db: Kysely<Database>, opts: { by: CountBy } & AggregateFilter): Promise<CountRow[] | null> {
  if (needsEvents(opts) || opts.dyad) return null;
  const key = sql.raw(opts.by === 'quad' ? 'quad' : 'type');
  const conds = rollupConds(opts, 'day', true);
  if (opts.country) conds.push(sql<SqlBool>`country = ${opts.country.toUpperCase()}`);
  const table = sql.raw(opts.country ? 'agg_country_day' : 'agg_type_day');
  // ordered by key inside the day, so the rows of one key (other modes, quad classes) are adjacent
  const r = await sql<{ day: string; kn: string }>`select day, string_agg(cast(${key} as text) || ':' || cast(n as text), ',' order by ${key}) as kn
    from ${table} where ${and(conds)} group by day order by day`.execute(db);
  const out: CountRow[] = [];
  for (const row of r.rows) {
    const period = String(row.day);
    let last: CountRow | null = null;
    for (const pair of String(row.kn).split(',')) {
      const i = pair.lastIndexOf(':');
      const key = pair.slice(0, i);
      const n = Number(pair.slice(i + 1));
      if (last && last.key === key) last.count += n;
      else {
        if (last && last.count > 0) out.push(last);
        last = { period, key, count: n };
      }
    }
    if (last && last.count > 0) out.push(last);
  }
  return out;
}

/** Monday (YYYY-MM-DD) of the ISO week containing `day`. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

/** The bucket label of a day: the day itself, the Monday of its week, or YYYY-MM. */
export function bucketOf(day: string, period: Period): string {
  if (period === 'week') return weekOf(day);
  if (period === 'month') return day.slice(0, 7);
  return day;
}

/** Consecutive bucket labels from `first` to `last` inclusive (both already bucket labels). */
export function bucketRange(first: string, last: string, period: Period, max = 20_000): string[] {
  const out: string[] = [];
  if (period === 'month') {
    let [y, m] = first.split('-').map(Number);
    for (;;) {
      const label = `${y}-${String(m).padStart(2, '0')}`;
      out.push(label);
      if (label >= last || out.length >= max) return out;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  const step = period === 'week' ? 7 : 1;
  const d = new Date(`${first}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return [first];
  for (;;) {
    const label = d.toISOString().slice(0, 10);
    out.push(label);
    if (label >= last || out.length >= max) return out;
    d.setUTCDate(d.getUTCDate() + step);
  }
}

export interface CountRow {
  period: string;
  /** PLOVER type, or quad class "1".."4". */
  key: string;
  count: number;
}

/** Event counts per period and per PLOVER type or quad class. */
export async function countsByPeriod(
  db: Kysely<Database>,
  opts: { period: Period; by: CountBy } & AggregateFilter,
): Promise<CountRow[]> {
  const keyCol = opts.by === 'quad' ? 'e.quad' : 'e.type';
  const rows = (await rollupCounts(db, opts)) ?? (await applyFilter(
    db,
    db.selectFrom('events as e').select([eventDay.as('day'), sql.ref<string | number>(keyCol).as('key'), (eb) => eb.fn.countAll<number>().as('n')]),
    opts,
  )
    .groupBy([eventDay, sql.ref(keyCol)])
    .orderBy(eventDay)
    .orderBy(sql.ref(keyCol))
    .execute()).map((r) => ({ period: String(r.day), key: String(r.key), count: Number(r.n) }));
  // per day the rows are already one per (day, key), in order
  if (opts.period === 'day') return rows;
  const acc = new Map<string, CountRow>();
  for (const r of rows) {
    const period = bucketOf(r.period, opts.period);
    const id = `${period}\u0000${r.key}`;
    const cur = acc.get(id);
    if (cur) cur.count += r.count;
    else acc.set(id, { period, key: r.key, count: r.count });
  }
  return [...acc.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface QuadShareRow {
  period: string;
  total: number;
  /** Share of events in quad classes 1–4 (verbal coop., material coop., verbal conflict, material conflict). */
  shares: [number, number, number, number];
  counts: [number, number, number, number];
}

/** Per period: how the events split over the four quad classes. */
export async function quadShares(db: Kysely<Database>, opts: { period: Period } & AggregateFilter): Promise<QuadShareRow[]> {
  const rows = await countsByPeriod(db, { ...opts, by: 'quad' });
  const acc = new Map<string, QuadShareRow>();
  for (const r of rows) {
    let row = acc.get(r.period);
    if (!row) acc.set(r.period, (row = { period: r.period, total: 0, shares: [0, 0, 0, 0], counts: [0, 0, 0, 0] }));
    const i = Number(r.key) - 1;
    if (i >= 0 && i < 4) row.counts[i] += r.count;
    row.total += r.count;
  }
  const out = [...acc.values()];
  for (const row of out) row.shares = row.counts.map((c) => (row.total ? c / row.total : 0)) as QuadShareRow['shares'];
  return out;
}

export interface DyadRow {
  source: string;
  target: string;
  count: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

/** Directed country dyads (source country → target country) with event counts and Goldstein totals, largest first. */
export async function dyadTotals(db: Kysely<Database>, opts: AggregateFilter & { limit?: number }): Promise<DyadRow[]> {
  const limit = Math.min(Math.max(1, opts.limit ?? 100), 10_000);
  const rows = needsEvents(opts) || opts.type
    ? await rawDyadTotals(db, opts, limit)
    : (await sql<{ source_country: string; target_country: string; n: number; g: number }>`select source_country, target_country, sum(n) as n, sum(g) as g
        from (${periodWindow('agg_dyad', opts, [sql<SqlBool>`source_country <> ''`, sql<SqlBool>`target_country <> ''`, ...dyadConds(opts)])}) x
        group by source_country, target_country having sum(n) > 0
        order by sum(n) desc, source_country, target_country limit ${limit}`.execute(db)).rows;
  return rows.map((r) => {
    const count = Number(r.n);
    const sum = Number(r.g ?? 0);
    return { source: String(r.source_country), target: String(r.target_country), count, goldsteinSum: round(sum), goldsteinMean: round(count ? sum / count : 0) };
  });
}

function rawDyadTotals(db: Kysely<Database>, opts: AggregateFilter, limit: number) {
  return applyFilter(
    db,
    db
      .selectFrom('events as e')
      .select(['e.source_country', 'e.target_country', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('e.goldstein').as('g')])
      .where('e.source_country', '<>', '') // neither null nor '' (no country), as in the summary tables
      .where('e.target_country', '<>', ''),
    opts,
  )
    .groupBy(['e.source_country', 'e.target_country'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('e.source_country')
    .orderBy('e.target_country')
    .limit(limit)
    .execute();
}

export interface DyadPoint {
  period: string;
  count: number;
  goldsteinSum: number;
  /** null when the period has no events. */
  goldsteinMean: number | null;
}

/** A dyad's conflict–cooperation series: per period count, sum and mean Goldstein, gaps filled with empty periods. */
export async function dyadSeries(
  db: Kysely<Database>,
  opts: { dyad: string; period: Period } & AggregateFilter,
): Promise<DyadPoint[]> {
  const rows = needsEvents(opts) || opts.type || opts.country
    ? await applyFilter(
      db,
      db.selectFrom('events as e').select([eventDay.as('day'), (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('e.goldstein').as('g')]),
      opts,
    )
      .groupBy(eventDay)
      .orderBy(eventDay)
      .execute()
    : (await sql<{ day: string; n: number; g: number }>`select day, sum(n) as n, sum(g) as g from agg_dyad_day
        where ${and([...rollupConds(opts, 'day', false), ...dyadConds(opts)])} group by day having sum(n) > 0 order by day`.execute(db)).rows;
  const acc = new Map<string, { count: number; sum: number }>();
  for (const r of rows) {
    const p = bucketOf(String(r.day), opts.period);
    const cur = acc.get(p) ?? { count: 0, sum: 0 };
    cur.count += Number(r.n);
    cur.sum += Number(r.g ?? 0);
    acc.set(p, cur);
  }
  if (!acc.size) return [];
  const labels = [...acc.keys()].sort();
  const first = opts.since ? bucketOf(opts.since, opts.period) : labels[0];
  const last = opts.until ? bucketOf(opts.until, opts.period) : labels[labels.length - 1];
  return bucketRange(first < labels[0] ? first : labels[0], last > labels[labels.length - 1] ? last : labels[labels.length - 1], opts.period).map((period) => {
    const v = acc.get(period);
    return v
      ? { period, count: v.count, goldsteinSum: round(v.sum), goldsteinMean: round(v.sum / v.count) }
      : { period, count: 0, goldsteinSum: 0, goldsteinMean: null };
  });
}

/** The first and last day (YYYY-MM-DD) of a bucket label. */
export function bucketDays(label: string, period: Period): [string, string] {
  if (period === 'month') return [`${label}-01`, `${label}-31`];
  if (period === 'week') {
    const d = new Date(`${label}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return [label, d.toISOString().slice(0, 10)];
  }
  return [label, label];
}

/** Articles counted per alert period before stopping: "10+" tells enough (the worry is an alert from one or two articles), and each extra one costs table lookups. */
export const ARTICLE_COUNT_CAP = 10;

/** Alert periods per statement of dyadPeriodDocs: two bound parameters each, far under SQLite's and PostgreSQL's limits. */
const PERIODS_PER_STATEMENT = 500;

/**
 * Distinct articles behind a dyad's events in each of the given periods (the evidence of an alert), counted
 * up to ARTICLE_COUNT_CAP (`more` says there are others). One statement: the periods' first and last days as
 * a VALUES list, and per row a correlated DISTINCT … LIMIT subquery on a range of index events_dyad_day_docs,
 * so a dense dyad (200+ events a week) costs no more than a thin one. The SQL text holds that subquery once,
 * whatever the number of periods: a UNION ALL of one subquery per period cost SQLite 16–22 ms to prepare for
 * 120 periods, against under 1 ms to run.
 */
export async function dyadPeriodDocs(
  db: Kysely<Database>,
  opts: { dyad: string; period: Period } & AggregateFilter,
  periods: string[],
): Promise<Map<string, { articles: number; more: boolean }>> {
  const out = new Map<string, { articles: number; more: boolean }>();
  if (!periods.length) return out;
  const [a, b] = parseDyad(opts.dyad);
  const sides = opts.directed ? [[a, b]] : [[a, b], [b, a]];
  const rest = filterConds(db, { ...opts, dyad: undefined });
  const from = sql.ref('v.column1');
  const to = sql.ref('v.column2');
  // one (source, target, day range) term per side: each a range of index events_dyad_day_docs (migration 008), which holds every column read
  const terms = sides.map(([s, t]) => sql`(${sql.ref('e.source_country')} = ${s} and ${sql.ref('e.target_country')} = ${t} and ${eventDay} between ${from} and ${to})`);
  const docs = sql`select distinct ${sql.ref('e.doc_id')} from events as e where (${sql.join(terms, sql` or `)}) and ${and(rest)} limit ${ARTICLE_COUNT_CAP + 1}`;
  for (const part of slices(periods, PERIODS_PER_STATEMENT)) {
    const days = part.map((p) => bucketDays(p, opts.period));
    // VALUES columns are column1, column2 on both backends
    const values = sql.join(days.map((d) => sql`(${sql.join(d)})`));
    const r = await sql<{ first_day: string; n: number }>`select ${from} as first_day, (select count(*) from (${docs}) as d) as n
      from (values ${values}) as v`.execute(db);
    const counts = new Map(r.rows.map((x) => [String(x.first_day), Number(x.n)]));
    for (const [k, p] of part.entries()) {
      const n = counts.get(days[k][0]) ?? 0;
      out.set(p, { articles: Math.min(n, ARTICLE_COUNT_CAP), more: n > ARTICLE_COUNT_CAP });
    }
  }
  return out;
}

export interface CountryTotal {
  country: string;
  /** Events with this country as source. */
  asSource: number;
  /** Events with this country as target. */
  asTarget: number;
  /** Events involving the country on either side (counted once). */
  events: number;
  goldsteinSum: number;
}

/** Per country: events as source, as target and in total, with the Goldstein sum of those events. */
export async function countryTotals(db: Kysely<Database>, f: AggregateFilter): Promise<CountryTotal[]> {
  if (!needsEvents(f) && !(f.type && (f.country || f.dyad))) {
    const out: CountryTotal[] = [];
    if (f.type || !(f.country || f.dyad)) {
      const from = f.type ? sql`agg_country_day where ${and(rollupConds(f, 'day', true))}` : sql`(${periodWindow('agg_country_total', f, [])}) x`;
      const r = await sql<{ country: string; ns: number; nt: number; n: number; g: number }>`select country, sum(ns) as ns, sum(nt) as nt, sum(n) as n, sum(g) as g
        from ${from} group by country having sum(n) > 0`.execute(db);
      for (const x of r.rows) out.push({ country: x.country, asSource: Number(x.ns), asTarget: Number(x.nt), events: Number(x.n), goldsteinSum: round(Number(x.g)) });
    } else {
      const r = await sql<{ source_country: string; target_country: string; n: number; g: number }>`select source_country, target_country, sum(n) as n, sum(g) as g
        from (${periodWindow('agg_dyad', f, dyadConds(f))}) x group by source_country, target_country`.execute(db);
      const acc = new Map<string, CountryTotal>();
      const get = (c: string) => {
        let t = acc.get(c);
        if (!t) acc.set(c, (t = { country: c, asSource: 0, asTarget: 0, events: 0, goldsteinSum: 0 }));
        return t;
      };
      for (const x of r.rows) {
        const n = Number(x.n);
        const g = Number(x.g ?? 0);
        if (!n) continue;
        if (x.source_country) { const t = get(x.source_country); t.asSource += n; t.events += n; t.goldsteinSum += g; }
        if (x.target_country) {
          const t = get(x.target_country);
          t.asTarget += n;
          if (x.target_country !== x.source_country) { t.events += n; t.goldsteinSum += g; }
        }
      }
      for (const t of acc.values()) out.push({ ...t, goldsteinSum: round(t.goldsteinSum) });
    }
    return out.sort((a, b) => b.events - a.events || (a.country < b.country ? -1 : 1));
  }
  const side = async (col: 'e.source_country' | 'e.target_country') =>
    applyFilter(
      db,
      db.selectFrom('events as e').select([sql.ref<string>(col).as('c'), (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('e.goldstein').as('g')]).where(col, '<>', ''),
      f,
    )
      .groupBy(col)
      .execute();
  const same = await applyFilter(
    db,
    db.selectFrom('events as e').select(['e.source_country as c', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('e.goldstein').as('g')])
      .whereRef('e.source_country', '=', 'e.target_country')
      .where('e.source_country', '<>', ''),
    f,
  )
    .groupBy('e.source_country')
    .execute();
  const acc = new Map<string, CountryTotal>();
  const get = (c: string) => {
    let t = acc.get(c);
    if (!t) acc.set(c, (t = { country: c, asSource: 0, asTarget: 0, events: 0, goldsteinSum: 0 }));
    return t;
  };
  for (const r of await side('e.source_country')) { const t = get(String(r.c)); t.asSource = Number(r.n); t.events += Number(r.n); t.goldsteinSum += Number(r.g ?? 0); }
  for (const r of await side('e.target_country')) { const t = get(String(r.c)); t.asTarget = Number(r.n); t.events += Number(r.n); t.goldsteinSum += Number(r.g ?? 0); }
  for (const r of same) { const t = get(String(r.c)); t.events -= Number(r.n); t.goldsteinSum -= Number(r.g ?? 0); }
  return [...acc.values()].map((t) => ({ ...t, goldsteinSum: round(t.goldsteinSum) })).sort((a, b) => b.events - a.events || (a.country < b.country ? -1 : 1));
}

export interface LocationRow {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** Events whose evidence sentence names this place. */
  events: number;
  /** Mentions of the place in the matching documents. */
  mentions: number;
}

/**
 * Event locations: places named inside an event's evidence sentence, grouped by place, with event counts.
 * (Events carry no coordinates of their own; the place in the same sentence is the best evidence.)
 */
export async function eventLocations(db: Kysely<Database>, f: AggregateFilter & { limit?: number }): Promise<LocationRow[]> {
  const limit = Math.min(Math.max(1, f.limit ?? 500), 5000);
  if (!needsEvents(f) && !f.since && !f.until && !f.type && !f.dyad) {
    // all time, all events or one country's: the agg_place_side summary table
    const side = f.country ? f.country.toUpperCase() : '';
    const r = await sql<{ name: string; country: string; lat: number; lon: number; n: number; m: number }>`select name, country, lat, lon, sum(n) as n, sum(m) as m
      from agg_place_side where side = ${side} and mode in (${sql.join([...(f.modes ?? COUNTED_MODES)])})
      group by name, country, lat, lon having sum(n) > 0 order by sum(n) desc, name, country, lat, lon limit ${limit}`.execute(db);
    return r.rows.map((x) => ({ name: x.name, country: x.country, lat: Number(x.lat), lon: Number(x.lon), events: Number(x.n), mentions: Number(x.m) }));
  }
  const q = applyFilter(
    db,
    db
      .selectFrom('events as e')
      .innerJoin('places as p', (j) =>
        j.onRef('p.doc_id', '=', 'e.doc_id').onRef('p.start', '>=', 'e.sentence_start').onRef('p.end', '<=', 'e.sentence_end'),
      )
      .select([
        'p.name', 'p.country', 'p.lat', 'p.lon',
        sql<number>`count(distinct ${sql.ref('e.id')})`.as('n'),
        sql<number>`count(*)`.as('m'),
      ]),
    f,
  )
    .groupBy(['p.name', 'p.country', 'p.lat', 'p.lon'])
    .orderBy(sql`count(distinct ${sql.ref('e.id')})`, 'desc')
    .orderBy('p.name')
    .orderBy('p.country')
    .orderBy('p.lat')
    .orderBy('p.lon')
    .limit(limit);
  const rows = await q.execute();
  return rows.map((r) => ({ name: r.name, country: r.country, lat: Number(r.lat), lon: Number(r.lon), events: Number(r.n), mentions: Number(r.m) }));
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  count: number;
  goldsteinSum: number;
}
export interface NetworkNode {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  /** Events the actor takes part in (within the returned edges). */
  events: number;
}

/** True when agg_pair_counted answers the network: all time, the counted modes, at most a PLOVER type filter. */
function countedNetwork(f: AggregateFilter): boolean {
  const modes = f.modes ?? COUNTED_MODES;
  const counted = modes.length === COUNTED_MODES.length && COUNTED_MODES.every((m) => modes.includes(m));
  return counted && !f.since && !f.until && !f.doc && !f.actor && !f.country && !f.dyad && !(f.type && /^\d+$/.test(f.type));
}

/** The actor network: directed edges source actor → target actor per PLOVER type, the `limit` heaviest. */
export async function actorNetwork(
  db: Kysely<Database>,
  f: AggregateFilter & { limit?: number },
): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }> {
  const limit = Math.min(Math.max(1, f.limit ?? 300), 5000);
  const rows = countedNetwork(f)
    // all time, counted modes, no actor / country / dyad filter: the heaviest rows of agg_pair_counted, in its index order
    ? (await sql<{ source_actor: string; target_actor: string; type: string; n: number; g: number }>`select source_actor, target_actor, type, n, g
        from agg_pair_counted where n > 0${f.type ? sql` and type = ${f.type.toUpperCase()}` : sql``}
        order by n desc, source_actor, target_actor, type limit ${limit}`.execute(db)).rows
    : !f.since && !f.until && !f.doc && !(f.type && /^\d+$/.test(f.type))
    // all time: the agg_pair summary table (actor, type, country and dyad filters apply to it as to events)
    ? (await sql<{ source_actor: string; target_actor: string; type: string; n: number; g: number }>`select source_actor, target_actor, type, sum(n) as n, sum(g) as g
        from agg_pair as e where ${and(filterConds(db, f, true))}
        group by source_actor, target_actor, type having sum(n) > 0
        order by sum(n) desc, source_actor, target_actor, type limit ${limit}`.execute(db)).rows
    : await applyFilter(
    db,
    db
      .selectFrom('events as e')
      .select(['e.source_actor', 'e.target_actor', 'e.type', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('e.goldstein').as('g')])
      .where('e.source_actor', '<>', '') // neither null nor '', as in agg_pair
      .where('e.target_actor', '<>', ''),
    f,
  )
    .groupBy(['e.source_actor', 'e.target_actor', 'e.type'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('e.source_actor')
    .orderBy('e.target_actor')
    .orderBy('e.type')
    .limit(limit)
    .execute();
  const edges: NetworkEdge[] = rows.map((r) => ({
    source: String(r.source_actor), target: String(r.target_actor), type: r.type, count: Number(r.n), goldsteinSum: round(Number(r.g ?? 0)),
  }));
  const counts = new Map<string, number>();
  for (const e of edges) {
    counts.set(e.source, (counts.get(e.source) ?? 0) + e.count);
    if (e.target !== e.source) counts.set(e.target, (counts.get(e.target) ?? 0) + e.count);
  }
  const ids = [...counts.keys()];
  const info = new Map<string, { name: string; kind: string; country: string | null }>();
  for (const part of slices(ids, 500)) {
    for (const a of await db.selectFrom('actors').select(['id', 'name', 'kind', 'country']).where('id', 'in', part).execute()) info.set(a.id, a);
  }
  const nodes = ids.map((id) => {
    const a = info.get(id);
    return { id, name: a?.name ?? id, kind: a?.kind ?? null, country: a?.country ?? null, events: counts.get(id) ?? 0 };
  });
  return { nodes, edges };
}

export interface PlaceFilter {
  doc?: string;
  country?: string;
  since?: string;
  until?: string;
  limit?: number;
}

/** Places mentioned in documents, grouped by place, with mention and document counts. */
export async function placeTotals(db: Kysely<Database>, f: PlaceFilter): Promise<{ name: string; country: string; lat: number; lon: number; mentions: number; docs: number }[]> {
  let q = db
    .selectFrom('places as p')
    .innerJoin('documents as d', 'd.id', 'p.doc_id')
    .select(['p.name', 'p.country', 'p.lat', 'p.lon', sql<number>`count(*)`.as('m'), sql<number>`count(distinct ${sql.ref('p.doc_id')})`.as('d')])
    .where('p.adjectival', '=', 0);
  if (f.doc) q = q.where(sql<SqlBool>`${sql.ref('p.doc_id')} like ${`${likeEscape(f.doc)}%`} escape '\\'`);
  if (f.country) q = q.where('p.country', '=', f.country.toUpperCase());
  if (f.since) q = q.where('d.date', '>=', f.since);
  if (f.until) q = q.where('d.date', '<=', f.until);
  const rows = await q
    .groupBy(['p.name', 'p.country', 'p.lat', 'p.lon'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('p.name')
    .limit(Math.min(Math.max(1, f.limit ?? 500), 5000))
    .execute();
  return rows.map((r) => ({ name: r.name, country: r.country, lat: Number(r.lat), lon: Number(r.lon), mentions: Number(r.m), docs: Number(r.d) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
