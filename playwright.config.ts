import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in the system Chromium (Playwright's own download cannot work on our
 * machines). CHROMIUM_PATH points elsewhere on macOS or Windows; without it and without
 * /usr/bin/chromium, Playwright's own installed browser is used.
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** E2E_PORT lets two checkouts run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker precaches the whole build (about 4 MB) in every fresh context, on the
    // same two cores the test needs. Only offline.spec.ts, which tests it, lets it register.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  // dist/ as plain files (scripts/serve-dist.ts): `vite preview` gzips every response on the fly,
  // about 0.15 s of CPU per page load on the two cores the browsers need.
  webServer: {
    command: `npx tsx scripts/serve-dist.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
