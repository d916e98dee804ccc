// Where the shared gold data lives: ../shared/eval beside the project, unless told otherwise.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';

export const PROJECT_ROOT = PACKAGE_ROOT;

/** The eval data folder: $EVENTLINE_EVAL_DATA, else ../shared/eval beside the project root. */
export function defaultDataDir(): string {
  return process.env.EVENTLINE_EVAL_DATA ?? resolve(PROJECT_ROOT, '..', 'shared', 'eval');
}

/** For tests: the data dir if present, else null (callers skip with a message). */
export function sharedDataDir(): string | null {
  const d = defaultDataDir();
  return existsSync(d) ? d : null;
}

export const SHARED_MISSING =
  '../shared/eval is absent: skipping tests that read third-party gold data (set EVENTLINE_EVAL_DATA to point at it)';
