/**
 * The map's clean-up (issue 13 item 2): changes said aloud while the map is folded on a phone,
 * and the Territory tally after the Union's end.
 */
import { expect, test } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { region } from '../../src/engine/regions';
import { encodePath } from '../../src/engine/pathCode';
import { controlName } from '../../src/shared/palette';
import { bundle, collectErrors, pressChoice, startNewGame } from './helpers';

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a change of regions is announced in a status line while the map is folded, and not twice once it is open', async ({ page }) => {
    const errors = collectErrors(page);
    await startNewGame(page);
    await expect(page.getByTestId('world-canvas')).toBeHidden();
    const game = new Game(bundle);
    const change = game.choose(0).mapChanges[0];
    if (!change) throw new Error('the first choice changes no region');
    await pressChoice(page, 0);
    const news = page.getByTestId('map-news');
    await expect(news).toHaveAttribute('role', 'status');
    await expect(news).toContainText(`Map: ${region(change.region)?.name} now ${controlName(change.control, change.year)}`);
    // With the map open its own list speaks; the status line stays quiet.
    await page.getByRole('button', { name: /^Map/ }).click();
    await pressChoice(page, 0);
    await expect(news).toHaveText('');
    expect(errors).toEqual([]);
  });
});

test('after the dissolution of 1991 the Territory tally names the Union’s end and what Russia keeps', async ({ page }) => {
  const game = new Game(bundle);
  while (game.scene().choices.length) game.choose(game.scene().choices.find((c) => c.historical)!.index);
  const code = encodePath(
    bundle.version,
    game.path().steps.map((s) => s.index),
  );
  await page.goto(`/#p=${code}`);
  await expect(page.locator('[data-tally="territory"]')).toHaveText('Union dissolved · Russia 75%');
});
