import { defineConfig } from 'vitest/config';

/**
 * Tests that run for minutes or whose pass depends on timing (kill/crash loops, soak and concurrency runs,
 * fuzzing with time limits, the browser dashboard): not in `npm test`, run by `npm run test:slow`
 * (vitest.slow.config.ts) and by .ci/run.
 */
export const SLOW_TESTS = [
  'test/queue/worker-kill.test.ts',
  'test/reliability/crash-safety.test.ts',
  'test/reliability/concurrency.test.ts',
  'test/reliability/fuzz-*.test.ts',
  'test/reliability/many-writers.test.ts',
  'test/web/dashboard.test.ts',
  'test/web/dashboard-dense.test.ts',
];

/**
 * In-process tests of the pipeline's stages, documents, evaluations and output schema: they set no global state (the one
 * environment variable a syntax test sets is restored), start no server or child process, and most run the
 * bundled knowledge. They share their worker process (isolate: false), so the knowledge and the modules load
 * once per worker instead of once per file (about 2.5 s per file on the 2-core machine, 121 files).
 */
export const SHARED_PROCESS_TESTS = ['test/stages/**/*.test.ts', 'test/doc/**/*.test.ts', 'test/eval/**/*.test.ts', 'test/pipeline/**/*.test.ts', 'test/dedup/**/*.test.ts',
  'test/docs/schema.test.ts', 'test/docs/sample-actors.test.ts'];

const common = {
  // time limits catch hangs, not slowness: generous enough for a 2-core machine shared with other CPU-heavy
  // work (tests and hooks of seconds took 5-7x longer at load 15); speed is measured by the benchmarks
  testTimeout: 180_000,
  hookTimeout: 180_000,
  pool: 'forks' as const,
  // a watchdog thread per test process: synchronous code that never ends (which no time limit can stop)
  // fails the run with the test's name instead of hanging it
  setupFiles: ['test/helpers/watchdog.ts'],
};

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/build-dist.ts', 'test/helpers/temp-root.ts'],
    // vitest's default on 2 cores is one worker (cores - 1): two halve the suite's time on a loaded machine,
    // where the scheduler shares the cores among processes (measured: 8 stage files, 68 s -> 44 s at load 10)
    maxWorkers: 2,
    projects: [
      { test: { ...common, name: 'shared-process', include: SHARED_PROCESS_TESTS, isolate: false } },
      { test: { ...common, name: 'isolated', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['**/node_modules/**', ...SLOW_TESTS, ...SHARED_PROCESS_TESTS] } },
    ],
  },
});
