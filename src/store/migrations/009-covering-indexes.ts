// Migration 009: event indexes that hold every column their queries read, each replacing an index with the
// same leading columns that made SQLite's planner look up the event rows.
// - Drops events_dyad_day (source_country, target_country, day, goldstein): events_dyad_day_docs (migration
//   008) starts with the same three columns and also holds mode, duplicate and doc_id, which every query over
//   the events table filters on (aggregates.ts filterConds), so no query read only the former; but with both
//   present the planner took it for one side of a dyad's article count (dyadPeriodDocs per day with 120 alert
//   periods at 1M events: 13–19 ms of row lookups instead of 0.8 ms).
// - Replaces events_key_duplicate (key, duplicate) with events_key_docs (key, duplicate, doc_id): the event
//   page's mention and source counts per row (kysely-store listEvents) read each event of the key for its
//   document; 100 rows at 1M events: 2.4 → 0.7 ms CPU. Near-duplicate linking reads the same leading columns.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await sql`drop index if exists events_dyad_day`.execute(db);
  await sql`create index if not exists events_key_docs on events (key, duplicate, doc_id)`.execute(db);
  await sql`drop index if exists events_key_duplicate`.execute(db);
}
