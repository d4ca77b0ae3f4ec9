import { defineConfig } from 'vitest/config';

// Browser scenarios against a real server: two files at a time (each file starts its own marketplace on
// a free port with a throwaway data folder, so they share nothing; the pages mostly wait on the server),
// generous timeouts for the embedded PostgreSQL's first start and for Chromium. `expect.poll` waits up
// to 15 s (vitest's default is 1 s): on a loaded machine a page's data can take longer than that.
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
