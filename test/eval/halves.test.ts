import { describe, expect, it } from 'vitest';
import { fnv1a, halfOf } from '../../src/eval/halves.ts';

describe('fixed evaluation halves', () => {
  it('hashes with FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('puts a name in the same half every time and uses both halves', () => {
    const names = Array.from({ length: 200 }, (_, i) => `doc_${i}`);
    const halves = names.map(halfOf);
    expect(names.map(halfOf)).toEqual(halves);
    const a = halves.filter((h) => h === 'A').length;
    expect(a).toBeGreaterThan(60);
    expect(a).toBeLessThan(140);
  });
});
