// The reader watchdog, like the pipeline's (src/pipeline/limits.ts): the time a reader spent on each document
// (synchronous work only: a WARC record's page, not the waits for its bytes) is measured, and a document over
// the budget is reported as a problem instead of being ingested. It cannot interrupt a reader; the markup
// depth guard (markup-depth.ts) and the size limits are what bound them.
import type { RawDoc } from '../doc/types.ts';
import { placeOfOrigin, type InputProblem } from './problem.ts';

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/** The read budget from the options, else EVENTLINE_READ_TIMEOUT_MS, else the default; a bad value is one clear error. */
export function readTimeout(options: { readTimeoutMs?: number } = {}, env: NodeJS.ProcessEnv = process.env): number {
  if (options.readTimeoutMs !== undefined) return options.readTimeoutMs;
  const raw = env.EVENTLINE_READ_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_READ_TIMEOUT_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`EVENTLINE_READ_TIMEOUT_MS="${raw}" must be a positive whole number`);
  return n;
}

/** The item, or a problem in its place when its document took over `limit` ms to read. */
export function overBudget<T extends { doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number }>(
  item: T,
  ms: number,
  limit: number,
  file: string,
): T | { problem: InputProblem; bytes: number } {
  if (ms <= limit || !('doc' in item)) return item;
  return {
    problem: {
      ...placeOfOrigin(item.doc.origin ?? file),
      reason: `reading it took ${Math.round(ms).toLocaleString('en-US')} ms, over the ${limit.toLocaleString('en-US')} ms limit (EVENTLINE_READ_TIMEOUT_MS)`,
      fix: 'check that the input is an article; raise the limit if it is',
    },
    bytes: item.bytes,
  };
}
