// Which documents of an ingest batch go through the pipeline: those not stored yet and not repeated within
// the batch, and — when limits are given — within the per-document size limits (src/pipeline/limits.ts).
// Shared by `eventline ingest`, `eventline watch`, the queue worker and POST /api/documents; watch and the
// queue worker also take annotateFresh(), which leaves out what the time watchdog stopped.
import type { Doc } from '../doc/types.ts';
import { checkBeforePipeline, limitProblem, partitionLimited, type DocLimits } from '../pipeline/limits.ts';
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

/** A batch annotated for saving: the documents to save, the problems of those a limit stopped, the known ones. */
export interface AnnotatedBatch {
  save: Doc[];
  problems: InputProblem[];
  /** Stored already or repeated within the batch. */
  known: number;
}

/**
 * For the callers that annotate and save batch by batch (`eventline watch`, the queue worker): sorts the
 * batch under the size limits, annotates the fresh documents (the annotator applies the time watchdog)
 * and leaves out those a limit stopped, so a half-annotated document is never saved.
 */
export async function annotateFresh(
  docs: Doc[],
  store: Pick<Store, 'existingIds'>,
  annotator: { annotate(docs: Doc[]): Promise<Doc[]> },
  limits: DocLimits,
): Promise<AnnotatedBatch> {
  const sorted = await sortBatch(docs, (d) => d, store, { limits });
  const { ok, problems } = partitionLimited(sorted.fresh.length ? await annotator.annotate(sorted.fresh) : []);
  return { save: ok, problems: [...sorted.over.map((o) => o.problem), ...problems], known: sorted.known.length };
}
