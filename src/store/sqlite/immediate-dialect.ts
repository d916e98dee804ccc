// Kysely's SQLite dialect with `BEGIN IMMEDIATE` transactions. A deferred transaction that reads before
// its first write fails with SQLITE_BUSY_SNAPSHOT when another process commits in between (busy_timeout
// does not wait on that); taking the write lock at BEGIN makes writers wait their turn under busy_timeout.
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}
