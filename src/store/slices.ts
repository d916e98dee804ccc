// Consecutive slices of a list, for statements that must stay under the backends' bound-parameter limits
// (IN lists, multi-row inserts).
export function* slices<T>(xs: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}
