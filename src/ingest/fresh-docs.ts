// Which documents of an ingest batch go through the pipeline: those not stored yet and not repeated within
// the batch, and — when limits are given — within the per-document size limits (src/pipeline/limits.ts).
// Shared by `eventline ingest`, `eventline watch`, the queue worker and POST /api/documents.
import type { Doc } from '../doc/types.ts';
import { checkBeforePipeline, limitProblem, type DocLimits } from '../pipeline/limits.ts';
import type { Store } from '../store/store.ts';
import type { InputProblem } from './problem.ts';

export interface SortedBatch<T> {
  /** To annotate and store, in batch order. */
  fresh: T[];
  /** Stored already, or a repeat of an earlier item of the batch. */
  known: T[];
  /** Over a size limit: never annotated. */
  over: { item: T; problem: InputProblem }[];
}

export async function sortBatch<T>(
  items: T[],
  docOf: (item: T) => Doc,
  store: Pick<Store, 'existingIds'>,
  opts: { limits?: DocLimits; replace?: boolean } = {},
): Promise<SortedBatch<T>> {
  const stored = opts.replace ? new Set<string>() : await store.existingIds(items.map((x) => docOf(x).id));
  const out: SortedBatch<T> = { fresh: [], known: [], over: [] };
  const taken = new Set<string>();
  for (const item of items) {
    const doc = docOf(item);
    if (stored.has(doc.id) || taken.has(doc.id)) {
      out.known.push(item);
      continue;
    }
    const v = opts.limits ? checkBeforePipeline(doc, opts.limits) : null;
    if (v) out.over.push({ item, problem: limitProblem(doc, v) });
    else {
      out.fresh.push(item);
      taken.add(doc.id);
    }
  }
  return out;
}
