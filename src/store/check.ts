// Integrity checks over a stored database: the engine's own check (SQLite quick_check / integrity_check,
// foreign_key_check), no orphan rows, every document with all its layers or none (rows numbered 0..n-1,
// no rows for layers not run), each row's JSON agreeing with its columns, full-text rows in step, and the
// summary tables (derived data) equal to a recount. Linear in the store: one ordered pass per table in keyset
// pages, set differences for the full-text and summary tables.
import { sql, type SqlBool } from 'kysely';
import type { LayerName } from '../doc/types.ts';
import { legacyQuotePrecision } from '../doc/doc.ts';
import { KyselyStore } from './kysely-store.ts';
import { ROLLUPS, rebuildRollups, sourceQuery } from './rollups.ts';
import type { Store } from './store.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  /** What was checked (counts), or the first problems found. */
  detail: string;
}

export interface CheckReport {
  ok: boolean;
  checks: CheckResult[];
  /** Every problem found (capped at `maxProblems`), one line each. */
  problems: string[];
  documents: number;
}

export interface CheckOptions {
  /** SQLite: the full `integrity_check` instead of `quick_check`. */
  full?: boolean;
  maxProblems?: number;
  /** Rows read per query (default 5,000). */
  pageSize?: number;
  /** Called as rows are read: rows done, rows in all, the table being read. */
  onProgress?: (done: number, total: number, table: string) => void;
}

type LayerTable = 'doc_actors' | 'entities' | 'mentions' | 'timexes' | 'places' | 'quotes' | 'events';
const LAYER_TABLES: [LayerName, LayerTable][] = [
  ['actors', 'doc_actors'], ['entities', 'entities'], ['mentions', 'mentions'], ['timexes', 'timexes'],
  ['places', 'places'], ['quotes', 'quotes'], ['events', 'events'],
];
const KNOWN_LAYERS = new Set<string>(['tokens', 'sentences', ...LAYER_TABLES.map(([l]) => l)]);

/** Runs every check; never throws for a damaged database (an unreadable table becomes a failed check). */
export async function checkStore(store: Store, options: CheckOptions = {}): Promise<CheckReport> {
  if (!(store instanceof KyselyStore)) throw new Error('integrity checks need a SQLite or PostgreSQL store');
  const db = store.db;
  if (store.dialect === 'sqlite') {
    // read the file through a memory map while checking: every page is read once, and read() calls copying
    // pages into SQLite's cache cost as much system time as the checks' own work (7.8 of 29.9 CPU-s at 10,000
    // articles); reset at the end
    await sql`pragma mmap_size = 2147418112`.execute(db).catch(() => {});
  }
  try {
    return await checkTables(store, options);
  } finally {
    if (store.dialect === 'sqlite') await sql`pragma mmap_size = 0`.execute(db).catch(() => {});
  }
}

