// End-to-end tests in Firefox: the Firefox test build (npm run build:e2e:firefox) in Debian's Firefox ESR through puppeteer-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/firefox-results.json' },
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
