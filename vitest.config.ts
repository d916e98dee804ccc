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

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW_TESTS],
    globalSetup: ['test/helpers/build-dist.ts', 'test/helpers/temp-root.ts'],
    // time limits catch hangs, not slowness: generous enough for a 2-core machine shared with other CPU-heavy
    // work (tests and hooks of seconds took 5-7x longer at load 15); speed is measured by the benchmarks
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
