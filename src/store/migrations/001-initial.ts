// Migration 001: the initial schema (documents, actors, layer tables, messages) and full-text search —
// FTS5 tables on SQLite, generated tsvector columns with GIN indexes on PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const float = dialect === 'postgres' ? 'double precision' : 'real';
  const s = db.schema;

  await s
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('origin', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('layers', 'text', (c) => c.notNull())
    .addColumn('sentences', 'text')
    .addColumn('tokens', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('documents_date').on('documents').columns(['date', 'id']).execute();

  await s
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .execute();

  await s
    .createTable('doc_actors')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_actors_pk', ['doc_id', 'idx'])
    .execute();
  await s.createIndex('doc_actors_actor').on('doc_actors').column('actor_id').execute();

  const spanTable = (name: string) =>
    s
      .createTable(name)
      .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['doc_id', 'idx']);

  await spanTable('entities')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .execute();
  await spanTable('mentions')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('confidence', float, (c) => c.notNull())
    .execute();
  await s.createIndex('mentions_actor').on('mentions').column('actor').execute();
  await spanTable('timexes')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull())
    .execute();
  await spanTable('places')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('lat', float, (c) => c.notNull())
    .addColumn('lon', float, (c) => c.notNull())
    .execute();
  await s.createIndex('places_country').on('places').column('country').execute();

  await spanTable('quotes')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('doc_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker_actor', 'text')
    .addColumn('speaker_text', 'text')
    .addColumn('cue', 'text')
    .addColumn('outlet', 'text')
    .addColumn('date', 'text')
    .execute();
  await s.createIndex('quotes_speaker').on('quotes').column('speaker_actor').execute();
  await s.createIndex('quotes_order').on('quotes').columns(['doc_date', 'doc_id', 'idx']).execute();

  await s
    .createTable('events')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('doc_date', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('goldstein', float, (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull().check(sql`quad between 1 and 4`))
    .addColumn('source_actor', 'text')
    .addColumn('source_country', 'text')
    .addColumn('source_sector', 'text')
    .addColumn('target_actor', 'text')
    .addColumn('target_country', 'text')
    .addColumn('target_sector', 'text')
    .addColumn('date', 'text')
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_text', 'text', (c) => c.notNull())
    .addColumn('sentence_start', 'integer', (c) => c.notNull())
    .addColumn('sentence_end', 'integer', (c) => c.notNull())
    .addColumn('quote_idx', 'integer')
    .addColumn('pattern', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['doc_id', 'idx'])
    .execute();
  for (const col of ['source_actor', 'target_actor', 'type', 'key', 'source_country', 'target_country']) {
    await s.createIndex(`events_${col}`).on('events').column(col).execute();
  }
  await s.createIndex('events_order').on('events').columns(['doc_date', 'doc_id', 'idx']).execute();

  await s
    .createTable('messages')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer')
    .addColumn('end', 'integer')
    .addPrimaryKeyConstraint('messages_pk', ['doc_id', 'idx'])
    .execute();

  if (dialect === 'sqlite') {
    await sql`create virtual table documents_fts using fts5(doc_id unindexed, title, text, tokenize = 'porter unicode61')`.execute(db);
    await sql`create virtual table quotes_fts using fts5(quote_id unindexed, text, tokenize = 'porter unicode61')`.execute(db);
  } else {
    await sql`alter table documents add column tsv tsvector generated always as
      (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`.execute(db);
    await sql`create index documents_tsv on documents using gin (tsv)`.execute(db);
    await sql`alter table quotes add column tsv tsvector generated always as (to_tsvector('english', text)) stored`.execute(db);
    await sql`create index quotes_tsv on quotes using gin (tsv)`.execute(db);
  }
}
