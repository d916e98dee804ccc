// Options shared by several commands: the database location, list filters and output format, with
// validation that turns bad values into one-line errors.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { isIsoDate } from '../ingest/date-line.ts';
import { isPostgresUrl, openStore, type ListFilter, type Store } from '../store/store.ts';
import { countryError } from '../store/filter-values.ts';
import { UserError, EXIT_USAGE } from './context.ts';

export const DEFAULT_DB = process.env.EVENTLINE_DB || './eventline.db';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <file|url>', 'SQLite file or postgres:// URL (env EVENTLINE_DB)', DEFAULT_DB);
}

export async function openForWrite(db: string): Promise<Store> {
  try {
    return await openStore(db);
  } catch (err) {
    throw new UserError(`${(err as Error).message}; check --db`);
  }
}

/** Opens an existing store for reading; a missing SQLite file is an error rather than a new empty store. */
export async function openForRead(db: string): Promise<Store> {
  if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db)) {
    throw new UserError(`no database at ${db}; run "eventline ingest PATH --db ${db}" first or pass --db`);
  }
  return openForWrite(db);
}

export interface FilterOptions {
  actor?: string;
  type?: string;
  since?: string;
  until?: string;
  doc?: string;
  country?: string;
  limit?: string;
  cursor?: string;
}

export function addFilterOptions(cmd: Command, typeHelp: string): Command {
  return cmd
    .option('--actor <id|name>', 'actor id or part of its name')
    .option('--type <type>', typeHelp)
    .option('--since <date>', 'from this date, YYYY-MM-DD (inclusive)')
    .option('--until <date>', 'up to this date, YYYY-MM-DD (inclusive)')
    .option('--doc <id>', 'document id (or its first characters)')
    .option('--country <code>', 'ISO 3166-1 alpha-3 country (or organisation) code')
    .option('--limit <n>', 'at most n rows (prints a --cursor for the next page)')
    .option('--cursor <cursor>', 'continue after a previous page');
}

/** Refuses an option's value its check (store/filter-values.ts) does not accept, with that check's one line
 * after the flag: "--country "XXX" is not …". An option left out (undefined) is not checked. */
export function checkOption(flag: string, v: unknown, error: (v: string) => string | null): void {
  const bad = v === undefined ? null : error(String(v));
  if (bad) throw new UserError(`${flag} ${bad}`, EXIT_USAGE);
}

export function toFilter(o: FilterOptions): ListFilter & { max?: number } {
  for (const [name, v] of [['since', o.since], ['until', o.until]] as const) {
    if (v !== undefined && !isIsoDate(v)) throw new UserError(`--${name} "${v}" is not a date; write it as YYYY-MM-DD`, EXIT_USAGE);
  }
  let max: number | undefined;
  if (o.limit !== undefined) {
    max = Number(o.limit);
    if (!Number.isInteger(max) || max < 1) throw new UserError(`--limit "${o.limit}" must be a positive whole number`, EXIT_USAGE);
  }
  checkOption('--country', o.country || undefined, countryError);
  const f: ListFilter & { max?: number } = {};
  if (o.actor) f.actor = o.actor;
  if (o.type) f.type = o.type;
  if (o.since) f.since = o.since;
  if (o.until) f.until = o.until;
  if (o.doc) f.doc = o.doc;
  if (o.country) f.country = o.country;
  if (o.cursor) f.cursor = o.cursor;
  if (max !== undefined) f.max = max;
  return f;
}

export function addFormatOptions(cmd: Command): Command {
  return cmd.option('--json', 'JSON Lines, one full record per line').option('--csv', 'CSV (RFC 4180)');
}

export function formatOf(o: { json?: boolean; csv?: boolean }): 'table' | 'json' | 'csv' {
  if (o.json && o.csv) throw new UserError('choose one of --json and --csv', EXIT_USAGE);
  return o.json ? 'json' : o.csv ? 'csv' : 'table';
}
