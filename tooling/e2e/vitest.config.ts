import { defineConfig } from 'vitest/config';

// Browser scenarios against a real server: one file at a time, generous timeouts for the embedded
// PostgreSQL's first start and for Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
