// The store over Kysely, shared by the SQLite and PostgreSQL backends: batched atomic saves, Doc
// reconstruction and the filtered listings. Backends supply only the connection and full-text matching.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Actor, Doc, Event, LayerName, Precision, Quote, QuoteDateBasis } from '../doc/types.ts';
import { COUNTED_MODES } from '../doc/types.ts';
import type { Database, Dialect } from './schema.ts';
import {
  type ActorRow, type DocFilter, type DocRow, type EventRow, type ListFilter, type Page, type QuoteFilter,
  type QuoteRow, type SaveOptions, type SaveResult, type Store, type Summary, MAX_PAGE,
} from './store.ts';
import { linkNearDuplicatesBatch, nearDuplicatesOf, unlinkNearDuplicates, type NearDupInfo } from '../dedup/near-dup.ts';
import { rollupDoc, rollupDocs, type RollupWriter } from './rollups.ts';
import { slices } from './slices.ts';
import { layerRowsOf, packedTokensOf, sentencesJsonOf } from '../workers/transfer.ts';
import { MAX_ACTOR_LEGS, eventPageKeys } from './event-page.ts';
import { assignedLayers, decodeCursor, docRows, encodeCursor, messageFromRow, packTokens, unpackTokens, type Rows } from './rows.ts';
import { retryTransient } from './write-retry.ts';

const CHILD_TABLES = ['doc_actors', 'entities', 'mentions', 'timexes', 'places', 'quotes', 'events', 'messages'] as const;
/** Tables holding a document's records (one row per entity, mention, event…). */
export type ChildTable = (typeof CHILD_TABLES)[number];

/** Escapes LIKE wildcards so user input matches literally (used with ESCAPE '\'). */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function likeSubstring(col: string, needle: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(col)}) like ${`%${likeEscape(needle.toLowerCase())}%`} escape '\\'`;
}

function likePrefix(col: string, prefix: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(col)} like ${`${likeEscape(prefix)}%`} escape '\\'`;
}

/**
 * Validates a listing filter and returns its page size. A NUL character is refused in every text
 * field: SQLite would cut a LIKE pattern short at it (widening the match), PostgreSQL rejects it.
 */
function checkedPageSize(f: ListFilter): number {
  for (const [key, value] of Object.entries(f)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.includes('\u0000'))) {
      throw new Error(`invalid ${key} filter: it contains a NUL character`);
    }
  }
  return pageSize(f.limit);
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return MAX_PAGE;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`invalid limit ${limit} (expected a positive whole number)`);
  return Math.min(limit, MAX_PAGE);
}

function toPage<R, T>(rows: R[], size: number, map: (r: R) => T, key: (r: R) => (string | number)[]): Page<T> {
  const more = rows.length > size;
  const items = more ? rows.slice(0, size) : rows;
  return { items: items.map(map), next: more ? encodeCursor(key(items[items.length - 1])) : null };
}

export abstract class KyselyStore implements Store {
  protected constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  /** Condition true when the document (`docIdCol`) / quote (`quoteIdCol`) matches the search text. */
  protected abstract textMatch(target: 'documents' | 'quotes', alias: string, text: string): Expression<SqlBool>;

  /** Full-text indexing of newly stored documents and their quotes (SQLite FTS5; PostgreSQL's generated tsvector columns need nothing). */
  protected async indexText(_trx: Transaction<Database>, _docs: Doc[], _rows: Rows[]): Promise<void> {}

  /** Inserts a batch's rows of one child table (multi-row statements; a backend may do better). */
  protected async insertRows<T extends ChildTable>(trx: Transaction<Database>, table: T, rows: Rows[T]): Promise<void> {
    await insertChunked(trx, table, rows);
  }

  /** How a save adds to the summary tables (undefined: rollups.ts's multi-row upserts). */
  protected rollupWriter(): RollupWriter | undefined {
    return undefined;
  }

  protected async unindexText(_trx: Transaction<Database>, _docId: string): Promise<void> {}

  /** True for an error after which the same write transaction may succeed (a lock held by another writer). */
  protected transient(_err: unknown): boolean {
    return false;
  }

