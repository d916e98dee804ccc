// Test helper: runs `node bin/eventline.js …` as a child process and returns its exit status and output.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = resolve(ROOT, 'bin/eventline.js');
export const FIXTURES = resolve(ROOT, 'test/fixtures/ingest');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', EVENTLINE_DB: '' },
    timeout: 180_000, // catches a hang, as the suite's test time limit does (vitest.config.ts), not slowness
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Minimal RFC 4180 parser (for checking our CSV output). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else (field += c), i++;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
