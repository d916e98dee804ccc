// Runs the shared store suite against PostgreSQL on 127.0.0.1:5432 (EVENTLINE_TEST_PG overrides), each
// test in a fresh schema dropped afterwards; skips with a message when no server is reachable.
import { afterAll, describe } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/store.ts';
import { storeCases } from './store.case.ts';
import { PG_BASE, postgresReachable } from '../helpers/postgres.ts';

const BASE = PG_BASE;


const available = await postgresReachable('PostgreSQL store tests');
const run = `t${Date.now().toString(36)}${process.pid}`;
const schemas: string[] = [];

afterAll(async () => {
  if (!available || !schemas.length) return;
  const client = new pg.Client({ connectionString: BASE });
  await client.connect();
  for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
  await client.end();
});

describe.skipIf(!available)('PostgreSQL store', () => {
  storeCases(() => {
    const schema = `eventline_${run}_${schemas.length}`;
    schemas.push(schema);
    return openStore(`${BASE}?schema=${schema}`);
  });
});
