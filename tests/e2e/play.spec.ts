import { expect, test } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { METERS, METER_LABELS } from '../../src/engine/types';
import { bundle, canvasColours, collectErrors, findPath, meterValue, pressChoice, startNewGame, waitForMap } from './helpers';

test('a player reaches an ending by keyboard alone, with meters and map moving', async ({ page }) => {
  const errors = collectErrors(page);
  const path = findPath((s) => s.ending === 'generals-russia');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /October/ })).toBeVisible();
  // Keyboard only: the first menu button has focus; Tab/Enter reach "New game".
  // Polled: the app takes over the pre-rendered title after its first frame and focuses it then.
  await expect(page.getByRole('button', { name: 'New game' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.choice').first()).toBeVisible();

  // A meter the engine moves on this path, and where it ends.
  const game = new Game(bundle);
  const startMeters = game.state().meters;
  for (const i of path) game.choose(i);
  const end = game.state().meters;
  const moved = METERS.find((m) => end[m] !== startMeters[m]);
  expect(moved).toBeDefined();
  const meterName = METER_LABELS[moved!].name;
  expect(await meterValue(page, meterName)).toBe(startMeters[moved!]);
  for (const i of path) await pressChoice(page, i);

  await expect(page.locator('.ending-title')).toContainText("The General's Russia");
  await expect(page.getByRole('table')).toBeVisible(); // your path beside history
  expect(await meterValue(page, meterName)).toBe(end[moved!]);
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  await waitForMap(page);
  const { distinct } = await canvasColours(page);
  expect(distinct).toBeGreaterThan(8);
  expect(errors).toEqual([]);
});

test('choices are real buttons with advocates, and history cards follow each fork', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  const first = page.locator('.choice').first();
  await expect(first).toHaveAttribute('type', 'button');
  const scene = new Game(bundle).scene();
  const historical = scene.choices.find((c) => c.historical) ?? scene.choices[0];
  await page
    .locator('.choice')
    .nth(historical?.index ?? 0)
    .click();
  await expect(page.locator('.history-card')).toBeVisible();
  await expect(page.locator('.you-chose')).toContainText(historical?.text ?? '');
  // New text is announced and focus moved into the story.
  await expect(page.getByTestId('story-announcer')).not.toBeEmpty();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('scene'))).toBe(true);
  expect(errors).toEqual([]);
});

test('the "why?" dialog lists what moved each meter', async ({ page }) => {
  await startNewGame(page);
  const game = new Game(bundle);
  const scene = game.choose(0);
  const effect = scene.effects.find((e) => e.delta !== 0 && e.meter !== 'lives');
  // The first option of the first fork moves a meter: the dialog must name its reason.
  expect(effect).toBeDefined();
  await pressChoice(page, 0);
  await page.getByRole('button', { name: /Why\?/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(effect!.reason);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the historical path plays through the whole century to 1991, with the path beside history', async ({ page }) => {
  const errors = collectErrors(page);
  const game = new Game(bundle);
  const picks: number[] = [];
  for (let scene = game.scene(); scene.choices.length;) {
    const h = scene.choices.find((c) => c.historical);
    if (!h) throw new Error(`no historical option at ${scene.fork}`);
    picks.push(h.index);
    scene = game.choose(h.index);
  }
  await startNewGame(page);
  for (const i of picks) await pressChoice(page, i);
  await expect(page.locator('.ending-title')).toContainText('1991');
  await expect(page.locator('.year-label')).toContainText('1991');
  const rows = page.locator('.path-summary tbody tr');
  await expect(rows).toHaveCount(picks.length);
  await expect(rows.first()).toContainText('Same as history');
  expect(errors).toEqual([]);
});
