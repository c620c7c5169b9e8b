/**
 * Offline and installable: after one visit the service worker has the whole game, so with
 * the network off the page reloads, a fork can be played (map included) and a class session
 * resumes where it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

test.use({ serviceWorkers: 'allow' }); // the rest of the suite blocks it (playwright.config.ts)

async function visitAndCache(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('offline-ready')).toContainText('ready to play offline');
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state))).toBe('activated');
}

test('the manifest makes the game installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(new URL(href ?? '', page.url()).href)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('October Paths');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
});

test('after one visit, the game reloads and plays a fork with the network off', async ({ page, context }) => {
  const errors = collectErrors(page);
  await visitAndCache(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'New game' }).click();
  const first = await page.locator('.scene').innerText();
  await page.locator('.choice-list .choice').first().click();
  await expect.poll(() => page.locator('.scene').innerText()).not.toBe(first);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // The map's lazily loaded chunk (Phaser) comes from the cache too.
  await expect(page.locator('[data-testid="world-canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});

test('a class session started offline resumes at the same fork after an offline reload', async ({ page, context }) => {
  await visitAndCache(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Run a class' }).click();
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await page.getByTestId('start-lesson').click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  const inputs = page.locator('input.vote-count');
  await inputs.first().fill('5');
  for (let i = 1; i < (await inputs.count()); i++) await inputs.nth(i).fill('1');
  const before = await page.locator('.class-context').innerText();
  await page.getByTestId('play-winner').click();
  await expect.poll(() => page.locator('.class-context').innerText()).not.toBe(before);
  const fork = await page.locator('.class-context').innerText();
  await page.reload();
  await page.getByRole('button', { name: 'Resume the class session' }).click();
  await expect.poll(() => page.locator('.class-context').innerText()).toBe(fork);
});
