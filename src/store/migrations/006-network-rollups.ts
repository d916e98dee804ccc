// Migration 006: summary tables for the actor network (agg_pair) and the event-location map
// (agg_place_side), filled from the stored events and places (src/store/rollups.ts).
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { createRollupTables, rebuildRollups } from '../rollups.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await createRollupTables(db, dialect === 'postgres' ? 'double precision' : 'real', 6);
  await rebuildRollups(db, 6);
}
