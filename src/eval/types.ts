// The shape of evaluation results: every gold set scorer returns, per component, named metrics (and the
// baseline's, computed in the same run, where ../shared/eval/README.md names one).
import type { Pipeline } from '../pipeline/pipeline.ts';

export interface EvalResult {
  /** Gold set name, e.g. "seed", "te3-platinum", "meantime", "tr-news", "polnear", "plv". */
  set: string;
  /** Component measured: "actors", "entities", "time", "places", "quotes", "events". */
  component: string;
  metrics: Record<string, number>;
  /** Same metrics for the named baseline (e.g. compromise) on the same data, same run. */
  baseline?: { name: string; metrics: Record<string, number> };
  /** Human-readable details: misses, wrong values (kept short). */
  notes?: string[];
}

export interface EvalContext {
  /** The ../shared/eval folder (or whatever --data points at). */
  dataDir: string;
  pipeline: Pipeline;
  /** Where a set appends its full error dump (every false hit and miss of its tuning half), when asked (error-dump.ts). */
  errorsFile?: string;
}

export interface EvalSet {
  name: string;
  /** Human-readable reason when the set's files are absent, or null when present. */
  missing(ctx: EvalContext): string | null;
  run(ctx: EvalContext): Promise<EvalResult[]> | EvalResult[];
}
