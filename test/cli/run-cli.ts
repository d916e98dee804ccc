// Test helper: runs `node bin/eventline.js …` as a child process and returns its exit status and output.
import { execFile, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = resolve(ROOT, 'bin/eventline.js');
export const FIXTURES = resolve(ROOT, 'test/fixtures/ingest');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Read at each call: some tests set variables of process.env for one command. */
const spawnOptions = (cwd: string) => ({
  cwd,
  encoding: 'utf8' as const,
  env: { ...process.env, NO_COLOR: '1', EVENTLINE_DB: '' },
  timeout: 180_000, // catches a hang, as the suite's test time limit does (vitest.config.ts), not slowness
});

export function runCli(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOptions(cwd));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** runCli without blocking the test process, so that two commands can run side by side. */
export function runCliAsync(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { ...spawnOptions(cwd), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
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
