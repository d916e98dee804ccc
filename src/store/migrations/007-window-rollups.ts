// Migration 007: summary tables for dyad totals over date windows (per dyad × dekad and × quarter, between the
// daily and monthly ones) and the counted actor network read heaviest first (src/store/rollups.ts), filled from
// the summary tables of 004 and 006.
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { createRollupTables, rebuildRollups } from '../rollups.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await createRollupTables(db, dialect === 'postgres' ? 'double precision' : 'real', 7);
  await rebuildRollups(db, 7);
}
