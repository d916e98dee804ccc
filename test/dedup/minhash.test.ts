// MinHash signatures: identical texts match exactly, an edited wire copy stays above the near-duplicate
// threshold and shares LSH bands, unrelated stories do not; signatures survive encoding.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, HASHES, bandKeys, decodeSignature, encodeSignature, minhash, similarity, words } from '../../src/dedup/minhash.ts';
import { UNRELATED, WIRE_COPY, WIRE_ORIGINAL } from './wire-texts.ts';

describe('MinHash', () => {
  it('is deterministic and insensitive to case, punctuation and spacing', () => {
    expect(similarity(minhash(WIRE_ORIGINAL), minhash(WIRE_ORIGINAL))).toBe(1);
    expect(similarity(minhash(WIRE_ORIGINAL), minhash(WIRE_ORIGINAL.toUpperCase().replace(/\n\n/g, ' ').replace(/,/g, ' ,')))).toBe(1);
    expect(words("Minsk's border, 300 km")).toEqual(['minsk', 's', 'border', '300', 'km']);
  });

  it('keeps an edited wire copy above the threshold and sharing bands; separates unrelated stories', () => {
    const a = minhash(WIRE_ORIGINAL);
    const b = minhash(WIRE_COPY);
    const c = minhash(UNRELATED);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(similarity(a, b)).toBeLessThan(1);
    expect(similarity(a, c)).toBeLessThan(0.15);
    const shared = (x: Uint32Array, y: Uint32Array) => bandKeys(x).filter((k) => bandKeys(y).includes(k)).length;
    expect(shared(a, b)).toBeGreaterThan(0);
    expect(shared(a, c)).toBe(0);
  });

  it('encodes and decodes signatures losslessly', () => {
    const s = minhash(WIRE_COPY);
    const back = decodeSignature(encodeSignature(s));
    expect(back).toHaveLength(HASHES);
    expect([...back]).toEqual([...s]);
    expect(minhash('')).toHaveLength(HASHES);
  });
});
