// The command line of the lockstep benchmarks (syntax-lockstep.ts, stage-lockstep.ts): two compiled build
// folders to compare, the passes over the corpus and the data folder.
import { resolve } from 'node:path';
import { defaultDataDir } from '../src/eval/data-dir.ts';

/** Reads `[--passes N] [--data DIR] OLD_DIST NEW_DIST`; throws a one-line message on bad input. */
export function lockstepArgs(argv: string[]): { passes: number; data: string; dists: string[] } {
  const o = { passes: 2, data: defaultDataDir(), dists: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--passes') o.passes = Number(argv[++i]);
    else if (a === '--data') o.data = resolve(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a} (options: --passes N, --data DIR)`);
    else o.dists.push(resolve(a));
  }
  if (o.dists.length !== 2) throw new Error('give two compiled build folders (e.g. an older build\'s dist and dist)');
  if (!(o.passes >= 1)) throw new Error('--passes must be a positive number');
  return o;
}
