/**
 * The flowchart with many paths on a phone: forks where every path only followed history are
 * folded into one "n forks as history" item, the forks where paths part stay open, and the
 * whole tree stays a few screens long. Nine paths are put straight into Your paths (played
 * out by the headless engine), as a player who has played nine games would have them.
 */
import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { bundle, collectErrors, libraryEntry, seedLibrary, seriousViolations } from './helpers';

/** History's choice for the first `leaveAt` choices, then a fixed pseudo-random walk from `seed`, kept as a played path. */
function playedPath(seed: number, leaveAt: number): Record<string, unknown> {
  const game = new Game(bundle);
  let s = seed;
  const next = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const choices: number[] = [];
  let scene = game.scene();
  for (let n = 0; scene.choices.length; n++) {
    const c =
      n < leaveAt
        ? (scene.choices.find((x) => x.historical) ?? scene.choices[0]!)
        : scene.choices[Math.floor(next() * scene.choices.length)]!;
    choices.push(c.index);
    scene = game.choose(c.index);
  }
  const at = new Date(Date.UTC(2026, 0, 1 + seed)).toISOString();
  return libraryEntry(choices, { id: `seeded-${seed}`, name: `Game ${seed}`, createdAt: at, origin: 'played' });
}

/** Nine games that leave history at eight different forks (and one that never does). */
const NINE = [
  [1, 0],
  [2, 1],
  [3, 3],
  [4, 5],
  [5, 8],
  [6, 99],
  [7, 12],
  [8, 16],
  [9, 4],
].map(([seed, at]) => playedPath(seed!, at!));

/** The old layout drew these nine paths 7,260 px tall at 390×844 (every fork and option open). */
const PHONE_BOUND = 3600;

async function openFlowchart(page: Page): Promise<void> {
  await page.goto('/');
  await seedLibrary(page, NINE);
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(NINE.length);
  await page.getByRole('button', { name: 'Flowchart of the forks' }).click();
  await expect(page.getByTestId('flow-tree')).toBeVisible();
}

test.describe('the flowchart folds what paths share', () => {
  test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true }); // bypassCSP only so axe can be injected

  test(`nine paths on a phone: at most ${PHONE_BOUND} px, every branch and ending in view, quiet stretches folded`, async ({ page }) => {
    const errors = collectErrors(page);
    await openFlowchart(page);
    const tree = page.getByTestId('flow-tree');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(PHONE_BOUND);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // Every path that left history shows where it went without opening anything: its branch, with its ending.
    const branches = tree.locator('[data-testid="trunk-fork"] > [role="group"] > [data-testid="tree-branch"]');
    expect(await branches.count()).toBeGreaterThanOrEqual(8);
    for (const b of await branches.all()) {
      await expect(b).toBeVisible();
      await expect(b.locator('.end-chip').first()).toBeVisible();
    }
    // Stretches where every path followed history are one line each, closed, named by their span.
    const stretches = tree.getByTestId('trunk-stretch');
    expect(await stretches.count()).toBeGreaterThanOrEqual(2);
    const first = stretches.first();
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(first.locator('> .tree-label')).toContainText(/\d+ forks as history/);
    const inside = first.locator('> [role="group"] > [data-testid="trunk-fork"]');
    await expect(inside.first()).toBeHidden();
    // Opened on demand (a tap), its forks are there, history's choice at each marked ★ in text, not only colour.
    await first.locator('> .tree-label').click();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(inside.first()).toBeVisible();
    await expect(inside.first()).toContainText('★ History:');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('by keyboard a folded stretch opens with Enter and its forks are reached with the arrows', async ({ page }) => {
    await openFlowchart(page);
    const tree = page.getByTestId('flow-tree');
    const stretch = tree.getByTestId('trunk-stretch').first();
    await tree.locator('[role="treeitem"][tabindex="0"]').focus();
    // Down the visible items to the first stretch: it is one stop, whatever it folds.
    for (let i = 0; i < 40 && !(await stretch.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(stretch).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stretch).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(stretch.locator('> [role="group"] > [data-testid="trunk-fork"]').first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(stretch).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(stretch).toHaveAttribute('aria-expanded', 'false');
  });

  test('“Open everything” opens every folded stretch, branch and list of options not yet taken, and closes them again', async ({
    page,
  }) => {
    await openFlowchart(page);
    const tree = page.getByTestId('flow-tree');
    const before = await tree.locator('[aria-expanded="true"]').count();
    const all = await tree.locator('[aria-expanded]').count();
    const expand = page.getByRole('button', { name: 'Open everything' });
    await expand.click();
    await expect(tree.locator('[aria-expanded="false"]')).toHaveCount(0);
    await expect(tree.getByTestId('not-yet-taken').first()).toBeVisible();
    await expand.click();
    await expect(tree.locator('[aria-expanded="true"]')).toHaveCount(before);
    expect(before).toBeLessThan(all);
  });
});
