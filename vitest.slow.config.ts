// `npm run test:slow`: the long and timing-dependent tests left out of `npm test` (see SLOW_TESTS).
import { defineConfig } from 'vitest/config';
import base, { SLOW_TESTS } from './vitest.config.ts';

export default defineConfig({
  test: { ...base.test, include: SLOW_TESTS, exclude: ['**/node_modules/**'] },
});
