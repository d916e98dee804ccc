// Per-document limits: the checks themselves, the environment overrides, and `eventline ingest` turning an
// over-limit document into a one-line skipped problem (exit 3) while the other documents are stored.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkBeforePipeline, DEFAULT_LIMITS, estimateTokens, limitProblem, limitsFromEnv } from '../../src/pipeline/limits.ts';
import { createDoc } from '../../src/doc/doc.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { ROOT } from './ingest-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('document limits', () => {
  it('estimates tokens as runs of non-space', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('  Kenya  accused\u3000Ethiopia.\n')).toBe(3);
    expect(estimateTokens('a\u00a0b\u2028c')).toBe(3);
  });

  it('refuses too many characters or words before any stage runs', () => {
    expect(checkBeforePipeline({ text: 'x'.repeat(11) }, { ...DEFAULT_LIMITS, maxChars: 10 })).toMatchObject({
      limit: 'maxChars',
      reason: 'document has 11 characters, over the 10 limit',
    });
    expect(checkBeforePipeline({ text: 'a b c d' }, { ...DEFAULT_LIMITS, maxTokens: 3 })).toMatchObject({ limit: 'maxTokens' });
    expect(checkBeforePipeline({ text: 'a b c' }, { ...DEFAULT_LIMITS, maxTokens: 3 })).toBeNull();
  });

  it('reads overrides from the environment and rejects bad values', () => {
    expect(limitsFromEnv({ EVENTLINE_MAX_CHARS: '500', EVENTLINE_DOC_TIMEOUT_MS: '' })).toEqual({ ...DEFAULT_LIMITS, maxChars: 500 });
    expect(() => limitsFromEnv({ EVENTLINE_MAX_TOKENS: '-3' })).toThrow(/EVENTLINE_MAX_TOKENS="-3" must be a positive whole number/);
  });

  it('names the file and JSONL line of a skipped document', () => {
    const v = { limit: 'maxChars' as const, reason: 'r', fix: 'f' };
    expect(formatProblem(limitProblem(createDoc({ date: '2024-01-01', text: 't', origin: 'in/a.jsonl:12' }), v))).toBe('skipped in/a.jsonl:12: r; f');
    expect(formatProblem(limitProblem(createDoc({ date: '2024-01-01', text: 't', origin: 'in/b.txt' }), v))).toBe('skipped in/b.txt: r; f');
  });

  it('eventline ingest skips an over-limit document with a one-line problem and stores the rest', () => {
    const input = join(dir, 'in');
    rmSync(input, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', input]);
    writeFileSync(join(input, 'short.txt'), 'date 2023-05-02\nKenya accused Ethiopia of shelling border villages on Monday.\n');
    writeFileSync(join(input, 'long.txt'), `date 2023-05-02\n${'Kenya accused Ethiopia of shelling border villages. '.repeat(40)}\n`);
    writeFileSync(
      join(input, 'wire.jsonl'),
      [
        JSON.stringify({ date: '2023-05-03', text: 'Egypt urged Sudan to agree to a truce.' }),
        JSON.stringify({ date: '2023-05-03', text: 'Pakistan and India held talks. '.repeat(50) }),
      ].join('\n'),
    );
    const db = join(dir, 'l.db');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/eventline.js'), 'ingest', input, '--db', db], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, EVENTLINE_DB: '', EVENTLINE_MAX_CHARS: '1000' },
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('skipped'));
    expect(lines).toEqual([
      expect.stringMatching(/^skipped .*long\.txt: document has 2\d{3} characters, over the 1000 limit; split it into separate articles \(or raise EVENTLINE_MAX_CHARS\)$/),
      expect.stringMatching(/^skipped .*wire\.jsonl:2: document has 1550 characters, over the 1000 limit; /),
    ]);
    expect(r.stderr).toMatch(/ingested 2 documents .*\(0 already stored, 2 inputs skipped\)/);

    // the time watchdog: with a 1 ms budget every document stops after its first stage and is skipped
    const slow = spawnSync(process.execPath, [join(ROOT, 'bin/eventline.js'), 'ingest', join(input, 'short.txt'), '--db', join(dir, 'w.db'), '--workers', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, EVENTLINE_DB: '', EVENTLINE_DOC_TIMEOUT_MS: '1' },
      timeout: 180_000,
    });
    expect(slow.status, slow.stderr).toBe(3);
    expect(slow.stderr).toMatch(/skipped .*short\.txt: annotation took \d+ ms \(over the 1 ms limit\) by the end of stage "\w+"; /);
    expect(slow.stderr).toMatch(/ingested 0 documents/);
  }, 300_000);
});
