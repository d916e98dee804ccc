// Integrity checks over a stored database: the engine's own check (SQLite quick_check / integrity_check,
// foreign_key_check), no orphan rows, every document with all its layers or none (rows numbered 0..n-1,
// no rows for layers not run), each row's JSON agreeing with its columns, and full-text rows in step.
import { sql } from 'kysely';
import type { LayerName } from '../doc/types.ts';
import { KyselyStore } from './kysely-store.ts';
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
}

type LayerTable = 'doc_actors' | 'entities' | 'mentions' | 'timexes' | 'places' | 'quotes' | 'events';
const LAYER_TABLES: [LayerName, LayerTable][] = [
  ['actors', 'doc_actors'], ['entities', 'entities'], ['mentions', 'mentions'], ['timexes', 'timexes'],
  ['places', 'places'], ['quotes', 'quotes'], ['events', 'events'],
];
const SPAN_TABLES = ['entities', 'mentions', 'timexes', 'places', 'quotes'] as const;
const KNOWN_LAYERS = new Set<string>(['tokens', 'sentences', ...LAYER_TABLES.map(([l]) => l)]);

/** Runs every check; never throws for a damaged database (an unreadable table becomes a failed check). */
export async function checkStore(store: Store, options: CheckOptions = {}): Promise<CheckReport> {
  if (!(store instanceof KyselyStore)) throw new Error('integrity checks need a SQLite or PostgreSQL store');
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

  // Documents and their assigned layers.
  const docs = new Map<string, Set<string>>();
  await run('documents', async (fail) => {
    const rows = await db.selectFrom('documents').select(['id', 'layers', 'tokens', 'sentences']).execute();
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
    documents = rows.length;
    return `${rows.length} documents`;
  });

  // Per-table row numbering and orphans.
  for (const [layer, table] of [...LAYER_TABLES, [null, 'messages'] as const]) {
    await run(`${table} rows`, async (fail) => {
      const rows = await db
        .selectFrom(table)
        .select((eb) => ['doc_id', eb.fn.countAll<number>().as('n'), eb.fn.min<number>('idx').as('lo'), eb.fn.max<number>('idx').as('hi')])
        .groupBy('doc_id')
        .execute();
      let total = 0;
      for (const r of rows) {
        const n = Number(r.n);
        total += n;
        const layers = docs.get(r.doc_id);
        if (!layers) fail(`${table}: ${n} row(s) for document ${r.doc_id}, which is not stored`);
        else if (layer && !layers.has(layer)) fail(`${table}: ${n} row(s) for document ${r.doc_id}, whose ${layer} layer was not stored`);
        if (Number(r.lo) !== 0 || Number(r.hi) !== n - 1) fail(`${table}: document ${r.doc_id} has rows numbered ${r.lo}..${r.hi} for ${n} rows (some missing)`);
      }
      return `${total} rows`;
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

  // Each row's exact JSON agrees with its queryable columns.
  for (const table of SPAN_TABLES) {
    await run(`${table} json`, async (fail) => {
      const rows = await db.selectFrom(table).select(['doc_id', 'idx', 'start', 'end', 'text', 'data']).execute();
      for (const r of rows) {
        const d = parseObject(r.data);
        if (!d) fail(`${table}: document ${r.doc_id} row ${r.idx}: data is not a JSON object`);
        else if (d.start !== Number(r.start) || d.end !== Number(r.end) || d.text !== r.text) {
          fail(`${table}: document ${r.doc_id} row ${r.idx}: JSON disagrees with its columns`);
        }
      }
      return `${rows.length} rows agree`;
    });
  }
  await run('events json', async (fail) => {
    const rows = await db.selectFrom('events').select(['doc_id', 'idx', 'type', 'cameo', 'trigger_start', 'trigger_end', 'data']).execute();
    for (const r of rows) {
      const d = parseObject(r.data) as { type?: string; cameo?: string; trigger?: { start?: number; end?: number } } | null;
      if (!d) fail(`events: document ${r.doc_id} row ${r.idx}: data is not a JSON object`);
      else if (d.type !== r.type || d.cameo !== r.cameo || d.trigger?.start !== Number(r.trigger_start) || d.trigger?.end !== Number(r.trigger_end)) {
        fail(`events: document ${r.doc_id} row ${r.idx}: JSON disagrees with its columns`);
      }
    }
    return `${rows.length} rows agree`;
  });
  await run('doc_actors json', async (fail) => {
    const rows = await db.selectFrom('doc_actors').select(['doc_id', 'idx', 'actor_id', 'data']).execute();
    for (const r of rows) {
      const d = parseObject(r.data);
      if (!d || d.id !== r.actor_id) fail(`doc_actors: document ${r.doc_id} row ${r.idx}: JSON disagrees with its columns`);
    }
    return `${rows.length} rows agree`;
  });

  if (store.dialect === 'sqlite') {
    await run('full-text index', async (fail) => {
      const extraDocs = await sql<{ doc_id: string; n: number }>`select doc_id, count(*) as n from documents_fts group by doc_id`.execute(db);
      const seen = new Set<string>();
      for (const r of extraDocs.rows) {
        seen.add(r.doc_id);
        if (!docs.has(r.doc_id)) fail(`documents_fts: entry for document ${r.doc_id}, which is not stored`);
        else if (Number(r.n) !== 1) fail(`documents_fts: ${r.n} entries for document ${r.doc_id}`);
      }
      for (const id of docs.keys()) if (!seen.has(id)) fail(`documents_fts: document ${id} is not indexed`);
      const q = await sql<{ quote_id: string | null; id: string | null }>`
        select f.quote_id, q.id from quotes_fts f left join quotes q on q.id = f.quote_id
        union all
        select f.quote_id, q.id from quotes q left join quotes_fts f on f.quote_id = q.id where f.quote_id is null`.execute(db);
      for (const r of q.rows) {
        if (r.id === null) fail(`quotes_fts: entry for quote ${r.quote_id}, which is not stored`);
        else if (r.quote_id === null) fail(`quotes_fts: quote ${r.id} is not indexed`);
      }
      return `${seen.size} documents indexed`;
    });
  }

  return { ok: problems.length === 0 && checks.every((c) => c.ok), checks, problems, documents };
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
