import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR over WebDriver BiDi (tests/e2e-firefox);
// one file at a time, each launches its own Firefox. global-setup builds the
// test build of the extension first.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
