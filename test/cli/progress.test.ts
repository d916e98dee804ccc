// The ingest progress bar counts documents (not batches) and never prints a non-finite ETA.
import { describe, expect, it } from 'vitest';
import { formatEta, Progress } from '../../src/cli/progress.ts';

/** A terminal-like stream that records what is written. */
function fakeTty(): NodeJS.WriteStream & { text: () => string } {
  let out = '';
  const s = {
    isTTY: true,
    columns: 120,
    write: (c: string) => ((out += c), true),
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
    text: () => out,
  };
  return s as unknown as NodeJS.WriteStream & { text: () => string };
}

describe('Progress', () => {
  it('counts the documents of each batch and shows no ETA before it can tell', () => {
    const tty = fakeTty();
    const p = new Progress(1000, true, tty, undefined, 0);
    p.tick(0); // nothing read yet: no estimate
    p.tick(100, 50); // a batch of 50 documents
    p.tick(100, 50);
    p.tick(50); // an unreadable input: bytes, no document
    p.stop();
    const text = tty.text();
    expect(text).toContain('100 docs');
    expect(text).not.toMatch(/NF|NaN|Infinity/);
  });

  it('formats the time left from the rate so far', () => {
    expect(formatEta(10_000, 0, 100)).toBe('');
    expect(formatEta(500, 50, 100)).toBe('');
    expect(formatEta(10_000, 50, 100)).toBe('ETA 10s');
    expect(formatEta(30_000, 25, 100)).toBe('ETA 1m 30s');
  });
});
