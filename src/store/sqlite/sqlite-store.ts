// The SQLite store: Kysely over better-sqlite3 in WAL mode, with FTS5 tables over document and quote text.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import { dirname, resolve } from 'node:path';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import type { Doc } from '../../doc/types.ts';
import type { Database as Schema } from '../schema.ts';
import { KyselyStore, type ChildTable } from '../kysely-store.ts';
import { migrate } from '../migrations/index.ts';
import { fts5Query, searchTerms } from '../search-text.ts';
import type { Rows } from '../rows.ts';
import type { RollupWriter } from '../rollups.ts';
import { slices } from '../slices.ts';
import { cachingDatabase, type CachingDatabase } from './statement-cache.ts';
import { ImmediateSqliteDialect } from './immediate-dialect.ts';
import { StoreUnavailableError, sqliteBusy } from '../write-retry.ts';

/** The identity of an open database file, to notice it was deleted or replaced under the connection. */
interface FileId {
  path: string;
  dev: number;
  ino: number;
}

export class SqliteStore extends KyselyStore {
  static async open(path: string): Promise<SqliteStore> {
    if (path !== ':memory:' && !existsSync(dirname(resolve(path)))) {
      throw new Error(`cannot create database ${path}: folder ${dirname(path)} does not exist`);
    }
    let conn: Database.Database;
    try {
      conn = new Database(path);
      // first, so that the pragmas below wait for another process creating or writing the file
      conn.pragma('busy_timeout = 10000');
      // 16 KB pages for a new file (no effect on an existing one): a batch of 50 articles writes ~4x fewer
      // WAL frames than with 4 KB pages; saving took 13% less time (docs/scale.md)
      conn.pragma('page_size = 16384');
      conn.pragma('journal_mode = WAL');
      conn.pragma('foreign_keys = ON');
      conn.pragma('synchronous = NORMAL');
    } catch (err) {
      throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
    }
    const statements = cachingDatabase(conn);
    // every write transaction takes the write lock at BEGIN (immediate-dialect.ts)
    const db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: statements }) });
    try {
      await migrate(db, 'sqlite');
    } catch (err) {
      await db.destroy();
      throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
    }
    let file: FileId | undefined;
    if (path !== ':memory:' && path !== '') {
      const st = statSync(path);
      file = { path, dev: st.dev, ino: st.ino };
    }
    return new SqliteStore(db, statements, file);
  }

  /**
   * A read-only connection to an existing store (the server's reader threads): no migrations, no writes;
   * in WAL mode it reads the latest committed state while another connection writes.
   */
  static async openReadOnly(path: string): Promise<SqliteStore> {
    let conn: Database.Database;
    try {
      conn = new Database(path, { readonly: true, fileMustExist: true });
      conn.pragma('busy_timeout = 10000');
    } catch (err) {
      throw new Error(`cannot open database ${path} for reading: ${(err as Error).message}`);
    }
    return new SqliteStore(new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingDatabase(conn) }) }));
  }

  /** `statements`: the writer's connection through its statement cache (absent on read-only stores). */
  private constructor(db: Kysely<Schema>, private readonly statements?: CachingDatabase, private readonly file?: FileId) {
    super(db, 'sqlite');
  }

  protected transient(err: unknown): boolean {
    return sqliteBusy(err);
  }

  /**
   * A file deleted or replaced while open would take the writes into an unlinked inode (lost at close); a
   * file made read-only (no write permission bit, or not writable by this user) is a request to stop writing.
   */
  protected checkWritable(): void {
    if (!this.file) return;
    const { path, dev, ino } = this.file;
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new StoreUnavailableError(`database ${path} was deleted while eventline had it open; nothing was written — restart with the database in place`);
    }
    if (st.dev !== dev || st.ino !== ino) {
      throw new StoreUnavailableError(`database ${path} was replaced by another file while eventline had it open; nothing was written — restart to use the new file`);
    }
    let writable = (st.mode & 0o222) !== 0;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw new StoreUnavailableError(`database ${path} is read-only; nothing was written — make it writable (chmod u+w) to store documents`);
  }

  /**
   * One prepared single-row insert per table and column list, run for each row on the writer's connection
   * (inside the Kysely transaction: SQLite has the one connection). Building and parsing multi-row
   * statements of thousands of parameters made saving ~9% slower (docs/scale.md).
   */
  protected async insertRows<T extends ChildTable>(trx: Transaction<Schema>, table: T, rows: Rows[T]): Promise<void> {
    if (!rows.length) return;
    if (!this.statements) return super.insertRows(trx, table, rows);
    const columns = Object.keys(rows[0]);
    const st = this.statements.prepare(insertSql(table, columns));
    const values: unknown[] = new Array(columns.length);
    for (const row of rows as Record<string, unknown>[]) {
      if (Object.keys(row).length !== columns.length) throw new Error(`rows of ${table} differ in their columns`); // docRows builds one shape per table
      for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]] ?? null;
      st.run(values);
    }
  }

  /**
   * The summary-table upserts as prepared single-row statements (one per table), for the same reason as
   * insertRows: Kysely compiled, and SQLite parsed, a new statement of up to 4,000 values per table and batch.
   */
  protected rollupWriter(): RollupWriter | undefined {
    const statements = this.statements;
    if (!statements) return undefined;
    return async (spec, rows) => {
      const sum = spec.measures.map((m) => `${quoted(m)} = ${quoted(spec.table)}.${quoted(m)} + excluded.${quoted(m)}`).join(', ');
      const st = statements.prepare(`${insertSql(spec.table, [...spec.keys, ...spec.measures])} on conflict (${spec.keys.map(quoted).join(', ')}) do update set ${sum}`);
      for (const r of rows) st.run([...r.key, ...r.m]);
    };
  }

  protected textMatch(target: 'documents' | 'quotes', alias: string, text: string): Expression<SqlBool> {
    const terms = searchTerms(text);
    if (!terms.words.length) return sql<SqlBool>`1 = 0`;
    const query = fts5Query(terms);
    return target === 'documents'
      ? sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select doc_id from documents_fts where documents_fts match ${query})`
      : sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select quote_id from quotes_fts where quotes_fts match ${query})`;
  }

  protected async indexText(trx: Transaction<Schema>, docs: Doc[], rows: Rows[]): Promise<void> {
    for (const part of slices(docs, 300)) {
      await trx.insertInto('documents_fts').values(part.map((d) => ({ doc_id: d.id, title: d.meta.title ?? '', text: d.text }))).execute();
    }
    for (const part of slices(rows.flatMap((r) => r.quotes.map((q) => ({ quote_id: q.id, text: q.text }))), 400)) {
      await trx.insertInto('quotes_fts').values(part).execute();
    }
  }

  protected async unindexText(trx: Transaction<Schema>, docId: string): Promise<void> {
    await trx.deleteFrom('documents_fts').where('doc_id', '=', docId).execute();
    await trx
      .deleteFrom('quotes_fts')
      .where('quote_id', 'in', trx.selectFrom('quotes').select('id').where('doc_id', '=', docId))
      .execute();
  }
}

/** An identifier in double quotes (the project's table and column names hold no quote). */
const quoted = (name: string) => `"${name}"`;

/** A single-row insert of `columns` into `table`, one `?` per column. */
function insertSql(table: string, columns: readonly string[]): string {
  return `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
}
