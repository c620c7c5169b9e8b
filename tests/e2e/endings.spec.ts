import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { ENDING_TITLES, FORK_NAMES } from '../../src/engine/types';
import { bundle, collectErrors, seriousViolations } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Choice indices (0-based) that play history's options, except where `pick` says otherwise. */
function indices(pick: Record<string, string> = {}): number[] {
  const game = new Game(bundle);
  const out: number[] = [];
  for (let scene = game.scene(); scene.choices.length;) {
    const wanted = scene.fork ? pick[scene.fork] : undefined;
    const c = scene.choices.find((x) => (wanted ? x.option === wanted : x.historical)) ?? scene.choices[0]!;
    out.push(c.index);
    scene = game.choose(c.index);
  }
  return out;
}

async function openEnd(page: Page, choices: number[]): Promise<void> {
  await page.goto(`/#p=${encodePath(bundle.version, choices)}`);
  await expect(page.getByRole('heading', { name: 'How it came to this' })).toBeVisible();
}

test('history’s century ends with its title first, then the chain of causes, and every end-screen action works', async ({ page }) => {
  const errors = collectErrors(page);
  await openEnd(page, indices());
  const scene = page.locator('.scene');
  // The ending's title leads the story panel.
  await expect(scene.locator('> *').first()).toHaveClass(/ending-title/);
  await expect(scene.locator('> *').first()).toContainText(ENDING_TITLES['dissolution-1991']);
  const chain = page.getByTestId('ending-causes');
  await expect(chain).toContainText(/Soviets \d+ \(too low\)/);
  const links = chain.getByTestId('cause-link');
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  // Each move says the meter, its change, its reason, its year and the choice behind it.
  await expect(links.first()).toContainText(/Soviets ▼ −\d+/);
  await expect(links.first()).toContainText(/after “.+” \(/);
  await expect(links.last()).toContainText('The last choice: “Glasnost and perestroika at once”');
  // The chain comes before the epilogue and the history card.
  const order = await scene.evaluate((el) => {
    const kids = [...el.children];
    return { chain: kids.findIndex((k) => k.matches('.ending-causes')), summary: kids.findIndex((k) => k.matches('.path-summary')) };
  });
  expect(order.chain).toBe(1);
  expect(order.summary).toBeGreaterThan(order.chain);
  await expect(chain).toBeInViewport();

  for (const name of [
    'Replay from the fork that mattered most',
    'Share this path',
    'Compare with history',
    'Flowchart of the forks',
    'Play again',
  ]) {
    await expect(page.locator('.end-actions').getByRole('button', { name })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('end-share').click();
  const share = page.getByRole('dialog', { name: 'Share this path' });
  await expect(share).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(share).toHaveCount(0);

  await page.getByTestId('end-compare').click();
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.getByTestId('compare-endings')).toContainText(ENDING_TITLES['dissolution-1991']);
  expect(errors).toEqual([]);
});

test('a crushed July rising: replay from the fork that mattered most opens a new path at the July Days', async ({ page }) => {
  const errors = collectErrors(page);
  await openEnd(page, indices({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' }));
  await expect(page.locator('.scene > *').first()).toContainText(ENDING_TITLES.crushed);
  await expect(page.getByTestId('pivot-note')).toContainText(`The fork that mattered most: ${FORK_NAMES['july-days']}`);
  await page.getByTestId('replay-pivot').click();
  await expect(page.getByTestId('game-notice')).toContainText(`at ${FORK_NAMES['july-days']}`);
  // Back at the July Days, with the option this path took there marked.
  await expect(page.locator('.choice[data-option="rise-now"] [data-testid="chosen-before"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How it came to this' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the end screen opens the flowchart of the forks', async ({ page }) => {
  await openEnd(page, indices({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' }));
  await page.getByTestId('end-flowchart').click();
  await expect(page.getByRole('heading', { name: 'Flowchart of the forks' })).toBeVisible();
});
