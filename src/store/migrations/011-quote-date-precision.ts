// Migration 011: quotes.precision and quotes.date_basis, the calendar precision of a quote's date and where
// that date came from (Quote.precision, Quote.dateBasis: the attribution's time expression, the occasion the
// sentence before dates, …, else the document date). Rows written before hold neither in their JSON: their
// precision is the one the date's form tells (legacyQuotePrecision in doc/doc.ts, which rows.ts gives a quote
// read without one), 'unknown' where the document date stood in; their basis was not recorded and stays null.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

/** The SQL of legacyQuotePrecision over a quotes row (its `date` and `doc_date`). */
export const LEGACY_PRECISION = sql`case
  when date is null or date = doc_date then 'unknown'
  when date like '____-__-__%' then 'day'
  when date like '____-W__%' then 'week'
  when date like '____-Q_' then 'quarter'
  when date like '____-__' then 'month'
  when date like '____' then 'year'
  else 'unknown' end`;

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await sql`alter table quotes add column precision text not null default 'unknown'`.execute(db);
  await sql`alter table quotes add column date_basis text`.execute(db);
  await sql`update quotes set precision = ${LEGACY_PRECISION}`.execute(db);
}
