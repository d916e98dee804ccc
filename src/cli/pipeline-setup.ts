// Building the default pipeline for a command, with the user's --knowledge folders after the bundled one;
// missing folders and broken data files become one-line errors.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUNDLED_KNOWLEDGE_DIR, Knowledge } from '../knowledge/knowledge.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { UserError, EXIT_USAGE } from './context.ts';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The bundled knowledge followed by the user's --knowledge folders (each checked to be a folder). */
export function userKnowledge(knowledgeDirs: string[] = []): Knowledge {
  for (const d of knowledgeDirs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      throw new UserError(`--knowledge ${d}: no such folder; pass a folder laid out like knowledge/ (actors/, patterns/, …)`, EXIT_USAGE);
    }
  }
  return new Knowledge([BUNDLED_KNOWLEDGE_DIR, ...knowledgeDirs.map((d) => resolve(d))]);
}

/** Loaded lazily, so the query commands start fast and work even when a stage fails to load. */
export async function buildPipeline(knowledgeDirs: string[] = []): Promise<Pipeline> {
  const knowledge = userKnowledge(knowledgeDirs);
  try {
    const { defaultPipeline } = await import('../pipeline/default.ts');
    return defaultPipeline(knowledge);
  } catch (err) {
    throw new UserError(`cannot build the pipeline: ${(err as Error).message.split('\n')[0]}`);
  }
}