async function checkTables(store: KyselyStore, options: CheckOptions): Promise<CheckReport> {
  const db = store.db;
  const max = options.maxProblems ?? 50;
  const problems: string[] = [];
  const checks: CheckResult[] = [];
  let documents = 0;

  async function run(name: string, fn: (fail: (p: string) => void) => Promise<string>): Promise<void> {
    const found: string[] = [];
    let detail: string;
    try {
      detail = await fn((p) => found.push(p));
    } catch (err) {
      found.push(`${name}: cannot run (${(err as Error).message.split('\n')[0]})`);
      detail = 'could not run';
    }
    for (const p of found) if (problems.length < max) problems.push(p);
    checks.push({ name, ok: found.length === 0, detail: found.length ? `${found.length} problem(s): ${found.slice(0, 3).join('; ')}` : detail });
  }

  if (store.dialect === 'sqlite') {
    await run(options.full ? 'integrity_check' : 'quick_check', async (fail) => {
      const pragma = options.full ? 'integrity_check' : 'quick_check';
      const rows = (await sql<Record<string, string>>`select * from ${sql.raw(`pragma_${pragma}`)}`.execute(db)).rows;
      const msgs = rows.map((r) => Object.values(r)[0]);
      if (!(msgs.length === 1 && msgs[0] === 'ok')) for (const m of msgs) fail(`${pragma}: ${m}`);
      return 'ok';
    });
    await run('foreign_key_check', async (fail) => {
      const rows = (await sql<{ table: string; rowid: number; parent: string }>`select * from pragma_foreign_key_check`.execute(db)).rows;
      for (const r of rows) fail(`foreign key: ${r.table} row ${r.rowid} references a missing ${r.parent} row`);
      return 'no dangling references';
    });
  }

  // One ordered pass over each table, page by page (keyset on the primary key): the time grows with the
  // rows, and memory holds one page plus the set of document ids (and quote ids, for the full-text check).
  const tables = [...LAYER_TABLES.map(([, t]) => t), 'messages' as const];
  const totals = new Map<string, number>();
  for (const t of ['documents', ...tables, ...(store.dialect === 'sqlite' ? ['documents_fts', 'quotes_fts'] : [])]) {
    totals.set(t, await db.selectFrom(t as 'documents').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst().then((r) => Number(r?.n ?? 0), () => 0));
  }
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  let done = 0;
  const advance = (n: number, step: string) => {
    done += n;
    options.onProgress?.(Math.min(done, total), total, step);
  };
  const pageSize = options.pageSize ?? PAGE;

  // Documents and their assigned layers.
  const docs = new Map<string, Set<string>>();
  await run('documents', async (fail) => {
    let after: string | null = null;
    for (;;) {
      let q = db.selectFrom('documents').select(['id', 'layers', 'tokens', 'sentences']).orderBy('id').limit(Math.max(1, Math.floor(pageSize / 10)));
      if (after !== null) q = q.where('id', '>', after);
      const rows = await q.execute();
      if (!rows.length) break;
      for (const r of rows) {
        let layers: unknown;
        try {
          layers = JSON.parse(r.layers);
        } catch {
          layers = null;
        }
        if (!Array.isArray(layers) || layers.some((l) => typeof l !== 'string' || !KNOWN_LAYERS.has(l))) {
          fail(`document ${r.id}: unreadable layer list ${r.layers.slice(0, 60)}`);
          docs.set(r.id, new Set());
          continue;
        }
        const set = new Set(layers as string[]);
        docs.set(r.id, set);
        for (const [layer, col] of [['tokens', r.tokens], ['sentences', r.sentences]] as const) {
          if (col !== null && !set.has(layer)) fail(`document ${r.id}: ${layer} stored but the layer is not listed`);
          if (col !== null && !isJsonArray(col)) fail(`document ${r.id}: ${layer} column is not a JSON array`);
        }
      }
      after = rows[rows.length - 1].id;
      advance(rows.length, 'documents');
    }
    documents = docs.size;
    return `${docs.size} documents`;
  });

  // Per table: row numbering, orphans, rows of unlisted layers and each row's JSON against its columns.
  const quoteIds = store.dialect === 'sqlite' ? new Set<string>() : null;
  for (const [layer, table] of [...LAYER_TABLES, [null, 'messages'] as const]) {
    await run(`${table} rows`, async (fail) => {
      const checkRow = rowCheck(table);
      const columns = ['doc_id', 'idx', ...ROW_COLUMNS[table]];
      let total = 0;
      let agree = 0;
      let group: { doc: string; n: number; lo: number; hi: number; gap: boolean } | null = null;
      const close = () => {
        if (!group) return;
        const { doc, n, lo, hi, gap } = group;
        const layers = docs.get(doc);
        if (!layers) fail(`${table}: ${n} row(s) for document ${doc}, which is not stored`);
        else if (layer && !layers.has(layer)) fail(`${table}: ${n} row(s) for document ${doc}, whose ${layer} layer was not stored`);
        if (gap || lo !== 0 || hi !== n - 1) fail(`${table}: document ${doc} has rows numbered ${lo}..${hi} for ${n} rows (some missing)`);
      };
      let after: [string, number] | null = null;
      for (;;) {
        let q = db.selectFrom(table as 'events').select(columns as 'doc_id'[]).orderBy('doc_id').orderBy('idx').limit(pageSize);
        if (after) q = q.where(sql<SqlBool>`(${sql.ref('doc_id')}, ${sql.ref('idx')}) > (${after[0]}, ${after[1]})`);
        const rows = (await q.execute()) as unknown as Record<string, unknown>[];
        if (!rows.length) break;
        for (const r of rows) {
          const doc = String(r.doc_id);
          const idx = Number(r.idx);
          if (group && group.doc === doc) {
            if (idx !== group.hi + 1) group.gap = true;
            group.n++;
            group.hi = idx;
          } else {
            close();
            group = { doc, n: 1, lo: idx, hi: idx, gap: false };
          }
          total++;
          const bad = checkRow?.(r);
          if (bad) fail(`${table}: document ${doc} row ${idx}: ${bad}`);
          else if (checkRow) agree++;
          if (quoteIds && table === 'quotes') quoteIds.add(String(r.id));
        }
        after = [String(rows[rows.length - 1].doc_id), Number(rows[rows.length - 1].idx)];
        advance(rows.length, table);
      }
      close();
      return checkRow ? `${total} rows, JSON agrees` : `${total} rows`;
    });
  }

  await run('actor references', async (fail) => {
    const rows = await db
      .selectFrom('doc_actors as da')
      .leftJoin('actors as a', 'a.id', 'da.actor_id')
      .select(['da.doc_id', 'da.actor_id'])
      .where('a.id', 'is', null)
      .execute();
    for (const r of rows) fail(`doc_actors: document ${r.doc_id} refers to actor ${r.actor_id}, which is not stored`);
    return 'every document actor is stored';
  });

  if (store.dialect === 'sqlite') {
    // Set differences in one pass over each full-text table (by rowid), against the ids read above: no
    // lookup into the full-text table per row (its id column is not indexed; that anti-join was quadratic).
    await run('full-text index', async (fail) => {
      const indexed = new Map<string, number>();
      await ftsPass(db, 'documents_fts', 'doc_id', pageSize, (id) => indexed.set(id, (indexed.get(id) ?? 0) + 1), (n) => advance(n, 'documents_fts'));
      for (const [id, n] of indexed) {
        if (!docs.has(id)) fail(`documents_fts: entry for document ${id}, which is not stored`);
        else if (n !== 1) fail(`documents_fts: ${n} entries for document ${id}`);
      }
      for (const id of docs.keys()) if (!indexed.has(id)) fail(`documents_fts: document ${id} is not indexed`);
      const unseen = new Set(quoteIds);
      await ftsPass(db, 'quotes_fts', 'quote_id', pageSize, (id) => {
        if (unseen.delete(id)) return;
        fail(quoteIds!.has(id) ? `quotes_fts: more than one entry for quote ${id}` : `quotes_fts: entry for quote ${id}, which is not stored`);
      }, (n) => advance(n, 'quotes_fts'));
      for (const id of unseen) fail(`quotes_fts: quote ${id} is not indexed`);
      return `${indexed.size} documents and ${quoteIds!.size - unseen.size} quotes indexed`;
    });
  }

  // The summary tables the aggregates read (rollups.ts) against a recount from the events and places (or,
  // for the coarser steps, from the table they sum): set differences of (keys, count) in both directions.
  await run('summary tables', async (fail) => {
    for (const r of ROLLUPS) {
      const cols = sql.join([...r.keys, 'n'].map((c) => sql.ref(c)));
      const stored = sql`select ${cols} from ${sql.table(r.table)} where n <> 0`;
      const counted = sql`select ${cols} from (${sourceQuery(r.table)}) q where n <> 0`;
      // one pass over both (the recount evaluated once): a (key, count) row found on one side only differs
      const keys = sql.join([...r.keys, 'n'].map((c) => sql.ref(c)));
      // (the marker's name must not be a summary-table column: agg_place_side has a `side`)
      const d = (await sql<{ extra: number | null; missing: number | null }>`select sum(case when from_recount = 0 then 1 else 0 end) as extra, sum(case when from_recount = 1 then 1 else 0 end) as missing
        from (select max(from_recount) as from_recount, count(*) as copies from (select ${cols}, 0 as from_recount from (${stored}) a union all select ${cols}, 1 as from_recount from (${counted}) b) u
          group by ${keys}) g where copies = 1`.execute(db)).rows[0];
      const extra = Number(d?.extra ?? 0);
      const missing = Number(d?.missing ?? 0);
      if (extra || missing) {
        fail(`${r.table}: ${extra} stored row(s) differ from a recount of the events, ${missing} recounted row(s) missing or different; run "eventline check --repair" to rebuild the summary tables`);
      }
    }
    return `${ROLLUPS.length} tables equal a recount of the events`;
  });

  return { ok: problems.length === 0 && checks.every((c) => c.ok), checks, problems, documents };
}

