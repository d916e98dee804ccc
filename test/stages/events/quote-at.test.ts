// Which quote an event trigger lies in: the smallest content holding it, a discontinuous content only
// in its parts (not in the frame between them), never an intention's content (the source's own act).
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../../src/stages/events/match.ts';
import type { Quote } from '../../../src/doc/types.ts';

const quote = (start: number, end: number, extra: Partial<Quote> = {}): Quote => ({ start, end, text: 'x'.repeat(end - start), kind: 'direct', speaker: null, cue: 'said', outlet: null, ...extra });

describe('quoteAt', () => {
  it('reads a discontinuous quote only in its parts', () => {
    const qs = [quote(0, 60, { parts: [{ start: 0, end: 20 }, { start: 40, end: 60 }] })];
    expect(quoteAt(qs, 10)).toBe(0);
    expect(quoteAt(qs, 30)).toBe(-1);
    expect(quoteAt(qs, 50)).toBe(0);
  });

  it('skips an intention and prefers the smallest content', () => {
    const qs = [quote(0, 100), quote(10, 30, { kind: 'indirect', intent: true }), quote(40, 60, { kind: 'indirect' })];
    expect(quoteAt(qs, 20)).toBe(0);
    expect(quoteAt(qs, 50)).toBe(2);
  });
});
