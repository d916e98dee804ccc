// scripts/untuned-articles.ts: the articles held out for each kind of work are those the gold sets score
// (events-news dev always; PolNeAR's, TR-News's, MEANTIME's and GUM's half B by their evals' own halves).
// Reads ../shared/eval when present (skips otherwise); the refusals run as a child process, as used.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { heldOut } from '../../scripts/untuned-articles.ts';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import { loadPolnear, polnearHalf } from '../../src/eval/polnear.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'bin/run.js'), 'scripts/untuned-articles.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const data = sharedDataDir();

describe('untuned-articles', () => {
  it('refuses an output folder inside the repository and an unknown purpose, with one line each', () => {
    const inside = run(['--out', 'scripts/tmp-untuned', '--for', 'events']);
    expect(inside.status).toBe(2);
    expect(inside.stderr.trim()).toMatch(/inside the repository/);
    const unknown = run(['--out', '/tmp/untuned-test', '--for', 'speeches']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/--for speeches is unknown; use one of events, quotes/);
  });

  it.skipIf(!data)('holds out the events gold always, and PolNeAR half B only for quotes', () => {
    const events = heldOut(data!, 'events');
    expect([...events.values()].every((why) => why === 'events-news dev')).toBe(true);
    expect(events.size).toBeGreaterThan(0);
    const quotes = heldOut(data!, 'quotes');
    const halfB = loadPolnear(data!).filter((a) => polnearHalf(a.name) === 'B').map((a) => `polnear-${a.name}`);
    expect(halfB.length).toBeGreaterThan(0);
    for (const id of halfB) expect(quotes.has(id)).toBe(true);
    for (const [id, why] of quotes) if (why === 'PolNeAR half B') expect(halfB).toContain(id);
    // no half A article is held out for quotes unless it is events gold
    const halfA = loadPolnear(data!).filter((a) => polnearHalf(a.name) === 'A').map((a) => `polnear-${a.name}`);
    for (const id of halfA) expect(quotes.get(id) ?? 'events-news dev').toBe('events-news dev');
    // `all` holds out at least what each purpose does
    const all = heldOut(data!, 'all');
    for (const p of ['quotes', 'places', 'time', 'entities'] as const) for (const id of heldOut(data!, p).keys()) expect(all.has(id)).toBe(true);
  });
});
