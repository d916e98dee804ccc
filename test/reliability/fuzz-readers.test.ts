// Fuzzing the readers (dated/plain text, JSONL lines and whole JSONL files) with generated and mutated
// inputs: no exception, no hang, and every outcome is a document or a one-line `skipped FILE[:LINE]` problem.
// FUZZ_RUNS scales the case count (CI default: 10,000 per reader).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonlFile, readTextFile, parseJsonlLine, type ReadItem } from '../../src/ingest/readers.ts';
import { formatProblem, type InputProblem } from '../../src/ingest/problem.ts';
import { isIsoDate } from '../../src/ingest/date-line.ts';
import { jsonlFileBytes, jsonlLine, sampleSeeds, textFileBytes } from './fuzz-inputs.ts';
import { FUZZ_SEED, watchedCase } from '../helpers/watchdog.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Slowest acceptable single read; the readers are linear, so anything near this is a hang. */
const MAX_CASE_MS = 2000;

const dir = mkdtempSync(join(tmpdir(), 'eventline-fuzz-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = sampleSeeds();
export const stats: Record<string, { cases: number; docs: number; problems: number; maxMs: number }> = {};

/** A problem must print as exactly one line with no terminal control characters. */
function checkProblem(p: InputProblem, file: string, maxLine?: number): void {
  const line = formatProblem(p);
  expect(line.startsWith(`skipped ${file}`)).toBe(true); // (temp paths have no control characters)
  expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/); // one line, no terminal control
  expect(p.reason.length).toBeGreaterThan(0);
  expect(p.fix.length).toBeGreaterThan(0);
  if (p.line !== undefined) {
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    if (maxLine !== undefined) expect(p.line).toBeLessThanOrEqual(maxLine);
  }
}

function checkItem(item: ReadItem, file: string, maxLine?: number): 'doc' | 'problem' {
  expect(item.bytes).toBeGreaterThanOrEqual(0);
  if ('problem' in item) {
    checkProblem(item.problem, file, maxLine);
    return 'problem';
  }
  expect(isIsoDate(item.doc.date)).toBe(true);
  expect(item.doc.text.trim()).not.toBe('');
  return 'doc';
}

function timed<T>(name: string, fn: () => T): T {
  const t = performance.now();
  const out = fn();
  const ms = performance.now() - t;
  const s = (stats[name] ??= { cases: 0, docs: 0, problems: 0, maxMs: 0 });
  s.cases++;
  s.maxMs = Math.max(s.maxMs, ms);
  expect(ms, `${name}: one case took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_CASE_MS);
  return out;
}

describe(`reader fuzzing (${RUNS} cases each)`, () => {
  it('dated text files (and plain text with --date)', () => {
    let i = 0;
    fc.assert(
      fc.property(textFileBytes(seeds.texts), fc.boolean(), watchedCase((bytes, withDate) => {
        const file = join(dir, `t${i++ % 50}.txt`);
        writeFileSync(file, bytes);
        const item = timed('text', () => readTextFile({ path: file, size: bytes.length, format: 'text' }, withDate ? { date: '2024-01-31' } : {}));
        stats.text[checkItem(item, file, bytes.length + 1) === 'doc' ? 'docs' : 'problems']++;
      })),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    expect(stats.text.docs).toBeGreaterThan(RUNS / 20); // the generator reaches the happy path too
    expect(stats.text.problems).toBeGreaterThan(RUNS / 20);
  }, 600_000);

  it('JSONL lines', () => {
    fc.assert(
      fc.property(jsonlLine(seeds.jsonl), fc.option(fc.constant('2024-01-31')), watchedCase((line, date) => {
        const out = timed('jsonl-line', () => parseJsonlLine('in.jsonl', 7, line, date ? { date } : {}));
        if ('reason' in out) {
          checkProblem(out, 'in.jsonl');
          expect(out.line).toBe(7);
          stats['jsonl-line'].problems++;
        } else {
          expect(isIsoDate(out.date)).toBe(true);
          expect(out.text.trim()).not.toBe('');
          stats['jsonl-line'].docs++;
        }
      })),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    expect(stats['jsonl-line'].docs).toBeGreaterThan(RUNS / 20);
  }, 600_000);

  it('whole JSONL files', () => {
    let i = 0;
    fc.assert(
      fc.property(jsonlFileBytes(seeds.jsonl), watchedCase((bytes) => {
        const file = join(dir, `j${i++ % 50}.jsonl`);
        writeFileSync(file, bytes);
        const lines = bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
        const items = timed('jsonl-file', () => [...readJsonlFile({ path: file, size: bytes.length, format: 'jsonl' })]);
        expect(items.length).toBeGreaterThan(0); // an empty or blank file is reported, never silently passed
        let docs = 0;
        for (const it of items) if (checkItem(it, file, lines) === 'doc') docs++;
        expect(docs).toBeLessThanOrEqual(lines);
        stats['jsonl-file'].docs += docs;
        stats['jsonl-file'].problems += items.length - docs;
      })),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
  }, 600_000);

  it('prints the figures', () => {
    for (const [name, s] of Object.entries(stats)) {
      console.log(`fuzz ${name}: ${s.cases} cases, ${s.docs} documents, ${s.problems} problems, slowest case ${s.maxMs.toFixed(1)} ms`);
    }
    expect(Object.keys(stats).length).toBe(3);
  });
});
