/**
 * The pre-rendered opening works before the engine is in (issue 14): a story choice or a
 * menu button pressed while the story is still loading is kept and honoured once it has
 * loaded, never lost. The story's download is held back, so every press here is certainly
 * made before the engine could answer it.
 */
import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { bundle } from './helpers';

/** Hold the story's download until the returned function is called. */
async function holdStory(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/story-*.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The scene text the engine shows after choosing `index` at the first fork. */
function afterFirstChoice(index: number): { choice: string; next: string } {
  const game = new Game(bundle);
  const choice = game.scene().choices[index]!.text;
  const next = game.choose(index).choices[0]!.text;
  return { choice, next };
}

test('a choice pressed on the first fork before the story has loaded is played once it has', async ({ page }) => {
  const release = await holdStory(page);
  await page.goto('/#new');
  const second = page.locator('#new .choice').nth(1);
  await expect(second).toBeEnabled();
  await second.click();
  // Taken and said at once; the other options are set aside; nothing else has happened yet.
  await expect(second).toHaveClass(/early-pressed/);
  await expect(page.locator('#new .choice').first()).toBeDisabled();
  await expect(page.getByTestId('story-announcer')).toContainText('You chose');
  await expect(page.locator('.you-chose')).toHaveCount(0);
  release();
  const { choice, next } = afterFirstChoice(1);
  await expect(page.locator('.you-chose')).toContainText(choice);
  await expect(page.locator('.choice-list .choice').first()).toContainText(next);
  await expect(page.locator('.save-status')).toHaveText('Saved');
});

test('on a phone, a choice pressed before the story has loaded marks the folded map as new', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdStory(page);
  await page.goto('/#new');
  await expect(page.locator('#new .choice').first()).toBeEnabled();
  // History's February: the Empire's regions pass to the Provisional Government.
  await page.locator('#new .choice').first().click();
  release();
  await expect(page.locator('.you-chose')).toContainText(afterFirstChoice(0).choice);
  const toggle = page.getByRole('button', { name: /^Map/ });
  await expect(toggle).toHaveText('Map • new');
  await toggle.click();
  await expect(toggle).toHaveText('Map');
});

test('a number key pressed on the first fork before the story has loaded chooses that option', async ({ page }) => {
  const release = await holdStory(page);
  await page.goto('/#new');
  await expect(page.locator('#new .choice').first()).toBeEnabled();
  await page.keyboard.press('3');
  await expect(page.locator('#new .choice').nth(2)).toHaveClass(/early-pressed/);
  release();
  await expect(page.locator('.you-chose')).toContainText(afterFirstChoice(2).choice);
});

test('New game on the title before the story has loaded opens the first fork at once, and its choice counts', async ({ page }) => {
  const release = await holdStory(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  // The pre-rendered first fork, shown before the engine has loaded.
  await expect(page.locator('#new .scene')).toBeVisible();
  await expect(page.locator('.title-screen')).toBeHidden();
  await page.locator('#new .choice').first().click();
  release();
  await expect(page.locator('.you-chose')).toContainText(afterFirstChoice(0).choice);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  // A reload resumes this game: the address no longer says "start a new one".
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.you-chose')).toContainText(afterFirstChoice(0).choice);
});

test('the reading choice on the title waits for the engine, so a choice made there is kept', async ({ page }) => {
  const release = await holdStory(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeEnabled();
  // Before the engine is in, nothing could keep the setting: it cannot be changed yet.
  await expect(page.getByLabel(/Short text/)).toBeDisabled();
  release();
  await page.getByLabel(/Short text/).check();
  await page.reload();
  await expect(page.getByLabel(/Short text/)).toBeChecked();
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByRole('button', { name: 'Read the full text' })).toHaveAttribute('aria-expanded', 'false');
});

test('a menu button pressed before the story has loaded is pressed again once it has, and focus comes back to it', async ({ page }) => {
  const release = await holdStory(page);
  await page.goto('/');
  const about = page.getByRole('button', { name: 'About' });
  await about.click();
  await expect(about).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  release();
  const dialog = page.getByRole('dialog', { name: 'About October Paths' });
  await expect(dialog).toBeVisible();
  // Closed, the dialog gives focus back to the button that opened it: the live title's About.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'About' })).toBeFocused();
});

test('on a phone the first fork stays put while web fonts arrive late and the engine takes over', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Fonts and story both held back: the page paints with fallback fonts, as on a slow network.
  let releaseFonts!: () => void;
  const fontsHeld = new Promise<void>((resolve) => (releaseFonts = resolve));
  await page.route('**/assets/*.woff2', async (route) => {
    await fontsHeld;
    await route.continue();
  });
  const releaseStory = await holdStory(page);
  await page.goto('/#new', { waitUntil: 'domcontentloaded' }); // "load" would wait for the fonts
  const early = page.locator('#new .choice').first();
  await expect(early).toBeEnabled();
  const before = await early.boundingBox();
  const fontsIn = page.waitForResponse(/\.woff2$/);
  releaseFonts();
  await fontsIn;
  releaseStory();
  const live = page.locator('.choice-list .choice:not(#new .choice)').first();
  await expect(live).toBeEnabled();
  const after = await live.boundingBox();
  expect(after?.y).toBeCloseTo(before!.y, 0);
  expect(after?.height).toBeCloseTo(before!.height, 0);
});
