import { defineConfig } from 'vitest/config';

/** The packaged end-to-end test runs on its own after these (vitest.e2e.config.ts): its npm installs would load the machine under them. */
export const E2E_TESTS = ['test/packaged.test.ts', 'packages/cli/test/aws-org-e2e.test.ts'];

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...E2E_TESTS],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
