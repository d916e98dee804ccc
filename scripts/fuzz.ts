// Nightly fuzzing (`npm run fuzz`): the reader and pipeline fuzz suites of test/reliability with many more
// cases than CI. Options: --runs N (per text/JSONL reader, default 100000), --format-runs N (HTML, feeds,
// WARC, default 50000), --pipeline-runs N (default 3000),
// --seed S (replay a failing run). Exits non-zero when any property fails; prints the figures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
function opt(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const env: NodeJS.ProcessEnv = {
  ...process.env,
  FUZZ_RUNS: opt('runs', '100000'),
  FUZZ_PIPELINE_RUNS: opt('pipeline-runs', '3000'),
  FUZZ_FORMAT_RUNS: opt('format-runs', '50000'),
};
const seed = opt('seed', '');
if (seed) env.FUZZ_SEED = seed;
console.log(`fuzzing: ${env.FUZZ_RUNS} cases per text/JSONL reader, ${env.FUZZ_FORMAT_RUNS} per HTML/feed/WARC reader, ${env.FUZZ_PIPELINE_RUNS} pipeline documents${seed ? `, seed ${seed}` : ''}`);
const started = Date.now();
const r = spawnSync(
  process.execPath,
  [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/reliability/fuzz-readers.test.ts', 'test/reliability/fuzz-formats.test.ts', 'test/reliability/fuzz-pipeline.test.ts', '--testTimeout', '0'],
  { cwd: ROOT, env, stdio: 'inherit' },
);
console.log(`fuzzing finished in ${((Date.now() - started) / 1000).toFixed(0)} s with exit status ${r.status}`);
process.exit(r.status ?? 1);
