import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './e2e/browser';

/**
 * End-to-end journeys against a production build served by `scripts/start.ts`, with its own
 * database (embedded, or E2E_DATABASE_URL) emptied and filled with content/ plus the test fixtures.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);

// Playwright's own Chromium where it is installed (a developer laptop); Debian's otherwise, since
// machines without internet access cannot download Playwright's build.
function browserExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // not installed
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browserExecutable(),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command:
      'npx tsx --conditions=react-server scripts/start.ts --rebuild --reset --import test/fixtures/finews --import e2e/fixtures --import test/fixtures/shapes',
    url: `http://127.0.0.1:${PORT}/robots.txt`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      SITE_URL: `http://127.0.0.1:${PORT}`,
      PORTAL_DATA_DIR: '.data/e2e',
      NEXT_DIST_DIR: '.next-e2e',
      EMBEDDED_PG_PORT: process.env.E2E_EMBEDDED_PG_PORT ?? '54349',
      // Never the developer's own database: this run empties the one it is given.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
