import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./vitest.global-setup.ts'],
    // Three test files at a time: most of a file's time is spent waiting on jobs, HTTP and PostgreSQL
    // (the suite used 1.2 of the 2 cores with two at a time).
    maxWorkers: 3,
    // The files of a worker share its loaded modules: each file importing the whole marketplace anew
    // took a fifth of the suite's processor time. Every file starts its own servers and databases.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
