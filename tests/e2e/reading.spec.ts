import { expect, test } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import type { Reading } from '../../src/engine/types';
import { bundle, collectErrors, seriousViolations } from './helpers';
import type { Page } from '@playwright/test';

const story = (page: Page) => page.getByRole('article', { name: 'Story' });

/** The opening's first line in each reading, and the first fork's history card, from the engine. */
const opening = new Game(bundle).scene().blocks;
const firstLine = (reading: Exclude<Reading, 'both'>): string =>
  opening.flatMap((b) => (b.kind === 'text' && b.reading === reading ? [b.text] : []))[0]!.slice(0, 40);
const fullOnly = firstLine('full');
const shortOnly = firstLine('short');
const card = new Game(bundle).choose(0).historyCard!;

test.describe('reading modes and the glossary', () => {
  test.use({ bypassCSP: true }); // only so the test can inject axe-core

  test('a reader chooses the short text, opens a name by keyboard and expands the fork in place', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    await page.getByLabel(/Short text/).check();
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.locator('.choice').first()).toBeVisible();

    // The short reading: the gauges' explanation is in the full text only.
    const more = page.getByRole('button', { name: 'Read the full text' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(story(page)).not.toContainText(fullOnly, { useInnerText: true });
    await expect(story(page)).toContainText(shortOnly, { useInnerText: true });

    // Keyboard: from the story, Tab reaches the expander, then the first name.
    await page.locator('.scene').focus();
    await page.keyboard.press('Tab');
    await expect(more).toBeFocused();
    await page.keyboard.press('Tab');
    const petrograd = page.getByRole('button', { name: 'Petrograd', exact: true });
    await expect(petrograd).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(petrograd).toHaveAttribute('aria-expanded', 'true');
    const entry = page.locator(`#${await petrograd.getAttribute('aria-controls')}`);
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('St Petersburg again since 1991');
    await page.keyboard.press('Enter');
    await expect(entry).toBeHidden();

    // Back to the expander: the full text takes the short one's place.
    await page.keyboard.press('Shift+Tab');
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(story(page)).toContainText(fullOnly, { useInnerText: true });
    await expect(story(page)).not.toContainText(shortOnly, { useInnerText: true });
    const back = page.getByRole('button', { name: 'Back to the short text' });
    await expect(back).toBeFocused();
    await expect(back).toHaveAttribute('aria-expanded', 'true');
    expect(await seriousViolations(page)).toEqual([]);

    // The history card after the choice opens on its summary.
    await page.keyboard.press('1');
    const shown = page.locator('.history-card').first();
    await expect(shown).toContainText(card.summary[0]!.slice(0, 40));
    await expect(shown.getByRole('button', { name: 'Read the full card' })).toBeVisible();
    await expect(shown).not.toContainText(card.paragraphs.at(-1)!.slice(0, 40), { useInnerText: true });

    // The choice is kept with the settings.
    await page.goto('/');
    await expect(page.getByLabel(/Short text/)).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('the full text is the default for a player, and a class reads short by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByLabel(/Full text/)).toBeChecked();
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(story(page)).toContainText(fullOnly, { useInnerText: true });
    await expect(page.getByRole('button', { name: 'Read the full text' })).toHaveCount(0);

    await page.goto('/');
    await page.getByRole('button', { name: 'Run a class' }).click();
    await expect(page.getByLabel(/Short text/)).toBeChecked();
    await page.getByTestId('start-lesson').click();
    await expect(page.getByRole('button', { name: 'Read the full text' })).toBeVisible();
  });

  test('the menu lists every name and term', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: "Who's who and terms" }).click();
    const dialog = page.getByRole('dialog', { name: "Who's who and terms" });
    await expect(dialog.getByRole('heading', { name: 'People' })).toBeVisible();
    await expect(dialog.getByText('Orgburo', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Felix Dzerzhinsky', { exact: false })).toBeVisible();
  });
});
