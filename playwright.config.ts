import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser downloads are not used on this project. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Overridable so two runs in one checkout do not delete each other's traces.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: process.env.E2E_SITE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /(publish|desk)\.spec\.ts/ },
    // Logs in to the Strapi admin and publishes: its own CMS and publisher, started by the spec.
    { name: 'publish', testMatch: /publish\.spec\.ts/, timeout: 600_000 },
    // The Requests desk in the Strapi admin: its own CMS with the admin panel, started by the spec.
    { name: 'desk', testMatch: /desk\.spec\.ts/, timeout: 600_000 },
  ],
});
