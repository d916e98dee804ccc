// Readability, loaded on first use: a run that reads only text and JSON Lines articles never pays for it.
// (linkedom too, in linkedom.ts.)
import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';

const load = createRequire(import.meta.url);
let readability: typeof ReadabilityModule | null = null;

export function readabilityModule(): typeof ReadabilityModule {
  return (readability ??= load('@mozilla/readability') as typeof ReadabilityModule);
}
