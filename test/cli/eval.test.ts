// `eventline eval` end to end: the seed set through the real command, JSON output, floors and a missing data folder.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { sharedDataDir, SHARED_MISSING } from '../../src/eval/data-dir.ts';

const data = sharedDataDir();
const dir = mkdtempSync(join(tmpdir(), 'eventline-eval-'));

describe('eventline eval', () => {
  it('skips every set with a clear line when the data folder is absent, and exits 0', () => {
    const r = runCli(['eval', '--data', join(dir, 'no-such-folder')], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/skipped seed: .*no-such-folder/);
    expect(r.stdout).toMatch(/skipped plv: /);
  });

  it.skipIf(!data)('scores the seed article for every component as JSON, meeting the floors', () => {
    if (!data) return console.warn(SHARED_MISSING);
    const r = runCli(['eval', '--data', data, '--set', 'seed', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { results: { set: string; component: string; metrics: Record<string, number> }[]; failures: string[] };
    expect(report.results.map((x) => x.component)).toEqual(['actors', 'time', 'places', 'quotes', 'events']);
    expect(report.failures).toEqual([]);
    const events = report.results.find((x) => x.component === 'events')!.metrics;
    expect(events.recall).toBe(1);
    expect(events.mustNotViolations).toBe(0);
  });
});
