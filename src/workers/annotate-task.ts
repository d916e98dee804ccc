// The worker-side task: annotate a batch of documents with the default pipeline built from the given
// knowledge folders (built once per worker thread and per folder list, then reused for every batch).
import type { Doc } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { runLimited } from '../pipeline/limits.ts';
import { toTransfer, type DocTransfer } from './transfer.ts';

export interface AnnotateTask {
  docs: Doc[];
  /** Absolute knowledge folders after the bundled one (the same list in every worker). */
  knowledge: string[];
}

const pipelines = new Map<string, Promise<Pipeline>>();

async function pipelineFor(knowledge: string[]): Promise<Pipeline> {
  const key = JSON.stringify(knowledge);
  let p = pipelines.get(key);
  if (!p) {
    p = (async () => {
      const { defaultPipeline } = await import('../pipeline/default.ts');
      const { BUNDLED_KNOWLEDGE_DIR, Knowledge } = await import('../knowledge/knowledge.ts');
      return defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR, ...knowledge]));
    })();
    pipelines.set(key, p);
  }
  return p;
}

/** Runs the pipeline over every document of the batch (in place) and returns them. */
export async function annotateBatch(task: AnnotateTask): Promise<Doc[]> {
  const pipeline = await pipelineFor(task.knowledge);
  for (const doc of task.docs) runLimited(pipeline, doc); // per-document limits (time watchdog)
  return task.docs;
}

/** The worker thread's handler: annotates the batch and sends the documents back in transfer form. */
export async function annotateForTransfer(task: AnnotateTask): Promise<DocTransfer[]> {
  return (await annotateBatch(task)).map(toTransfer);
}
