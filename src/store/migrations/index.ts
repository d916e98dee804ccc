// The ordered list of store migrations, bound to a dialect and run through Kysely's Migrator.
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../schema.ts';
import * as m001 from './001-initial.ts';
import * as m002 from './002-aggregate-indexes.ts';
import * as m003 from './003-near-dup.ts';
import * as m004 from './004-summary-tables.ts';
import * as m005 from './005-drop-redundant-indexes.ts';
import * as m006 from './006-network-rollups.ts';
import * as m007 from './007-window-rollups.ts';
import * as m008 from './008-dyad-docs-index.ts';
import * as m009 from './009-covering-indexes.ts';
import * as m010 from './010-adjectival-places.ts';
import * as m011 from './011-quote-date-precision.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type DialectMigration = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

const MIGRATIONS: Record<string, DialectMigration> = {
  '001-initial': m001,
  '002-aggregate-indexes': m002,
  '003-near-dup': m003,
  '004-summary-tables': m004,
  '005-drop-redundant-indexes': m005,
  '006-network-rollups': m006,
  '007-window-rollups': m007,
  '008-dyad-docs-index': m008,
  '009-covering-indexes': m009,
  '010-adjectival-places': m010,
  '011-quote-date-precision': m011,
};

/** Brings the database schema up to date; throws with the failing migration's name. */
/** `schema` (PostgreSQL) keeps the migration bookkeeping tables inside that schema. */
export async function migrate(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(MIGRATIONS)) migrations[name] = { up: (k) => m.up(k, dialect) };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const message = (error as Error).message ?? String(error);
    // Before it runs anything, Kysely's Migrator introspects every table of the whole database to find its
    // bookkeeping tables (pg_get_serial_sequence on each column): a column or schema that another process
    // drops at that moment (a pg-boss upgrade, another store's schema removed) fails the lookup with
    // "… does not exist". Nothing has run then, so trying again is safe.
    if (dialect === 'postgres' && !failed && /does not exist/.test(message) && attempt < MIGRATE_ATTEMPTS) {
      await new Promise((r) => setTimeout(r, 100 * attempt * attempt));
      continue;
    }
    throw new Error(`database migration ${failed ?? 'unknown'} failed: ${message}`);
  }
}
const MIGRATE_ATTEMPTS = 5;
