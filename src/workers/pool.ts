// Annotators: a piscina pool of worker threads, each running its own copy of the pipeline, or the
// pipeline in this thread (workers 0 or 1). Both take a batch of documents and give it back annotated.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type * as PiscinaModule from 'piscina';
import type { Doc } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { LIMIT_SOURCE } from '../pipeline/limits.ts';
import { annotateBatch, type AnnotateTask } from './annotate-task.ts';
import { fromTransfer, type DocTransfer } from './transfer.ts';
import { sharedModelBytes } from '../stages/syntax/model.ts';

export interface Annotator {
  /** Number of worker threads (0 when annotating in this thread). */
  readonly workers: number;
  annotate(docs: Doc[]): Promise<Doc[]>;
  close(): Promise<void>;
}

/**
 * Pipeline threads for an ingest: one per core but one, which the main thread keeps as the single database
 * writer. Measured on 2 cores (docs/scale.md): the writer costs about as much per article as the pipeline,
 * so a second pipeline thread only takes CPU from it (2 threads: 0.79–1.02x the throughput of 1).
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

/**
 * Heap limits of a pipeline thread. Without them V8 lets each thread's heap grow to ~4x its live size
 * (~80 MB of knowledge and model) before collecting: 2 threads + the writer peaked at 1.09 GB for an ingest,
 * 0.82 GB with these limits at the same speed (docs/scale.md). Tasks are cut by size (TASK_CHARS) so the
 * largest allowed documents still fit; a task that runs out anyway is retried document by document.
 */
export function workerHeapLimits(env: NodeJS.ProcessEnv = process.env): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const raw = env.EVENTLINE_WORKER_HEAP_MB;
  const mb = raw === undefined || raw === '' ? 384 : Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`EVENTLINE_WORKER_HEAP_MB="${raw}" must be a whole number of megabytes, at least 128`);
  return { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: 16 };
}

/** Most characters of text sent to a thread in one task (a batch of 50 news articles is ~110k). */
export const TASK_CHARS = 400_000;

/** Consecutive runs of documents of at most `maxChars` characters together (a longer document alone). */
export function chunkByChars(docs: Doc[], maxChars: number): Doc[][] {
  const out: Doc[][] = [];
  let cur: Doc[] = [];
  let chars = 0;
  for (const d of docs) {
    if (cur.length && chars + d.text.length > maxChars) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(d);
    chars += d.text.length;
  }
  if (cur.length) out.push(cur);
  return out;
}

const outOfMemory = (err: unknown) => (err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * `run` with a fallback for a task whose thread ran out of heap: retried one document at a time, and a
 * document that cannot be annotated alone comes back marked as stopped by a limit (a skipped-document
 * problem, never saved) instead of failing the whole ingest.
 */
export function retryOutOfMemory(run: (docs: Doc[]) => Promise<Doc[]>, heapMb: number): (docs: Doc[]) => Promise<Doc[]> {
  const task = async (docs: Doc[]): Promise<Doc[]> => {
    try {
      return await run(docs);
    } catch (err) {
      if (!outOfMemory(err)) throw err;
      if (docs.length > 1) return (await Promise.all(docs.map((d) => task([d])))).flat();
      docs[0].messages.push({
        severity: 'error', source: LIMIT_SOURCE,
        text: `annotating it needed more than a pipeline thread's ${heapMb} MB heap; split it into separate articles (or raise EVENTLINE_WORKER_HEAP_MB)`,
      });
      return docs;
    }
  };
  return task;
}

/**
 * A pool of exactly `workers` threads (at least one), each with its own pipeline and a bounded heap; the
 * documents come back with their tokens packed (src/workers/transfer.ts).
 */
export function createPoolAnnotator(workers: number, knowledge: string[] = []): Annotator {
  const dirs = knowledge.map((d) => resolve(d));
  const threads = Math.max(1, workers);
  const limits = workerHeapLimits();
  // the syntax model's bytes are read once and shared by every thread (src/stages/syntax/model.ts)
  const workerData = { syntaxModel: sharedModelBytes() };
  // loaded here, not at import: a run on one thread never pays for it
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof PiscinaModule;
  const pool = new Piscina({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, resourceLimits: limits, workerData });
  const runTask = retryOutOfMemory(async (docs) => {
    const task: AnnotateTask = { docs, knowledge: dirs };
    return ((await pool.run(task)) as DocTransfer[]).map(fromTransfer);
  }, limits.maxOldGenerationSizeMb);
  return {
    workers: threads,
    annotate: async (docs) => (await Promise.all(chunkByChars(docs, TASK_CHARS).map(runTask))).flat(),
    close: () => pool.destroy(),
  };
}
