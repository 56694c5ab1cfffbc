import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: Node + happy-dom where a test asks for it, WXT's fake browser for extension APIs.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'proxy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
