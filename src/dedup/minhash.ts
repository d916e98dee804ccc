// MinHash signatures over word shingles, and LSH band keys, for finding near-duplicate articles (wire
// copies of the same story with small edits). Deterministic: the same text always gives the same signature.
export const HASHES = 64;
export const BANDS = 16;
export const ROWS = HASHES / BANDS;
export const SHINGLE_WORDS = 4;
/** Estimated Jaccard similarity of shingle sets from which two documents count as near-duplicates. */
export const DEFAULT_THRESHOLD = 0.6;

/** Lower-cased words (letters and digits), the unit of shingles: punctuation and spacing edits do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32)
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature: per hash function, the minimum over the text's shingles. */
export function minhash(text: string): Uint32Array {
  const w = words(text);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    const shingle = w.slice(i, i + SHINGLE_WORDS).join(' ');
    const h1 = fnv1a(shingle, 0);
    const h2 = fnv1a(shingle, 0x9e3779b9) | 1;
    for (let k = 0; k < HASHES; k++) {
      const h = (h1 + Math.imul(k, h2)) >>> 0;
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** LSH band keys: documents sharing any band are candidates (likely when similarity ≥ ~0.5). */
export function bandKeys(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = `${b.toString(16)}:`;
    for (let r = 0; r < ROWS; r++) key += sig[b * ROWS + r].toString(16).padStart(8, '0');
    out.push(key);
  }
  return out;
}

export function encodeSignature(sig: Uint32Array): string {
  const buf = Buffer.alloc(HASHES * 4);
  for (let k = 0; k < HASHES; k++) buf.writeUInt32LE(sig[k], k * 4);
  return buf.toString('base64');
}

export function decodeSignature(s: string): Uint32Array {
  const buf = Buffer.from(s, 'base64');
  const out = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) out[k] = buf.readUInt32LE(k * 4);
  return out;
}