  /** Throws a StoreUnavailableError when the store cannot take writes (SQLite: its file deleted or read-only). */
  protected checkWritable(): void {}

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async saveDocs(docs: Doc[], options: SaveOptions = {}): Promise<SaveResult> {
    const result: SaveResult = { saved: [], existing: [] };
    if (!docs.length) return result;
    // a document id given twice in one batch is stored once, from its first copy
    const seen = new Set<string>();
    const batch = docs.filter((d) => (seen.has(d.id) ? (result.existing.push(d.id), false) : (seen.add(d.id), true)));
    this.checkWritable();
    const repeated = result.existing.length;
    // another writer's lock: the whole transaction again after a back-off (write-retry.ts)
    await retryTransient(() => this.db.transaction().execute(async (trx) => {
      result.saved.length = 0;
      result.existing.length = repeated;
      // Statements cover the whole batch (one per table, chunked), not one per document: on PostgreSQL each
      // statement is a round trip, and per-document statements made saving 3x slower than the pipeline.
      // the rows (and their records' JSON) as a pipeline thread built them, else built here
      const batchRows = batch.map((doc) => docRows(doc, layerRowsOf(doc)));
      await this.insertNewActors(trx, batchRows);
      if (options.replace) for (const doc of batch) await this.deleteDoc(trx, doc.id);
      const inserted = new Set<string>();
      for (const part of slices(batch, 500)) { // 11 bound values per row, under both backends' parameter limits
        const rows = await trx
          .insertInto('documents')
          .values(part.map((doc) => ({
            id: doc.id,
            date: doc.date,
            title: doc.meta.title ?? null,
            url: doc.meta.url ?? null,
            source: doc.meta.source ?? null,
            origin: doc.meta.origin ?? null,
            text: doc.text,
            layers: JSON.stringify(assignedLayers(doc)),
            // as a pipeline thread sent them, else serialised here
            sentences: sentencesJsonOf(doc) ?? (doc.layers.sentences ? JSON.stringify(doc.layers.sentences) : null),
            tokens: packedTokensOf(doc) ?? (doc.layers.tokens ? packTokens(doc.text, doc.layers.tokens) : null),
            ingested_at: new Date().toISOString(),
          })))
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        for (const r of rows) inserted.add(r.id);
      }
      const saved: Doc[] = [];
      const savedRows: Rows[] = [];
      batch.forEach((doc, k) => {
        if (!inserted.has(doc.id)) return void result.existing.push(doc.id);
        saved.push(doc);
        savedRows.push(batchRows[k]);
        result.saved.push(doc.id);
      });
      for (const table of CHILD_TABLES) await this.insertRows(trx, table, savedRows.flatMap((r) => r[table] as unknown[]) as never);
      await this.indexText(trx, saved, savedRows);
      // the steps shared with every other writer come last, so their locks are held only until the commit:
      // near-duplicate clusters (an advisory lock on PostgreSQL), then the summary tables, after the flags are set
      await linkNearDuplicatesBatch(trx, this.dialect, saved);
      if (saved.length) await rollupDocs(trx, saved.map((d) => d.id), 1, this.rollupWriter());
    }), (err) => this.transient(err), 'the database');
    return result;
  }

  /**
   * Stores the batch's actors that are not stored yet (child rows reference them). Known ones are not
   * re-inserted: on PostgreSQL an insert of a key another open transaction has just inserted waits for it.
   */
  private async insertNewActors(trx: Transaction<Database>, batchRows: Rows[]): Promise<void> {
    const actors = new Map(batchRows.flatMap((r) => r.actors.map((a) => [a.id, a] as const)));
    if (!actors.size) return;
    const ids = [...actors.keys()].sort();
    const known = new Set<string>();
    for (const part of slices(ids, 500)) {
      for (const r of await trx.selectFrom('actors').select('id').where('id', 'in', part).execute()) known.add(r.id);
    }
    const missing = ids.filter((id) => !known.has(id)).map((id) => actors.get(id)!);
    for (const part of slices(missing, 500)) {
      await trx.insertInto('actors').values(part).onConflict((oc) => oc.column('id').doNothing()).execute();
    }
  }

