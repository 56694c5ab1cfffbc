import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). One file at a time: two cores, real browsers.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
