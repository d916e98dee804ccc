// migrate() on PostgreSQL tries again when Kysely's Migrator fails before running anything because the
// whole-database introspection it starts with met a column or schema another process was dropping; a
// failing migration itself, or any other error, is reported at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Migrator } from 'kysely';
import { migrate } from '../../../src/store/migrations/index.ts';

const db = {} as unknown as Parameters<typeof migrate>[0];
const race = { error: new Error('column "expire_in" of relation "archive" does not exist'), results: undefined };
const ok = { error: undefined, results: [] };

afterEach(() => vi.restoreAllMocks());

describe('migrate', () => {
  it('tries again after an introspection race on PostgreSQL', async () => {
    const spy = vi.spyOn(Migrator.prototype, 'migrateToLatest').mockResolvedValueOnce(race).mockResolvedValueOnce(race).mockResolvedValueOnce(ok);
    await expect(migrate(db, 'postgres', 'some_schema')).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('reports a failing migration at once, naming it', async () => {
    const failed = { error: new Error('relation "events" does not exist'), results: [{ migrationName: '004-summary-tables', direction: 'Up' as const, status: 'Error' as const }] };
    const spy = vi.spyOn(Migrator.prototype, 'migrateToLatest').mockResolvedValue(failed);
    await expect(migrate(db, 'postgres')).rejects.toThrow('database migration 004-summary-tables failed: relation "events" does not exist');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('does not retry on SQLite, nor other errors, nor forever', async () => {
    let spy = vi.spyOn(Migrator.prototype, 'migrateToLatest').mockResolvedValue(race);
    await expect(migrate(db, 'sqlite')).rejects.toThrow('database migration unknown failed');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    spy = vi.spyOn(Migrator.prototype, 'migrateToLatest').mockResolvedValue({ error: new Error('permission denied for schema x'), results: undefined });
    await expect(migrate(db, 'postgres')).rejects.toThrow('permission denied');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    spy = vi.spyOn(Migrator.prototype, 'migrateToLatest').mockResolvedValue(race);
    await expect(migrate(db, 'postgres')).rejects.toThrow('does not exist');
    expect(spy).toHaveBeenCalledTimes(5);
  });
});
