import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./vitest.global-setup.ts'],
    // Two test files at a time: most of a file's time is spent waiting on jobs, HTTP and PostgreSQL, so
    // two files share the 2 cores well (the suite takes about 6 min instead of 9).
    maxWorkers: 2,
    // The files of a worker share its loaded modules: each file importing the whole marketplace anew
    // took a fifth of the suite's processor time. Every file starts its own servers and databases.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
