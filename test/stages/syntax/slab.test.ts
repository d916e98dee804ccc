// The typed arrays cut from shared blocks: zeroed, disjoint, of the asked length, large ones alone.
import { describe, expect, it } from 'vitest';
import { Slab } from '../../../src/stages/syntax/slab.ts';

describe('Slab', () => {
  it('hands out zeroed arrays of the asked length that share no element', () => {
    const ints = new Slab((n) => new Int32Array(n));
    const a = ints.take(5);
    const b = ints.take(7);
    expect(a).toBeInstanceOf(Int32Array);
    expect([a.length, b.length]).toEqual([5, 7]);
    expect([...a, ...b].every((x) => x === 0)).toBe(true);
    a.fill(-1);
    b.fill(9);
    expect([...a]).toEqual([-1, -1, -1, -1, -1]);
    expect([...b]).toEqual([9, 9, 9, 9, 9, 9, 9]);
    expect(ints.take(0).length).toBe(0);
  });

  it('starts a new zeroed block when the current one is used up, and never hands a stretch out twice', () => {
    const bytes = new Slab((n) => new Uint8Array(n));
    const seen: Uint8Array[] = [];
    for (let k = 0; k < 300; k++) {
      const x = bytes.take(100);
      expect(x.every((v) => v === 0)).toBe(true);
      x.fill(k % 255 + 1);
      seen.push(x);
    }
    // every array still holds what was written to it
    seen.forEach((x, k) => expect(x.every((v) => v === k % 255 + 1)).toBe(true));
  });

  it('makes a large array on its own', () => {
    const floats = new Slab((n) => new Float32Array(n));
    const big = floats.take(100000);
    expect(big.length).toBe(100000);
    expect(big.buffer.byteLength).toBe(400000);
    expect(floats.take(3).buffer).not.toBe(big.buffer);
  });
});
