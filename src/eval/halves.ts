// Fixed two-way split of an evaluation corpus by document name (FNV-1a hash, lowest bit): rules are tuned
// on the errors of half A only and both halves are reported, so half B shows how the rules hold on text
// they were not written against.
export type Half = 'A' | 'B';

/** FNV-1a 32-bit hash of a string (code points). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The half a document belongs to, from its name alone (stable across runs and machines). */
export function halfOf(name: string): Half {
  return fnv1a(name) & 1 ? 'B' : 'A';
}
