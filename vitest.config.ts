import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Runner and end-to-end tests spawn real child processes and time them: on a 2-core machine,
    // running many files at once starves those children and makes timeouts flaky.
    maxWorkers: 2,
  },
});
