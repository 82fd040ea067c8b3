import { defineConfig } from '@playwright/test';

// End-to-end tests against the running application (e2e/run-against-jar.sh starts the built jar on the demo).
// They drive Debian's Chromium; Playwright never downloads a browser here.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.VERIVALI_URL ?? 'http://localhost:8080',
    locale: 'id-ID',
    launchOptions: { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    trace: 'off',
  },
});
