// The PostgreSQL store: Kysely over a pg pool, the same logical schema as SQLite, with generated
// tsvector columns (GIN-indexed) for full-text search. `?schema=NAME` in the URL selects (and creates)
// a schema, so several stores can share one database.
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type Expression, type SqlBool } from 'kysely';
import type { Database as Schema } from '../schema.ts';
import { KyselyStore } from '../kysely-store.ts';
import { migrate } from '../migrations/index.ts';
import { searchTerms } from '../search-text.ts';
import { postgresTransient } from '../write-retry.ts';

// count(*) is bigint: parse to a JS number (counts stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));

/** Removes a password from a URL for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export class PostgresStore extends KyselyStore {
  static async open(url: string): Promise<PostgresStore> {
    const u = new URL(url);
    const schema = u.searchParams.get('schema');
    u.searchParams.delete('schema');
    if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
      throw new Error(`invalid schema name "${schema}" in ${redactUrl(url)} (letters, digits and _ only)`);
    }
    const config: pg.PoolConfig = { connectionString: u.toString(), max: 4, connectionTimeoutMillis: 5000 };
    if (schema) config.options = `-c search_path=${schema}`;
    const pool = new pg.Pool(config);
    pool.on('error', () => {}); // idle-client errors surface on the next query instead
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    try {
      if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
      await migrate(db, 'postgres', schema ?? undefined);
    } catch (err) {
      await db.destroy();
      throw new Error(`cannot open database ${redactUrl(url)}: ${(err as Error).message}`);
    }
    return new PostgresStore(db);
  }

  private constructor(db: Kysely<Schema>) {
    super(db, 'postgres');
  }

  protected transient(err: unknown): boolean {
    return postgresTransient(err);
  }

  protected textMatch(_target: 'documents' | 'quotes', alias: string, text: string): Expression<SqlBool> {
    const terms = searchTerms(text);
    if (!terms.words.length) return sql<SqlBool>`1 = 0`;
    const query = terms.words.join(' ');
    return terms.phrase
      ? sql<SqlBool>`${sql.ref(`${alias}.tsv`)} @@ phraseto_tsquery('english', ${query})`
      : sql<SqlBool>`${sql.ref(`${alias}.tsv`)} @@ plainto_tsquery('english', ${query})`;
  }
}
