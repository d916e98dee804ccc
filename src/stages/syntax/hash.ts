// Feature hashing for the tagger and parser: 32-bit string hashes computed once per token, mixed
// with a template id and other values into one non-zero 32-bit feature key (no vocabulary needed).

/** FNV-1a over the UTF-16 code units of s[from, to) (from clamped at 0), as a signed 32-bit value. */
export function rangeHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** FNV-1a over UTF-16 code units. */
export function strHash(s: string): number {
  return rangeHash(s, 0, s.length);
}

/** Murmur3-style finaliser over two 32-bit values. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function key1(t: number, a: number): number {
  return mix(t, a) || 1;
}
export function key2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b) || 1;
}
export function key3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t, a), b), c) || 1;
}
export function key4(t: number, a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(t, a), b), c), d) || 1;
}
