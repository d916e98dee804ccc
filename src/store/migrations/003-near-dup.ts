// Migration 003: near-duplicate detection — each document's MinHash signature and LSH band keys, its
// cluster (the first stored copy of the story) and what it duplicates, and a flag on events already
// counted in their cluster (same event key in an earlier copy), so aggregates count them once.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const float = dialect === 'postgres' ? 'double precision' : 'real';
  const s = db.schema;
  await s
    .createTable('doc_signatures')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('doc_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('doc_bands_pk', ['band', 'doc_id'])
    .execute();
  await s.createIndex('doc_bands_doc').on('doc_bands').column('doc_id').execute();
  await s
    .createTable('doc_clusters')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('cluster', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text')
    .addColumn('similarity', float)
    .execute();
  await s.createIndex('doc_clusters_cluster').on('doc_clusters').column('cluster').execute();
  await sql`alter table events add column duplicate integer not null default 0`.execute(db);
  await s.createIndex('events_key_duplicate').on('events').columns(['key', 'duplicate']).execute();
}
