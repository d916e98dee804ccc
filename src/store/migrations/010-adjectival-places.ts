// Migration 010: places.adjectival (0/1). A nationality adjective ("Turkish troops") is a place mention of
// the places layer, flagged adjectival: the store keeps its row, so a document reads back as it was written,
// and every place aggregate (place totals, the map's rollups, documents filtered by a place's country)
// reads the located rows only (adjectival = 0). Stores written before hold no adjectival rows.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await sql`alter table places add column adjectival integer not null default 0`.execute(db);
}