  private async deleteDoc(trx: Transaction<Database>, id: string): Promise<void> {
    await this.unindexText(trx, id);
    await rollupDoc(trx, id, -1);
    await unlinkNearDuplicates(trx, id);
    for (const table of CHILD_TABLES) await trx.deleteFrom(table).where('doc_id', '=', id).execute();
    await trx.deleteFrom('documents').where('id', '=', id).execute();
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of slices(ids, 500)) {
      for (const r of await this.db.selectFrom('documents').select('id').where('id', 'in', part).execute()) found.add(r.id);
    }
    return found;
  }

  async getDoc(id: string): Promise<Doc | null> {
    return (await this.getDocs([id]))[0];
  }

  /**
   * The documents of `ids` (null for an unknown id), in the order of `ids`: one query per table for up to 500
   * ids, not one per document and layer (export read ~9 queries per document, each a round trip on PostgreSQL).
   */
  async getDocs(ids: string[]): Promise<(Doc | null)[]> {
    const found = new Map<string, Doc>();
    for (const part of slices([...new Set(ids)], 500)) {
      const rows = await this.db.selectFrom('documents').selectAll().where('id', 'in', part).execute();
      if (rows.length === 0) continue;
      const present = rows.map((r) => r.id);
      const data = new Map<LayerName, Map<string, { doc_id: string; data: string }[]>>();
      for (const layer of new Set(rows.flatMap((r) => JSON.parse(r.layers) as LayerName[]))) {
        if (layer === 'tokens' || layer === 'sentences' || layer === 'syntax') continue;
        const table = layer === 'actors' ? 'doc_actors' : layer;
        const q = this.db.selectFrom(table).select(['doc_id', 'data']).where('doc_id', 'in', present);
        data.set(layer, byDocId(await q.orderBy('doc_id').orderBy('idx').execute()));
      }
      const messages = byDocId(await this.db.selectFrom('messages').selectAll().where('doc_id', 'in', present).orderBy('doc_id').orderBy('idx').execute());
      for (const row of rows) {
        const doc: Doc = { id: row.id, date: row.date, text: row.text, meta: {}, layers: {}, messages: [] };
        if (row.url !== null) doc.meta.url = row.url;
        if (row.source !== null) doc.meta.source = row.source;
        if (row.title !== null) doc.meta.title = row.title;
        if (row.origin !== null) doc.meta.origin = row.origin;
        for (const layer of JSON.parse(row.layers) as LayerName[]) {
          if (layer === 'tokens') doc.layers.tokens = row.tokens ? unpackTokens(row.text, row.tokens) : [];
          else if (layer === 'sentences') doc.layers.sentences = row.sentences ? JSON.parse(row.sentences) : [];
          else if (layer !== 'syntax') doc.layers[layer] = (data.get(layer)?.get(row.id) ?? []).map((r) => JSON.parse(r.data) as never);
        }
        doc.messages = (messages.get(row.id) ?? []).map(messageFromRow);
        found.set(row.id, doc);
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Ids of actors matching an id exactly or a name substring. */
  private actorIds(actor: string) {
    return this.db
      .selectFrom('actors')
      .select('actors.id')
      .where((eb) => eb.or([eb('actors.id', '=', actor), likeSubstring('actors.name', actor)]));
  }

  private dateBounds(col: Expression<string | null>, f: ListFilter): Expression<SqlBool>[] {
    const out: Expression<SqlBool>[] = [];
    if (f.since) out.push(sql<SqlBool>`${col} >= ${f.since}`);
    if (f.until) out.push(sql<SqlBool>`${col} <= ${f.until}`);
    return out;
  }

  async listDocs(f: DocFilter = {}): Promise<Page<DocRow>> {
    const size = checkedPageSize(f);
    let q = this.db
      .selectFrom('documents as d')
      .select((eb) => [
        'd.id', 'd.date', 'd.title', 'd.url', 'd.source', 'd.origin', 'd.ingested_at',
        sql<number>`length(${sql.ref('d.text')})`.as('chars'),
        eb.selectFrom('events').select((e) => e.fn.countAll().as('n')).whereRef('events.doc_id', '=', 'd.id').as('events'),
        eb.selectFrom('quotes').select((e) => e.fn.countAll().as('n')).whereRef('quotes.doc_id', '=', 'd.id').as('quotes'),
      ]);
    for (const c of this.dateBounds(sql.ref('d.date'), f)) q = q.where(c);
    if (f.doc) q = q.where(likePrefix('d.id', f.doc));
    if (f.actor) {
      const ids = this.actorIds(f.actor);
      q = q.where((eb) => eb.exists(eb.selectFrom('doc_actors as da').select('da.doc_id').whereRef('da.doc_id', '=', 'd.id').where('da.actor_id', 'in', ids)));
    }
    if (f.type) {
      const t = f.type;
      q = q.where((eb) =>
        eb.exists(eb.selectFrom('events as e').select('e.id').whereRef('e.doc_id', '=', 'd.id').where(this.eventTypeCond('e', t))),
      );
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      q = q.where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom('places as p').select('p.doc_id').whereRef('p.doc_id', '=', 'd.id').where('p.country', '=', c).where('p.adjectival', '=', 0)),
          eb.exists(
            eb.selectFrom('doc_actors as da').innerJoin('actors as a', 'a.id', 'da.actor_id').select('da.doc_id')
              .whereRef('da.doc_id', '=', 'd.id').where('a.country', '=', c),
          ),
        ]),
      );
    }
    if (f.text) q = q.where(this.textMatch('documents', 'd', f.text));
    if (f.cursor) {
      const [date, id] = decodeCursor(f.cursor, 2);
      q = q.where(sql<SqlBool>`(${sql.ref('d.date')}, ${sql.ref('d.id')}) > (${date}, ${id})`);
    }
    const rows = await q.orderBy('d.date').orderBy('d.id').limit(size + 1).execute();
    return toPage(
      rows,
      size,
      (r): DocRow => ({
        id: r.id, date: r.date, title: r.title, url: r.url, source: r.source, origin: r.origin,
        ingestedAt: r.ingested_at, chars: Number(r.chars), events: Number(r.events ?? 0), quotes: Number(r.quotes ?? 0),
      }),
      (r) => [r.date, r.id],
    );
  }

  private eventTypeCond(alias: string, type: string): Expression<SqlBool> {
    if (/^\d+$/.test(type)) return likePrefix(`${alias}.cameo`, type);
    return sql<SqlBool>`${sql.ref(`${alias}.type`)} = ${type.toUpperCase()}`;
  }

  async listEvents(f: ListFilter = {}): Promise<Page<EventRow>> {
    const size = checkedPageSize(f);
    let q = this.db
      .selectFrom('events as e')
      .leftJoin('actors as sa', 'sa.id', 'e.source_actor')
      .leftJoin('actors as ta', 'ta.id', 'e.target_actor')
      .select(['e.id', 'e.doc_id', 'e.idx', 'e.doc_date', 'e.key', 'e.data', 'e.duplicate', 'sa.name as source_name', 'ta.name as target_name'])
      .select((eb) => [
        eb.selectFrom('events as m').select((x) => x.fn.countAll().as('n')).whereRef('m.key', '=', 'e.key').as('mentions'),
        eb
          .selectFrom('events as m')
          .innerJoin('documents as md', 'md.id', 'm.doc_id')
          .leftJoin('doc_clusters as mc', 'mc.doc_id', 'm.doc_id')
          .select(sql<number>`count(distinct coalesce(${sql.ref('md.source')}, ${sql.ref('mc.cluster')}, ${sql.ref('md.id')}))`.as('n'))
          .whereRef('m.key', '=', 'e.key')
          .as('sources'),
      ]);
    // the filters pick the page's keys with ordered index scans (event-page.ts); this query adds the columns
    const base: Expression<SqlBool>[] = [];
    if (f.doc) base.push(likePrefix('e.doc_id', f.doc));
    if (f.type) base.push(this.eventTypeCond('e', f.type));
    if (f.modes?.length) base.push(sql<SqlBool>`${sql.ref('e.mode')} in (${sql.join(f.modes)})`);
    if (!f.duplicates) base.push(sql<SqlBool>`${sql.ref('e.duplicate')} = 0`);
    let actorIds: string[] | Expression<unknown> | undefined;
    if (f.actor) {
      const ids = (await this.actorIds(f.actor).limit(MAX_ACTOR_LEGS + 1).execute()).map((r) => r.id);
      actorIds = ids.length <= MAX_ACTOR_LEGS ? ids : this.actorIds(f.actor);
    }
    const cur = f.cursor ? decodeCursor(f.cursor, 3) : null;
    const keys = eventPageKeys({
      base, since: f.since, until: f.until, country: f.country?.toUpperCase(), actorIds, size,
      cursor: cur ? [String(cur[0]), String(cur[1]), Number(cur[2])] : undefined,
      sqlite: this.dialect === 'sqlite',
    });
    q = q.where(sql<SqlBool>`(${sql.ref('e.doc_id')}, ${sql.ref('e.idx')}) in (${keys})`);
    const rows = await q.orderBy('e.doc_date').orderBy('e.doc_id').orderBy('e.idx').limit(size + 1).execute();
    return toPage(
      rows,
      size,
      (r): EventRow => {
        const event = JSON.parse(r.data) as Event;
        return {
          ...event, id: r.id, key: r.key, doc: r.doc_id, docDate: r.doc_date, idx: Number(r.idx),
          sourceName: r.source_name, targetName: r.target_name,
          numMentions: Number(r.mentions ?? 0), numSources: Number(r.sources ?? 0), duplicate: Number(r.duplicate) === 1,
        };
      },
      (r) => [r.doc_date, r.doc_id, Number(r.idx)],
    );
  }

  async listQuotes(f: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    const size = checkedPageSize(f);
    let q = this.db
      .selectFrom('quotes as q')
      .leftJoin('actors as a', 'a.id', 'q.speaker_actor')
      .select(['q.id', 'q.doc_id', 'q.idx', 'q.doc_date', 'q.data', 'q.precision', 'q.date_basis', 'a.name as speaker_name']);
    for (const c of this.dateBounds(sql`coalesce(${sql.ref('q.date')}, ${sql.ref('q.doc_date')})`, f)) q = q.where(c);
    if (f.doc) q = q.where(likePrefix('q.doc_id', f.doc));
    if (f.type) q = q.where('q.kind', '=', f.type.toLowerCase());
    if (f.actor) q = q.where('q.speaker_actor', 'in', this.actorIds(f.actor));
    if (f.speaker) {
      const s = f.speaker;
      q = q.where((eb) => eb.or([eb('q.speaker_actor', 'in', this.actorIds(s)), likeSubstring('q.speaker_text', s)]));
    }
    if (f.country) q = q.where('a.country', '=', f.country.toUpperCase());
    if (f.text) q = q.where(this.textMatch('quotes', 'q', f.text));
    if (f.precision) q = q.where('q.precision', '=', f.precision.toLowerCase());
    if (f.dateBasis) q = q.where('q.date_basis', '=', f.dateBasis.toLowerCase());
    if (f.cursor) {
      const [date, doc, idx] = decodeCursor(f.cursor, 3);
      q = q.where(sql<SqlBool>`(${sql.ref('q.doc_date')}, ${sql.ref('q.doc_id')}, ${sql.ref('q.idx')}) > (${date}, ${doc}, ${Number(idx)})`);
    }
    const rows = await q.orderBy('q.doc_date').orderBy('q.doc_id').orderBy('q.idx').limit(size + 1).execute();
    return toPage(
      rows,
      size,
      (r): QuoteRow => ({
        ...(JSON.parse(r.data) as Quote), id: r.id, doc: r.doc_id, docDate: r.doc_date, idx: Number(r.idx), speakerName: r.speaker_name,
        // the columns (equal to the JSON's fields; for a row stored before quotes recorded them, migration 011's precision)
        precision: r.precision as Precision, ...(r.date_basis ? { dateBasis: r.date_basis as QuoteDateBasis } : {}),
      }),
      (r) => [r.doc_date, r.doc_id, Number(r.idx)],
    );
  }

  async listActors(f: ListFilter = {}): Promise<Page<ActorRow>> {
    const size = checkedPageSize(f);
    let q = this.db
      .selectFrom('actors as a')
      .select((eb) => [
        'a.id', 'a.name', 'a.kind', 'a.country', 'a.sector',
        eb.selectFrom('doc_actors as da').select(sql<number>`count(distinct ${sql.ref('da.doc_id')})`.as('n')).whereRef('da.actor_id', '=', 'a.id').as('docs'),
        eb.selectFrom('mentions as m').select((e) => e.fn.countAll().as('n')).whereRef('m.actor', '=', 'a.id').as('mentions'),
        eb.selectFrom('events as e').select((e) => e.fn.countAll().as('n'))
          .where((e) => e.or([e('e.source_actor', '=', e.ref('a.id')), e('e.target_actor', '=', e.ref('a.id'))])).as('events'),
        eb.selectFrom('quotes as q').select((e) => e.fn.countAll().as('n')).whereRef('q.speaker_actor', '=', 'a.id').as('quotes'),
      ]);
    if (f.actor) q = q.where('a.id', 'in', this.actorIds(f.actor));
    if (f.type) q = q.where('a.kind', '=', f.type.toLowerCase());
    if (f.country) q = q.where('a.country', '=', f.country.toUpperCase());
    if (f.doc || f.since || f.until) {
      let docs = this.db.selectFrom('doc_actors as da').innerJoin('documents as d', 'd.id', 'da.doc_id').select('da.actor_id');
      if (f.doc) docs = docs.where(likePrefix('d.id', f.doc));
      for (const c of this.dateBounds(sql.ref('d.date'), f)) docs = docs.where(c);
      q = q.where('a.id', 'in', docs);
    }
    if (f.cursor) q = q.where('a.id', '>', String(decodeCursor(f.cursor, 1)[0]));
    const rows = await q.orderBy('a.id').limit(size + 1).execute();
    return toPage(
      rows,
      size,
      (r): ActorRow => ({
        id: r.id, name: r.name, kind: r.kind as Actor['kind'], country: r.country, sector: r.sector,
        docs: Number(r.docs ?? 0), mentions: Number(r.mentions ?? 0), events: Number(r.events ?? 0), quotes: Number(r.quotes ?? 0),
      }),
      (r) => [r.id],
    );
  }

  nearDuplicates(docId: string): Promise<NearDupInfo | null> {
    return nearDuplicatesOf(this.db, docId);
  }

  async summary(): Promise<Summary> {
    const count = async (table: 'documents' | 'actors' | 'mentions' | 'places' | 'quotes' | 'events') =>
      Number((await this.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    // counted events by type from the agg_type_day summary table (non-duplicate events by day, type, mode):
    // a few thousand rows instead of scanning every event (17 s cold, 4.6 s CPU at 1M events)
    const byType = (await sql<{ type: string; n: number }>`select type, sum(n) as n from agg_type_day
      where mode in (${sql.join([...COUNTED_MODES])}) group by type having sum(n) > 0 order by type`.execute(this.db)).rows;
    const eventsByType: Record<string, number> = {};
    let counted = 0;
    for (const r of byType) {
      eventsByType[r.type] = Number(r.n);
      counted += Number(r.n);
    }
    return {
      documents: await count('documents'),
      actors: await count('actors'),
      mentions: await count('mentions'),
      places: Number((await this.db.selectFrom('places').select((e) => e.fn.countAll().as('n')).where('adjectival', '=', 0).executeTakeFirstOrThrow()).n),
      quotes: await count('quotes'),
      events: counted,
      eventsUncounted: (await count('events')) - counted,
      eventsByType,
    };
  }
}

/** Multi-row inserts in chunks that stay under both backends' bound-parameter limits. */
async function insertChunked<T extends ChildTable>(
  trx: Transaction<Database>,
  table: T,
  rows: Rows[T],
): Promise<void> {
  if (!rows.length) return;
  for (const part of slices(rows as unknown[], Math.max(1, Math.floor(8000 / Object.keys(rows[0]).length)))) {
    await trx.insertInto(table).values(part as never).execute();
  }
}

/** Rows grouped by their document, each group in the rows' order. */
function byDocId<R extends { doc_id: string }>(rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.doc_id);
    if (list) list.push(r);
    else out.set(r.doc_id, [r]);
  }
  return out;
}
