// scripts/untuned-articles.ts: the articles held out for each kind of work are those the gold sets score
// (events-news dev always; PolNeAR's, TR-News's, MEANTIME's and GUM's half B by their evals' own halves).
// Reads ../shared/eval when present (skips otherwise); the refusals run as a child process, as used.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { heldOut } from '../../scripts/untuned-articles.ts';
import { udExtra } from '../../bench/real-news.ts';
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
    const pool = run(['--out', '/tmp/untuned-test', '--pool', 'blogs']);
    expect(pool.status).toBe(2);
    expect(pool.stderr.trim()).toMatch(/--pool blogs is unknown; use one of news, extra, both/);
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

  it.skipIf(!data)('the extra pool holds EWT weblogs and newsgroups (dated from their ids) and GUM interviews, never EWT test', () => {
    const [ewt, gum] = udExtra(data!);
    expect(ewt.articles.length).toBeGreaterThan(50);
    expect(gum.articles.length).toBeGreaterThan(5);
    for (const a of ewt.articles) {
      expect(a.id).toMatch(/^(weblog|newsgroup)-/);
      expect(a.date).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
      expect(a.text.length).toBeGreaterThan(0);
    }
    for (const a of gum.articles) expect(a.id).toMatch(/^GUM_interview_/);
    // the test split's documents are the parser's benchmark and stay out
    const ids = new Set(ewt.articles.map((a) => a.id));
    const test = readFileSync(resolve(data!, 'ud', 'en_ewt-ud-test.conllu'), 'utf8').match(/^# newdoc id = .+$/gm) ?? [];
    for (const line of test) expect(ids.has(line.slice('# newdoc id = '.length).trim())).toBe(false);
  });
});
