// linkedom and Readability, loaded on first use: a run that reads only text and JSON Lines articles never
// pays for the DOM (importing linkedom costs about 0.1 s of start-up on the development VM, more under load).
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

const load = createRequire(import.meta.url);
let dom: typeof Linkedom | null = null;
let readability: typeof ReadabilityModule | null = null;

export function linkedom(): typeof Linkedom {
  return (dom ??= load('linkedom') as typeof Linkedom);
}

export function readabilityModule(): typeof ReadabilityModule {
  return (readability ??= load('@mozilla/readability') as typeof ReadabilityModule);
}
