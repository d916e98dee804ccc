// The `eval --errors FILE` dump: one run empties the file, then each set appends its own section.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startErrorDump, writeErrorDump } from '../../src/eval/error-dump.ts';
import type { EvalContext } from '../../src/eval/types.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';

describe('error dump', () => {
  it('keeps every set’s section under its name, after emptying the file once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eventline-errors-')), 'errors.txt');
    writeFileSync(file, 'left over from an earlier run\n');
    const ctx: EvalContext = { dataDir: '.', pipeline: {} as Pipeline, errorsFile: file };
    startErrorDump(ctx);
    writeErrorDump(ctx, 'events-news', ['a missed record']);
    writeErrorDump(ctx, 'meantime', ['half\tdoc', 'A\td1']);
    expect(readFileSync(file, 'utf8')).toBe('# events-news\na missed record\n# meantime\nhalf\tdoc\nA\td1\n');
  });

  it('writes nothing when no file is asked for', () => {
    const ctx: EvalContext = { dataDir: '.', pipeline: {} as Pipeline };
    expect(() => {
      startErrorDump(ctx);
      writeErrorDump(ctx, 'plv', ['x']);
    }).not.toThrow();
  });
});
