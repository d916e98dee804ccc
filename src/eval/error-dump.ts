// The `eventline eval --errors FILE` dump: each set that lists its errors appends its section, headed by
// the set's name, so that a run over several sets (events-news, plv, the time sets) keeps all of them;
// runEval empties the file once before the first set runs.
import { appendFileSync, writeFileSync } from 'node:fs';
import type { EvalContext } from './types.ts';

/** Empty the dump file of `ctx`, if it names one (at the start of a run). */
export function startErrorDump(ctx: EvalContext): void {
  if (ctx.errorsFile) writeFileSync(ctx.errorsFile, '');
}

/** Append one set's section ("# set" and its lines) to the dump file of `ctx`, if it names one. */
export function writeErrorDump(ctx: EvalContext, set: string, lines: string[]): void {
  if (ctx.errorsFile) appendFileSync(ctx.errorsFile, `# ${set}\n${lines.map((l) => `${l}\n`).join('')}`);
}
