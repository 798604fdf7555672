import { defineConfig } from 'vitest/config';
import { E2E_TESTS } from './vitest.config.js';

/** `pnpm test:e2e`: what ships (packed tarballs installed with npm, bundle, Action, pre-commit), after the unit tests. */
export default defineConfig({
  test: {
    include: E2E_TESTS,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
