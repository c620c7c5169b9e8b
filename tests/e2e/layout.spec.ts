import { expect, test, type Page } from '@playwright/test';
import { canvasColours, collectErrors, pressChoice, seriousViolations, startNewGame, waitForMap } from './helpers';

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // only so the test can inject axe-core
  test('title screen and game screen have no serious axe violations', async ({ page }) => {
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);
    await startNewGame(page);
    await pressChoice(page, 0);
    await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('meters are ARIA meters with names and values', async ({ page }) => {
    await startNewGame(page);
    for (const name of ['Bread', 'Land', 'Soviets', 'Industry', 'Army', 'Party', 'World']) {
      const m = page.getByRole('meter', { name });
      await expect(m).toHaveAttribute('aria-valuenow', /^\d+$/);
    }
  });
});

async function boxesOverlap(page: Page, a: string, b: string): Promise<boolean> {
  const [ba, bb] = [await page.locator(a).boundingBox(), await page.locator(b).boundingBox()];
  if (!ba || !bb) return true;
  return ba.x < bb.x + bb.width && bb.x < ba.x + ba.width && ba.y < bb.y + bb.height && bb.y < ba.y + ba.height;
}

/** On a phone the story comes first and the map is one tap away. */
async function unfoldMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Map/ }).click();
}

for (const [label, size, showMap] of [
  ['phone 390×844', { width: 390, height: 844 }, unfoldMap],
  ['laptop 1366×800', { width: 1366, height: 800 }, waitForMap],
  ['projector 1920×1080', { width: 1920, height: 1080 }, waitForMap],
] as const) {
  test(`the game fits a ${label} screen without overlap`, async ({ page }, info) => {
    const errors = collectErrors(page);
    await page.setViewportSize(size);
    await startNewGame(page);
    await pressChoice(page, 0);
    await showMap(page);
    await waitForMap(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await boxesOverlap(page, '[data-testid="world-canvas"]', '.narrative')).toBe(false);
    expect(await boxesOverlap(page, '[data-testid="world-canvas"]', '.top-bar')).toBe(false);
    // The first choice can be reached: scrolled to where the page needs it, it is on screen.
    await page.locator('.choice').first().scrollIntoViewIfNeeded();
    await expect(page.locator('.choice').first()).toBeInViewport();
    const { distinct } = await canvasColours(page);
    expect(distinct).toBeGreaterThan(8);
    await page.screenshot({ path: info.outputPath(`${size.width}x${size.height}.png`), fullPage: false });
    expect(errors).toEqual([]);
  });
}

test('reduced motion: the game still plays and meters update at once', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await startNewGame(page);
  // Polled: the title is drawn again when the glossary arrives, and a replaced element has no style.
  await expect
    .poll(() =>
      page
        .locator('.chapter-title')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    )
    .toBe('none');
  await pressChoice(page, 0);
  await expect(page.locator('.history-card')).toBeVisible();
  await context.close();
});
