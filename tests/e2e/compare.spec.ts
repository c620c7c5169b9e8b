import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { endLabel } from '../../src/engine/pathName';
import { FORK_NAMES } from '../../src/engine/types';
import { bundle, collectErrors, seriousViolations } from './helpers';

/** Choice indices (0-based) that play history's options, except where `pick` says otherwise. */
function indices(pick: Record<string, string> = {}): { choices: number[]; game: Game } {
  const game = new Game(bundle);
  const choices: number[] = [];
  for (let scene = game.scene(); scene.choices.length;) {
    const wanted = scene.fork ? pick[scene.fork] : undefined;
    const c = scene.choices.find((x) => (wanted ? x.option === wanted : x.historical)) ?? scene.choices[0]!;
    choices.push(c.index);
    scene = game.choose(c.index);
  }
  return { choices, game };
}

/** A shared path's end screen, then "Compare with history". */
async function compareWithHistory(page: Page, choices: number[]): Promise<void> {
  await page.goto(`/#p=${encodePath(bundle.version, choices)}`);
  await expect(page.getByRole('heading', { name: 'How it came to this' })).toBeVisible();
  await page.getByTestId('end-compare').click();
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.locator('.chart canvas')).toHaveCount(9);
}

// A path that parts from history at the second fork and goes on to the end of the century.
const DIVERGENT = { 'provisional-government': 'critical-support', 'great-turn': 'keep-nep' };

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('compare leads with what differs in under two screens; every fork and the maps are one click away', async ({ page }) => {
    const errors = collectErrors(page);
    const { choices, game } = indices(DIVERGENT);
    const state = game.state();
    await compareWithHistory(page, choices);
    const view = page.getByTestId('compare');

    // What differs first: the endings, the first fork where they part with each side's choice, the charts.
    const ends = view.getByTestId('compare-endings');
    await expect(ends.locator('tbody tr')).toHaveCount(2);
    await expect(ends.locator('tr[data-mark="A"]')).toContainText(endLabel({ ending: state.ending, year: state.year, finished: true }));
    const part = view.getByTestId('first-divergence');
    await expect(part).toContainText(`They first part at ${FORK_NAMES['provisional-government']}`);
    const first = new Game(bundle);
    first.choose(choices[0]!);
    const options = first.scene().choices;
    for (const c of options.filter((x) => x.option === 'critical-support' || x.historical)) await expect(part).toContainText(c.text);

    // No scrolling past the detail: the page is at most two screens until a disclosure is opened.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2 * 768);
    const forks = view.getByTestId('compare-forks');
    await expect(forks.getByTestId('every-fork')).toBeHidden();

    // One key for all nine charts, no key under each; each chart keeps its table of figures.
    await expect(view.getByTestId('chart-key')).toHaveCount(1);
    await expect(view.getByTestId('chart-key').locator('li')).toHaveCount(2);
    await expect(view.locator('.chart .u-legend')).toHaveCount(0);
    await expect(view.locator('.chart table.chart-data')).toHaveCount(9);
    await view.getByTestId('compare-figures').check();
    await expect(view.locator('.chart table.chart-data').first()).toBeVisible();

    // The path's name is said once on the page (its letter stands for it elsewhere); no ending said twice.
    const label = await ends.locator('tr[data-mark="A"] .path-title').innerText();
    const text = await view.innerText();
    expect(text.split(label).length - 1).toBe(1);
    expect(text).not.toMatch(/Ended in (\d{4}): \1|\b(\d{4}) \(\2\)/);

    // Every fork, side by side: one click.
    await forks.locator('> summary').click();
    const table = forks.getByTestId('every-fork');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr[data-fork="provisional-government"]')).toHaveClass(/differs/);
    await expect(table.locator('tbody tr[data-fork="february"]')).not.toHaveClass(/differs/);
    await expect(table.locator('thead th')).toHaveText(['Fork', /Path A/, /History \(H\)/]);
    await expect(forks.getByTestId('compare-chains')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height);

    // The maps: one click, then the year slider by keyboard.
    await view.getByTestId('compare-maps-more').locator('> summary').click();
    await expect(view.getByTestId('compare-maps').locator('.mini-map')).toHaveCount(2);
    const before = await view.getByTestId('compare-maps').innerHTML();
    await view.getByTestId('compare-year').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => view.getByTestId('compare-maps').innerHTML()).not.toBe(before);
    expect(errors).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true }); // bypassCSP only so axe can be injected

  test('compare reads on a phone: no sideways scroll, each path a block with its labels, no serious axe violations', async ({ page }) => {
    const { choices } = indices(DIVERGENT);
    await compareWithHistory(page, choices);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const row = page.getByTestId('compare-endings').locator('tr[data-mark="H"]');
    await expect(row.locator('td').first()).toHaveCSS('display', 'block');
    await expect(row).toContainText('None: the Union dissolved');
    await page.getByTestId('compare-forks').locator('> summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
