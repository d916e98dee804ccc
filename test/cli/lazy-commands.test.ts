// The compiled CLI imports only what the command being run needs: --version no command module, the
// listing commands no NLP stage and no knowledge, extract the pipeline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** The dist/ modules (relative paths) that `eventline ...args` loaded. */
function imported(args: string[]): string[] {
  const file = join(dir, `imports-${n++}.txt`);
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/record-imports.mjs'), BIN, ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, RECORD_IMPORTS: file, EVENTLINE_DB: '' },
  });
  expect(r.status, r.stderr).not.toBeNull();
  return [...new Set(readFileSync(file, 'utf8').split('\n').filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6)))];
}

describe('lazy command loading', () => {
  it('--version loads no command module', () => {
    const mods = imported(['--version']);
    expect(mods).toContain('cli/main.js');
    expect(mods.filter((m) => m.startsWith('cli/commands/'))).toEqual([]);
  });

  it('docs, events and quotes load no NLP stage or knowledge, extract does', () => {
    for (const cmd of ['docs', 'events', 'quotes']) {
      const mods = imported([cmd, '--db', join(dir, 'none.db')]);
      expect(mods, cmd).toContain(`cli/commands/${cmd}.js`);
      expect(mods.filter((m) => m.startsWith('stages/') || m.startsWith('knowledge/') || m.startsWith('pipeline/')), cmd).toEqual([]);
    }
    const extract = imported(['extract', join(ROOT, 'samples', 'nonexistent.txt')]);
    expect(extract.some((m) => m.startsWith('stages/'))).toBe(true);
  });
});
