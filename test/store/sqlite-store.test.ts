// Runs the shared store suite against SQLite (a fresh temporary file per test), plus SQLite specifics.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.ts';
import { storeCases } from './store.case.ts';
import { borderDoc } from './sample-docs.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store', () => {
  storeCases(() => openStore(join(dir, `t${n++}.db`)));

  it('persists across reopening and uses WAL', async () => {
    const file = join(dir, 'reopen.db');
    const a = await openStore(file);
    await a.saveDocs([borderDoc()]);
    await a.close();
    expect(existsSync(file)).toBe(true);
    const b = await openStore(file);
    expect((await b.summary()).documents).toBe(1);
    expect((await b.saveDocs([borderDoc()])).existing).toHaveLength(1);
    await b.close();
  });

  it('names the path when the database cannot be created', async () => {
    await expect(openStore(join(dir, 'missing', 'x.db'))).rejects.toThrow(/cannot create database .*missing/);
  });
});
