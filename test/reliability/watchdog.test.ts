// The test processes' watchdog (test/helpers/watchdog-core.ts): a main thread stuck in synchronous code is
// killed with one line naming the test and case, and one that notes its cases is left to finish.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fuzz-inputs.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), join(ROOT, 'test/helpers/watchdog-hang.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('test watchdog', () => {
  it('kills a process whose main thread loops without end, naming the test and case', () => {
    const r = run('1500', 'hang');
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toMatch(/watchdog: the test process \d+ made no progress for \d+ s .* in: watchdog-hang\.ts › a loop, case 1;/);
  });

  it('leaves alone a synchronous stretch longer than the limit that notes its cases', () => {
    const r = run('1500', 'busy', '4000');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('done');
    expect(r.stderr).not.toMatch(/watchdog/);
  });
});
