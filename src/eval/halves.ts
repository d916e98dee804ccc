// Fixed halves of a gold set for tuning discipline: documents ordered by a hash of their id (FNV-1a,
// 32 bits), the first half (rounded up) is A, the rest B: stable across runs and machines, independent of
// file order, and balanced even for a set of eleven documents. Errors of half A may be read while
// tuning; half B is reported, not looked at.

export type Half = 'A' | 'B';

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The half of each of a set's document ids. */
export function halves(ids: string[]): Map<string, Half> {
  const order = [...new Set(ids)].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const cut = Math.ceil(order.length / 2);
  return new Map(order.map((id, i) => [id, i < cut ? 'A' : 'B']));
}
