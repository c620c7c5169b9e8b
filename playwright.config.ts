import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in the system's Chromium (Playwright's own download cannot work on our
 * machines): its headless shell where installed, as Playwright's own headless runs do. It is
 * the same Blink and V8 without the desktop browser around them, and a fresh page with the
 * game and its map costs it 2.0–2.2 CPU-seconds instead of 4.3–5.6 (docs/performance.md,
 * "Test time"). CHROMIUM_PATH points elsewhere on macOS or Windows; with neither binary,
 * Playwright's own installed browser is used.
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
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
