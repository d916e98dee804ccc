// `npm run test:slow`: the long and timing-dependent tests left out of `npm test` (see SLOW_TESTS).
import { defineConfig } from 'vitest/config';
import { SLOW_TESTS } from './vitest.config.ts';

export default defineConfig({
  test: {
    include: SLOW_TESTS,
    exclude: ['**/node_modules/**'],
    globalSetup: ['test/helpers/build-dist.ts', 'test/helpers/temp-root.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    setupFiles: ['test/helpers/watchdog.ts'],
  },
});
