// Migration 005: drops event indexes that later migrations made redundant. Each single-column index is the
// leading column of an ordered index from 004 (e.g. events_source_actor of events_source_actor_order), and
// the day × type / day × quad expression indexes from 002 served aggregates the summary tables answer now.
// The events table had 22 indexes; every stored event paid for each one (the single writer's cost).
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export const DROPPED = [
  'events_source_actor', 'events_target_actor', 'events_type', 'events_key', 'events_source_country', 'events_target_country',
  'events_day_type', 'events_day_quad',
];

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  for (const name of DROPPED) await sql`drop index if exists ${sql.ref(name)}`.execute(db);
}
