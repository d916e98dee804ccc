// Migration 004: the aggregate summary tables (src/store/rollups.ts), filled from the stored events, and
// indexes that match the event listing's filters and its (doc_date, doc_id, idx) order (kysely-store listEvents).
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { createRollupTables, rebuildRollups } from '../rollups.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await createRollupTables(db, dialect === 'postgres' ? 'double precision' : 'real', 4);
  await rebuildRollups(db, 4);
  const order = ['doc_date', 'doc_id', 'idx'];
  for (const col of ['source_country', 'target_country', 'source_actor', 'target_actor', 'type']) {
    await db.schema.createIndex(`events_${col}_order`).on('events').columns([col, ...order]).execute();
  }
  for (const col of ['source_country', 'target_country']) {
    await db.schema.createIndex(`events_${col}_type_order`).on('events').columns([col, 'type', ...order]).execute();
  }
  // events dated after / before their document: the only ones a date window can reach outside its doc_date range
  await sql`create index events_dated_after on events (doc_date, doc_id, idx) where date > doc_date`.execute(db);
  await sql`create index events_dated_before on events (doc_date, doc_id, idx) where date < doc_date`.execute(db);
}
