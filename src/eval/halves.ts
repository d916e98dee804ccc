// Fixed two-way splits of an evaluation corpus by document name, for tuning discipline: rules are tuned
// on the errors of half A only and both halves are reported, so half B shows how the rules hold on text
// they were not written against. Two forms: by the hash's lowest bit (halfOf: the time sets), and by the
// rank of the hash (halves: balanced even for a set of eleven documents; the entity sets).
import { strHash } from '../stages/syntax/hash.ts';

export type Half = 'A' | 'B';

/** FNV-1a 32-bit hash of a string's UTF-16 code units (equal to the code-point form for BMP text). */
export function fnv1a(s: string): number {
  return strHash(s) >>> 0;
}

/** The half a document belongs to, from its name alone (stable across runs and machines). */
export function halfOf(name: string): Half {
  return fnv1a(name) & 1 ? 'B' : 'A';
}

/** The half of each of a set's document ids: ordered by hash, the first half (rounded up) is A. */
export function halves(ids: string[]): Map<string, Half> {
  const order = [...new Set(ids)].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const cut = Math.ceil(order.length / 2);
  return new Map(order.map((id, i) => [id, i < cut ? 'A' : 'B']));
}
