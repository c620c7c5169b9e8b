/**
 * The first hour on every screen (issue 13): the story first on a phone with the meters in
 * view and the map one tap away, targets big enough for a finger, Why? from every gauge, a
 * map that does not jump, and sides named for the era.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { bundle, collectErrors, pressChoice, seriousViolations, startNewGame, waitForMap } from './helpers';

/** A share code of history's choices up to the first scene in `year`. */
function historyTo(year: number): string {
  const game = new Game(bundle);
  while (game.scene().year < year) game.choose(game.scene().choices.find((c) => c.historical)!.index);
  return encodePath(
    bundle.version,
    game.path().steps.map((s) => s.index),
  );
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** On a phone the map is folded: open it and wait for it to be drawn. */
async function openMap(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Map/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await waitForMap(page);
}

const PHONE = { width: 390, height: 844 };

/** On a phone: the compact strip shows each meter's value and its latest change as an arrow and a number. */
async function meterStripInView(page: Page): Promise<void> {
  await expect(page.locator('.meter-strip')).toBeInViewport();
  await expect(
    page
      .locator('.meter-change')
      .filter({ hasText: /^[▲▼]\d+$/ })
      .first(),
  ).toBeVisible();
}

/** On a wide screen the meters are drawn at the foot of the map canvas, which ends on screen. */
function canvasEndsOnScreen(height: number) {
  return async (page: Page): Promise<void> => {
    await waitForMap(page);
    const canvas = await box(page.getByTestId('world-canvas'));
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(height);
  };
}

/** Each size, how its meters are seen after a choice, and how its map is shown. */
const SIZES = [
  { label: 'phone 390×844', size: PHONE, metersInView: meterStripInView, showMap: openMap },
  {
    label: 'laptop 1366×768',
    size: { width: 1366, height: 768 },
    metersInView: canvasEndsOnScreen(768),
    showMap: waitForMap,
  },
  {
    label: 'projector 1920×1080',
    size: { width: 1920, height: 1080 },
    metersInView: canvasEndsOnScreen(1080),
    showMap: waitForMap,
  },
];

for (const { label, size, metersInView, showMap } of SIZES) {
  test.describe(label, () => {
    test.use({ viewport: size });

    test('the first fork and its first choice are on the first screen, the meters stay in view after a choice', async ({ page }) => {
      const errors = collectErrors(page);
      await startNewGame(page);
      const title = page.locator('.scene .chapter-title').first();
      await expect(title).toBeInViewport();
      // The engine redraws the prerendered screen as it takes over: poll rather than read once.
      await expect(async () => expect((await box(title)).y).toBeLessThan(size.height / 2)).toPass();
      const firstChoice = page.locator('.choice').first();
      await expect(firstChoice).toBeInViewport();
      await expect(async () => expect((await box(firstChoice)).y).toBeLessThan(size.height - 60)).toPass();
      await pressChoice(page, 0);
      await expect(page.locator('.you-chose')).toBeVisible();
      await metersInView(page);
      await expect(page.locator('.choice').first()).toBeInViewport();
      expect(errors).toEqual([]);
    });

    test('opening the region list moves neither the story nor the map', async ({ page }) => {
      await startNewGame(page);
      await showMap(page);
      const story = await box(page.locator('.narrative'));
      const map = await box(page.getByTestId('world-canvas'));
      await page.locator('.map-regions summary').click();
      await expect(page.getByRole('button', { name: /^Moscow/ })).toBeVisible();
      expect(await box(page.locator('.narrative'))).toEqual(story);
      expect(await box(page.getByTestId('world-canvas'))).toEqual(map);
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: PHONE });

  test('the date is one line and Why?, Menu, Map and the zoom buttons are at least 44×44', async ({ page }) => {
    await startNewGame(page);
    const year = page.locator('.year-label');
    await expect(year).toHaveText(new Game(bundle).scene().date);
    const { height } = await box(year);
    const lineHeight = await year.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(height).toBeLessThan(lineHeight * 1.5);
    expect(await year.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true); // not cut short
    await openMap(page);
    for (const name of [/^Why\?$/, /^Menu$/, /^Map/, /^Zoom in$/, /^Zoom out$/, /^Reset view$/]) {
      const b = await box(page.getByRole('button', { name }).first());
      expect(b.width, String(name)).toBeGreaterThanOrEqual(44);
      expect(b.height, String(name)).toBeGreaterThanOrEqual(44);
    }
    // Under the map, not over its labels; and the whole map in view (no horizontal scroll).
    const canvas = await box(page.getByTestId('world-canvas'));
    expect((await box(page.getByRole('button', { name: 'Zoom in' }))).y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
    expect(canvas.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('the open map leaves no empty band between its legend and the story', async ({ page }) => {
    await startNewGame(page);
    await openMap(page);
    const story = await box(page.locator('.narrative'));
    const lastLine = await page
      .locator('.map-panel > *')
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    // The set height once left a 105 px band here; the panel now ends with its legend.
    expect(story.y - lastLine).toBeLessThanOrEqual(24);
  });

  test('the folded map says when it changed, and opens in one tap', async ({ page }) => {
    await startNewGame(page);
    const toggle = page.getByRole('button', { name: /^Map/ });
    await expect(page.getByTestId('world-canvas')).toBeHidden();
    await pressChoice(page, 0); // the February revolution hands the Empire to the Provisional Government
    await expect(toggle).toHaveText(/new/);
    await toggle.click();
    await expect(toggle).toHaveText('Map');
    await expect(page.getByTestId('world-canvas')).toBeVisible();
    await expect(page.locator('.map-changes li').first()).toContainText('Provisional Government');
  });

  test.describe('accessibility', () => {
    test.use({ bypassCSP: true }); // only so the test can inject axe-core
    test('the story-first layout, with the map open, has no serious axe violations', async ({ page }) => {
      await startNewGame(page);
      await pressChoice(page, 0);
      expect(await seriousViolations(page)).toEqual([]);
      await openMap(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

test.describe('Why? from the gauges', () => {
  test('tapping a gauge on a phone opens Why? at that meter, its heading focused, the dialog at its top', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await startNewGame(page);
    await pressChoice(page, 0);
    await page.getByRole('button', { name: 'Why? Army' }).click();
    const dialog = page.getByRole('dialog', { name: /Why are the meters/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: /^Army: \d+$/ })).toBeFocused();
    expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
  });

  test('on a laptop, Enter on a gauge reached by keyboard and a click on a drawn gauge both open Why? at that meter', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await startNewGame(page);
    await pressChoice(page, 0);
    await waitForMap(page);
    const gauge = page.getByRole('button', { name: 'Why? Land' });
    await gauge.focus();
    await expect(gauge).toBeInViewport(); // shown while it has focus, not an invisible stop
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Why are the meters/ });
    await expect(dialog.getByRole('heading', { name: /^Land: \d+$/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The drawn gauges: seven cells across the strip 122 px tall at the canvas foot; Party is the sixth.
    const canvas = await box(page.getByTestId('world-canvas'));
    const cell = (canvas.width - 20) / 7;
    await page.mouse.click(canvas.x + 10 + cell * 5.5, canvas.y + canvas.height - 122 + 25);
    await expect(dialog.getByRole('heading', { name: /^Party: \d+$/ })).toBeFocused();
  });

  test('the Why? button in the top bar opens at the dialog title', async ({ page }) => {
    await startNewGame(page);
    await page.getByRole('button', { name: 'Why?', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Why are the meters/ })).toBeFocused();
  });
});

test('sides are named for the era: no Entente in 1941, no Tsarist Empire after 1917', async ({ page }) => {
  await page.goto(`/#p=${historyTo(1941)}`);
  await expect(page.locator('.year-label')).toContainText('1941');
  const legend = page.getByRole('list', { name: 'Map legend' });
  await expect(legend).toContainText('Allies');
  await expect(legend).not.toContainText('Entente');
  await expect(legend).not.toContainText('Tsarist');
  await page.locator('.map-regions summary').click();
  await expect(page.getByRole('button', { name: /^Britain/ })).toContainText('Allies');
});

test('Why? is in classroom mode too: the top bar and the gauges open it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a class' }).click();
  await page.getByTestId('start-lesson').click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  await page.getByRole('button', { name: 'Why?', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Why are the meters/ });
  await expect(dialog.getByRole('heading', { name: /^Bread: \d+$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Why? World' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: /^World: \d+$/ })).toBeFocused();
});
