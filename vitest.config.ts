import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests start Chromium and print real PDFs: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
