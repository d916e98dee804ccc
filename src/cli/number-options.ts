// Numeric command-line options (epochs, folds, pruning shares …): the default when absent, else the
// value checked, or one clear line naming the option and what to give.
import { UserError } from './context.ts';

/** A whole number from `min` (no `min`: any whole number); `unit` names what it counts ("epochs"). */
export function wholeOption(v: string | undefined, d: number, name: string, min?: number, unit?: string): number {
  if (v === undefined) return d;
  const n = Number(v);
  if (!Number.isInteger(n) || (min !== undefined && n < min)) {
    throw new UserError(`--${name} ${v}: give a whole number${unit ? ` of ${unit}` : ''}${min !== undefined ? ` from ${min}` : ''}`);
  }
  return n;
}

/** A share of a model's largest weight below which rows are pruned: from 0 (keep every row) to below 1. */
export function shareOption(v: string | undefined, d: number, name: string): number {
  if (v === undefined) return d;
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x >= 1) throw new UserError(`--${name} ${v}: give a share from 0 (keep every row) to below 1, e.g. 0.03`);
  return x;
}
