// `eventline enqueue`, `worker --drain` and `status` end to end against the real PostgreSQL (skipped with
// a message when unreachable), and the one-line error when --db is not a postgres:// URL.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { resolve } from 'node:path';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = PG_BASE;
const schema = `eventline_qcli${Date.now().toString(36)}${process.pid}`;

async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/eventline.js'), ...args], { cwd: ROOT, env: { ...process.env, EVENTLINE_DB: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, stdout, stderr };
}

const available = await postgresReachable('queue CLI tests');

afterAll(async () => {
  if (!available) return;
  const client = new pg.Client({ connectionString: BASE });
  await client.connect();
  for (const s of [schema, `${schema}_queue`]) await client.query(`drop schema if exists ${s} cascade`);
  await client.end();
});

describe('queue commands', () => {
  it('refuses a SQLite database with a one-line error', async () => {
    const r = await cli(['status', '--db', 'x.db']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^eventline: the job queue needs a postgres:\/\/ URL \(got x\.db\)/);
  }, 180_000);

  it.skipIf(!available)('enqueue, worker --drain and status', async () => {
    const db = `${BASE}?schema=${schema}`;
    const e = await cli(['enqueue', resolve(ROOT, 'test/fixtures/ingest/good'), '--db', db, '--lines', '2']);
    expect(e.stderr).toMatch(/enqueued \d+ jobs/);
    expect(e.code).toBe(0);
    const before = await cli(['status', '--db', db, '--json']);
    expect(JSON.parse(before.stdout).depth).toBeGreaterThan(2);
    const w = await cli(['worker', '--db', db, '--drain', '--poll', '0.2']);
    expect(w.stderr).toMatch(/worker: \d+ jobs done, 0 failed attempts, 6 documents saved/);
    const after = await cli(['status', '--db', db]);
    expect(after.stdout).toMatch(/^queue depth: 0 waiting \(completed \d+\)/);
    expect(after.stdout).toMatch(/last  5 min: \d+ jobs, 6 documents/);
  }, 180_000);
});
