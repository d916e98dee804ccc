// Test helper: the seed article and its gold from ../shared (null when absent, so tests skip), and a
// pipeline run over it, cached per test process.
import { loadSeedCases, type SeedCase } from '../../src/eval/seed/gold.ts';
import { sharedDataDir, SHARED_MISSING } from '../../src/eval/data-dir.ts';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc } from '../../src/doc/types.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';

export const seedCase: SeedCase | null = (() => {
  const dir = sharedDataDir();
  if (!dir) {
    console.warn(SHARED_MISSING);
    return null;
  }
  return loadSeedCases(dir)[0] ?? null;
})();

export function runSeed(pipeline: Pipeline): Doc {
  if (!seedCase) throw new Error('seed case absent');
  return pipeline.run(createDoc({ date: seedCase.date, text: seedCase.text }));
}
