// The benchmark's measuring workers: run over a tiny generated corpus, they report consistent counts
// (eventline's tokens/entities, compromise's entities) and timings, as the bench table prints them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusToJsonl, generateCorpus } from '../../bench/corpus.ts';
import { PROJECT_ROOT } from '../../src/eval/data-dir.ts';
import { tokenize } from '../../src/stages/tokens/tokens.ts';

const articles = generateCorpus(12_000, 7);
const corpus = join(mkdtempSync(join(tmpdir(), 'eventline-bench-')), 'corpus.jsonl');
writeFileSync(corpus, corpusToJsonl(articles));

function worker(system: string, extra: string[] = []): Record<string, unknown> {
  const res = spawnSync(
    process.execPath,
    ['bin/run.js', 'bench/bench.ts', '--worker', system, '--corpus', corpus, '--warmup', '1', ...extra],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  expect(res.status, res.stderr).toBe(0);
  return JSON.parse(res.stdout.trim().split('\n').pop()!);
}

describe('bench workers', () => {
  it('eventline: counts every document and every token of the full pipeline, per component too', () => {
    const r = worker('eventline');
    const tokens = articles.reduce((n, a) => n + tokenize(a.text).tokens.length, 0);
    expect(r.system).toBe('eventline');
    expect(r.docs).toBe(articles.length);
    expect(r.tokens).toBe(tokens);
    expect(r.chars).toBe(articles.reduce((n, a) => n + a.text.length, 0));
    expect(r.seconds as number).toBeGreaterThan(0);
    expect(r.tokensPerSecond).toBe(Math.round(tokens / (r.seconds as number)));
    expect(r.cpuSeconds as number).toBeGreaterThan(0);
    expect(r.peakRssMb as number).toBeGreaterThanOrEqual(r.rssBeforeMb as number);
    expect(Object.keys(r.stages as object)).toEqual(['tokens', 'syntax', 'actors', 'time', 'places', 'quotes', 'speech-time', 'events']);
    // the CPU seconds per component, all threads: each at least zero, together at most the pass's CPU
    const cpu = r.stagesCpu as Record<string, number>;
    expect(Object.keys(cpu)).toEqual(Object.keys(r.stages as object));
    expect(Object.values(cpu).every((v) => v >= 0)).toBe(true);
    expect(Object.values(cpu).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((r.cpuSeconds as number) + 0.01);
  });

  it('compromise: extracts entities from the same documents, using the token count it is given', () => {
    const r = worker('compromise:1000');
    expect(r.system).toBe('compromise');
    expect(r.docs).toBe(articles.length);
    expect(r.tokens).toBe(1000);
    expect(r.entities as number).toBeGreaterThan(articles.length);
    expect(r.seconds as number).toBeGreaterThan(0);
  });

  it('--warm-passes: the timed pass after whole passes counts the same documents and tokens', () => {
    const cold = worker('eventline');
    const warm = worker('eventline', ['--warm-passes', '1']);
    expect(warm.docs).toBe(cold.docs);
    expect(warm.tokens).toBe(cold.tokens);
    expect(warm.entities).toBe(cold.entities);
  });

  it('--warm-passes must be a whole number', () => {
    const res = spawnSync(process.execPath, ['bin/run.js', 'bench/bench.ts', '--warm-passes', '-1'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('--warm-passes must be a whole number');
  });
});
