// Migration 002: indexes for the dashboard aggregates (src/store/aggregates.ts) — events by day and type,
// by day and quad class, and country dyads by day with Goldstein, so period counts and dyad series are index scans.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/** Must stay textually identical to EVENT_DAY_SQL in aggregates.ts (the planner matches the expression). */
const DAY = sql.raw('(case when length(date) = 10 then date else doc_date end)');

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await sql`create index if not exists events_day_type on events (${DAY}, type, goldstein)`.execute(db);
  await sql`create index if not exists events_day_quad on events (${DAY}, quad)`.execute(db);
  await sql`create index if not exists events_dyad_day on events (source_country, target_country, ${DAY}, goldstein)`.execute(db);
}
