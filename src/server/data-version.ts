// A value that changes whenever the stored data changes, for the aggregate response cache: SQLite's
// data_version (bumped by commits on other connections), or a 5-second clock tick for PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export function sqliteDataVersion(db: Kysely<Database>): () => Promise<number> {
  return async () => {
    const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return r.rows[0]?.data_version ?? 0;
  };
}

export function clockDataVersion(seconds = 5): () => Promise<number> {
  return async () => Math.floor(Date.now() / (seconds * 1000));
}
