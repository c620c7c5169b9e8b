import { expect, test } from '@playwright/test';
import { collectErrors, pressChoice, startNewGame } from './helpers';

const AUTOSAVE = 'october-paths:autosave';

test('reload resumes exactly where the player was', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await pressChoice(page, 0);
  await pressChoice(page, 0);
  const scene = await page.locator('.scene').innerText();
  const choices = await page.locator('.choice-text').allInnerTexts();
  const meters = await page.getByRole('meter').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')));
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.choice-text').first()).toBeVisible();
  expect(await page.locator('.choice-text').allInnerTexts()).toEqual(choices);
  expect(await page.getByRole('meter').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')))).toEqual(meters);
  expect(await page.locator('.scene').innerText()).toBe(scene);
  expect(errors).toEqual([]);
});

// The autosave is written once the choice's frame is drawn: a page left before that (a reload
// in the very task of the press) still saves the choice as it goes.
test('a choice pressed just as the page is left is saved', async ({ page }) => {
  await startNewGame(page);
  const option = await page.locator('.choice-list .choice').first().getAttribute('data-option');
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('.choice-list .choice')?.click();
    location.reload();
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.scene .you-chose')).toBeVisible();
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { steps: { option: string }[] }, AUTOSAVE);
  expect(saved.steps.map((s) => s.option)).toEqual([option]);
});

test('"New game" asks before discarding a game in progress', async ({ page }) => {
  await startNewGame(page);
  await pressChoice(page, 0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Title screen' }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new game?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').steps.length, AUTOSAVE);
  expect(saved).toBe(1);
});

// A save that is not JSON is reported on the title screen; a readable one whose choices are
// gone offers Continue, and says so when the player presses it.
for (const [name, raw, readable] of [
  ['not JSON', '{"format":1,"storyVer', false],
  [
    'a save from a story that no longer has its choices',
    JSON.stringify({
      format: 1,
      storyVersion: 'deadbeef',
      savedAt: '2026-01-01T00:00:00.000Z',
      steps: [{ fork: 'february', option: 'no-such-option', index: 0 }],
    }),
    true,
  ],
] as const) {
  test(`a corrupt save (${name}) gets a clear message and is kept`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [AUTOSAVE, raw] as const,
    );
    await page.goto('/');
    const continueButton = page.getByRole('button', { name: 'Continue' });
    await expect(continueButton).toHaveCount(readable ? 1 : 0);
    // Continue (if offered) is pressed; either way the alert follows.
    await continueButton.evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE)).toBe(raw);
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.locator('.choice').first()).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('october-paths:kept:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([raw]);
    expect(errors).toEqual([]);
  });
}

test('with storage blocked, the game says it cannot save from its first scene, before any choice', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await startNewGame(page);
  await expect(page.locator('.save-status')).toHaveText('Not saved: this browser is blocking storage');
  await pressChoice(page, 0);
  await expect(page.locator('.save-status')).toHaveText('Not saved: this browser is blocking storage');
  expect(errors).toEqual([]);
});