/** Rebuilds the summary tables (derived data: rollups.ts) from the events and places, in one transaction. */
export async function rebuildSummaryTables(store: Store): Promise<void> {
  if (!(store instanceof KyselyStore)) throw new Error('summary tables need a SQLite or PostgreSQL store');
  await store.db.transaction().execute((trx) => rebuildRollups(trx));
}

/** Rows per page of a table pass (documents: a tenth of it, their token columns are large). */
const PAGE = 5000;

/** The columns a table's pass reads besides doc_id and idx. */
const ROW_COLUMNS: Record<LayerTable | 'messages', string[]> = {
  doc_actors: ['actor_id', 'data'],
  entities: ['start', 'end', 'text', 'data'],
  mentions: ['start', 'end', 'text', 'data'],
  timexes: ['start', 'end', 'text', 'data'],
  places: ['start', 'end', 'text', 'data'],
  quotes: ['id', 'start', 'end', 'text', 'doc_date', 'precision', 'date_basis', 'data'],
  events: ['type', 'cameo', 'trigger_start', 'trigger_end', 'data'],
  messages: [],
};

/** The JSON-against-columns check of a table's row (null when it agrees), or null for tables without one. */
function rowCheck(table: LayerTable | 'messages'): ((r: Record<string, unknown>) => string | null) | null {
  const disagree = 'JSON disagrees with its columns';
  if (table === 'messages') return null;
  if (table === 'events') {
    return (r) => {
      const d = parseObject(String(r.data)) as { type?: string; cameo?: string; trigger?: { start?: number; end?: number } } | null;
      if (!d) return 'data is not a JSON object';
      return d.type !== r.type || d.cameo !== r.cameo || d.trigger?.start !== Number(r.trigger_start) || d.trigger?.end !== Number(r.trigger_end) ? disagree : null;
    };
  }
  if (table === 'quotes') {
    return (r) => {
      const d = parseObject(String(r.data)) as { start?: number; end?: number; text?: string; date?: string; precision?: string; dateBasis?: string } | null;
      if (!d) return 'data is not a JSON object';
      if (d.start !== Number(r.start) || d.end !== Number(r.end) || d.text !== r.text) return disagree;
      // a quote stored before quotes recorded a precision and basis (migration 011) has the one its date's form tells, and none
      const precision = d.precision ?? legacyQuotePrecision(d.date, String(r.doc_date));
      return precision !== r.precision || (d.dateBasis ?? null) !== (r.date_basis ?? null) ? disagree : null;
    };
  }
  if (table === 'doc_actors') {
    return (r) => {
      const d = parseObject(String(r.data));
      return !d || d.id !== r.actor_id ? disagree : null;
    };
  }
  return (r) => {
    const d = parseObject(String(r.data));
    if (!d) return 'data is not a JSON object';
    return d.start !== Number(r.start) || d.end !== Number(r.end) || d.text !== r.text ? disagree : null;
  };
}

/** Every id of a full-text table, page by page in rowid order (a rowid range is an index lookup in FTS5). */
async function ftsPass(
  db: KyselyStore['db'],
  table: 'documents_fts' | 'quotes_fts',
  column: 'doc_id' | 'quote_id',
  pageSize: number,
  each: (id: string) => void,
  progress: (n: number) => void,
): Promise<void> {
  let after = -Infinity;
  for (;;) {
    const rows = (await sql<{ rowid: number; id: string }>`select rowid, ${sql.ref(column)} as id from ${sql.table(table)} where rowid > ${after === -Infinity ? Number.MIN_SAFE_INTEGER : after} order by rowid limit ${pageSize}`.execute(db)).rows;
    if (!rows.length) return;
    for (const r of rows) each(String(r.id));
    after = Number(rows[rows.length - 1].rowid);
    progress(rows.length);
  }
}

function isJsonArray(s: string): boolean {
  try {
    return Array.isArray(JSON.parse(s));
  } catch {
    return false;
  }
}

function parseObject(s: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
