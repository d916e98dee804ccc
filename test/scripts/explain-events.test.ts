// scripts/explain-events.ts --dir: every dated text file of a folder with the pipeline loaded once, one JSON
// line per candidate trigger naming its verdict, and the counts at the end (run as a child process, as used).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'bin/run.js'), 'scripts/explain-events.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

interface Line { file: string; start: number; end: number; trigger: string; lemma: string; verdict: string; tried: string[]; drops: { reason: string }[]; records: { type: string }[] }

describe('explain-events --dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  writeFileSync(join(dir, 'one.txt'), 'date: 2024-03-04\nFrance condemned Germany on Monday. The weather was mild in Paris. Officials had lunch together.\n');
  writeFileSync(join(dir, 'two.txt'), 'date: 2024-03-05\nGermany praised France on Tuesday. The new laptop went on sale. A man traveled to a village by train.\n');
  writeFileSync(join(dir, 'undated.txt'), 'Germany praised France on Tuesday.\n');
  const out = join(mkdtempSync(join(tmpdir(), 'explain-out-')), 'lines.jsonl');
  const r = run(['--dir', dir, '--jsonl', out, '--by-lemma']);
  const lines = r.code === 0 ? readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line) : [];

  it('writes one line per candidate trigger of each dated file, naming its verdict and the record made', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(new Set(lines.map((l) => l.file))).toEqual(new Set(['one.txt', 'two.txt']));
    const condemned = lines.find((l) => l.file === 'one.txt' && l.trigger === 'condemned')!;
    expect(condemned.verdict).toBe('coded');
    expect(condemned.records.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(condemned.tried.length).toBeGreaterThan(0);
    expect(condemned.start).toBe(0);
    expect(lines.find((l) => l.file === 'two.txt' && l.trigger === 'praised')?.verdict).toBe('coded');
    // "had" is tagged an auxiliary here or the templates found no parties: a verdict, never a record
    const had = lines.find((l) => l.file === 'one.txt' && l.lemma === 'have')!;
    expect(had.records).toEqual([]);
    expect(['wrong-tag', 'no-match', 'no-parties', 'refused']).toContain(had.verdict);
  });

  it('names a dropped candidate with its reason', () => {
    const travel = lines.find((l) => l.file === 'two.txt' && l.lemma === 'travel')!;
    expect(travel.verdict).toBe('dropped');
    expect(travel.drops.map((d) => d.reason)).toContain('private travel');
  });

  it('ends with the counts by verdict, drop reason and lemma', () => {
    expect(r.stdout).toMatch(/^2 files, \d+ candidate triggers/);
    expect(r.stdout).toMatch(/by verdict \(\d+\)\n\s+\d+\s+\S/);
    expect(r.stdout).toMatch(/by drop reason[^\n]*\n\s+1\s+private travel/);
    expect(r.stdout).toMatch(/by lemma[^\n]*\n\s+lemma\s+all/);
  });

  it('keeps the lemmas asked for only, and writes no lines inside the repository', () => {
    const only = run(['--dir', dir, '--lemma', 'praise']);
    expect(only.code, only.stderr).toBe(0);
    const got = only.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(got.map((l) => `${l.file} ${l.lemma} ${l.verdict}`)).toEqual(['two.txt praise coded']);
    expect(only.stderr).toMatch(/by verdict \(1\)/);
    const inside = run(['--dir', dir, '--jsonl', join(ROOT, 'explain-lines.jsonl')]);
    expect(inside.code).not.toBe(0);
    expect(inside.stderr).toMatch(/outside the repository/);
  });
});
