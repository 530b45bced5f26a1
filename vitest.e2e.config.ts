import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one file at a
// time because each launches its own browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
