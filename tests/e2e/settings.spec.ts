/** Settings a school needs: text size, high contrast and motion, kept after a reload. */
import { expect, test } from '@playwright/test';
import { pressChoice, seriousViolations, startNewGame, waitForMap } from './helpers';

test.use({ bypassCSP: true }); // only so the test can inject axe-core

const fontSize = (sel: string): number => parseFloat(getComputedStyle(document.querySelector(sel) ?? document.body).fontSize);

test('larger text and high contrast apply at once and are kept after a reload', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(fontSize, '.title-tagline');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: 'Larger' }).check();
  await dialog.getByRole('radio', { name: 'High contrast' }).check();
  await expect(dialog.getByRole('status')).toHaveText('Saved in this browser.');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  expect(await page.evaluate(fontSize, '.title-tagline')).toBeGreaterThan(before * 1.3);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
  expect(await page.evaluate(fontSize, '.title-tagline')).toBeGreaterThan(before * 1.3);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.choice:not([disabled])').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('motion follows the system until the player chooses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Reduce motion' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
});

test('the map names regions without letters until the reader asks for them, at once and after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await startNewGame(page);
  await waitForMap(page);
  const map = page.getByTestId('world-canvas');
  await expect(map).toHaveAttribute('data-moscow-label', 'MOSCOW');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: "Each region's letter too" }).check();
  // The map relabels at once: Moscow's name and its side's letter (the Tsar's empire, E).
  await expect(map).toHaveAttribute('data-moscow-label', 'MOSCOW\nE');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await pressChoice(page, 0);
  // After the abdication Moscow is the Provisional Government's.
  await expect(map).toHaveAttribute('data-moscow-label', 'MOSCOW\nPG');
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitForMap(page);
  await expect(map).toHaveAttribute('data-moscow-label', 'MOSCOW\nPG');
});
