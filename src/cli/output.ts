// Writing rows as an aligned table (long cells cut to fit; stored text's control characters escaped, so
// a title cannot retitle the window or recolour the terminal), JSON Lines, or RFC 4180 CSV.
import { escapeControl } from '../ingest/problem.ts';

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  header: string;
  get(row: T): Cell;
  /** Widest the column may be in a table (cells cut with …). */
  max?: number;
  right?: boolean;
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

/** One-line form of a cell for tables: whitespace runs collapsed, control characters escaped, cut to `max` characters. */
function fit(s: string, max: number | undefined): string {
  const one = escapeControl(s.replace(/\s+/g, ' '));
  return max !== undefined && one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function renderTable<T>(rows: T[], columns: Column<T>[], opts: { color?: boolean } = {}): string {
  const cells = rows.map((r) => columns.map((c) => fit(cellText(c.get(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].right ? v.padStart(widths[i]) : i === values.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  return [opts.color ? `\x1b[1m${header}\x1b[0m` : header, ...cells.map(line)].join('\n') + '\n';
}

/** RFC 4180: fields with comma, quote, CR or LF are quoted, quotes doubled; lines end with CRLF. */
export function csvField(v: Cell): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: Cell[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Writes rows from an async source in the chosen format (tables are aligned, so they are collected first). */
export async function writeRows<T>(
  rows: AsyncIterable<T>,
  format: 'table' | 'json' | 'csv',
  table: Column<T>[],
  csv: Column<T>[],
  write: (s: string) => void,
  opts: { color?: boolean } = {},
): Promise<number> {
  let n = 0;
  if (format === 'json') {
    for await (const r of rows) {
      write(JSON.stringify(r) + '\n');
      n++;
    }
  } else if (format === 'csv') {
    write(csvLine(csv.map((c) => c.header)));
    for await (const r of rows) {
      write(csvLine(csv.map((c) => c.get(r))));
      n++;
    }
  } else {
    const all: T[] = [];
    for await (const r of rows) all.push(r);
    n = all.length;
    if (n) write(renderTable(all, table, opts));
  }
  return n;
}
