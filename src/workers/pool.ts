// Annotators: a piscina pool of worker threads, each running its own copy of the pipeline, or the
// pipeline in this thread (workers 0 or 1). Both take a batch of documents and give it back annotated.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Doc } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { annotateBatch } from './annotate-task.ts';

export interface Annotator {
  /** Number of worker threads (0 when annotating in this thread). */
  readonly workers: number;
  annotate(docs: Doc[]): Promise<Doc[]>;
  close(): Promise<void>;
}

/**
 * Pipeline threads for an ingest: one per core but one, which the main thread keeps as the single database
 * writer. Measured on 2 cores (docs/scale.md): the writer costs about as much per article as the pipeline,
 * so a second pipeline thread only took CPU from it (2 threads: 0.82x the throughput of 1).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

const WORKER_FILE = fileURLToPath(new URL('./annotate-worker.js', import.meta.url));

/**
 * Annotates in `workers` worker threads (1 = one thread beside this one), or in this thread when 0. `knowledge`: extra folders;
 * `local` supplies the in-thread pipeline (default: built from the same folders).
 */
export function createAnnotator(workers: number, knowledge: string[] = [], local?: () => Promise<Pipeline>): Annotator {
  const dirs = knowledge.map((d) => resolve(d));
  if (workers <= 0) {
    let pipeline: Promise<Pipeline> | null = null;
    return {
      workers: 0,
      annotate: async (docs) => {
        if (!local) return annotateBatch({ docs, knowledge: dirs });
        const p = await (pipeline ??= local());
        for (const doc of docs) p.run(doc);
        return docs;
      },
      close: async () => {},
    };
  }
  return createPoolAnnotator(workers, dirs);
}

/** A pool of exactly `workers` threads (at least one), each with its own pipeline. */
export function createPoolAnnotator(workers: number, knowledge: string[] = []): Annotator {
  const dirs = knowledge.map((d) => resolve(d));
  const threads = Math.max(1, workers);
  const pool = new Piscina({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  return {
    workers: threads,
    annotate: (docs) => pool.run({ docs, knowledge: dirs }) as Promise<Doc[]>,
    close: () => pool.destroy(),
  };
}
