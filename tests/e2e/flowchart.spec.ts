import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { historyPath } from '../../src/engine/compare';
import { endLabel } from '../../src/engine/pathName';
import { bundle, collectErrors, libraryEntry, seedLibrary, seriousViolations } from './helpers';

/** Choice indices (0-based) on history's options except where `pick` says otherwise. */
function indices(pick: Record<string, string>): number[] {
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

const CRUSHED = { 'provisional-government': 'critical-support', 'july-days': 'rise-now' };
const historySteps = historyPath(bundle).steps.length;

/**
 * Two paths in Your paths (a crushed rising, and history's own), as opening their links keeps
 * them (that keeping is tested in paths.spec.ts), then the flowchart.
 */
async function openFlowchart(page: Page): Promise<void> {
  const kept = [indices(CRUSHED), indices({})].map((choices, i) =>
    libraryEntry(choices, { id: `link-${i}`, name: `Shared path ${i + 1}`, createdAt: `2026-11-0${i + 1}T10:00:00.000Z`, origin: 'link' }),
  );
  await page.goto('/');
  await seedLibrary(page, kept);
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(kept.length);
  await page.getByRole('button', { name: 'Flowchart of the forks' }).click();
  await expect(page.getByTestId('flow-tree')).toBeVisible();
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, bypassCSP: true }); // bypassCSP only so axe can be injected

    test('the flowchart is a tree: history’s trunk, a path branching off where it parted and ending at its ending, options not yet taken', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await openFlowchart(page);
      const tree = page.getByTestId('flow-tree');
      await expect(tree.getByTestId('trunk-fork')).toHaveCount(historySteps);
      await expect(tree.getByTestId('trunk-end')).toContainText(
        `History ends: ${endLabel({ ending: 'dissolution-1991', year: 1991, finished: true })}`,
      );
      // The crushed path leaves the trunk at the Provisional Government and ends Crushed, 1917.
      const branch = tree.locator('[data-testid="trunk-fork"][data-fork="provisional-government"] [data-testid="tree-branch"]');
      await expect(branch).toHaveCount(1);
      await expect(branch).toContainText('Crushed, 1917');
      await expect(tree.locator('[data-testid="trunk-fork"][data-fork="february"] [data-testid="tree-branch"]')).toHaveCount(0);
      // History's own path ends at the end of the trunk.
      await expect(tree.locator('[data-testid="trunk-fork"]').last().getByTestId('tree-end')).toContainText('Ends: 1991');
      // Options not yet taken are shown (February, where no path parted, opens on a click, and its options too), never "Locked".
      await tree.locator('[data-testid="trunk-fork"][data-fork="february"] > .tree-label').click();
      await tree.locator('[data-fork="february"] [data-testid="not-yet-taken-group"] > .tree-label').click();
      await expect(tree.locator('[data-fork="february"] [data-testid="not-yet-taken"]').first()).toBeVisible();
      await expect(tree.locator('[data-fork="february"] [data-testid="not-yet-taken"]').first()).toContainText('Not yet taken');
      await expect(page.getByTestId('flowchart')).not.toContainText('Locked');
      // Readable: nothing runs off the side.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test('the tree by keyboard: one Tab stop, arrows move, right opens a branch and left closes it', async ({ page }) => {
  await openFlowchart(page);
  const tree = page.getByTestId('flow-tree');
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  await tree.locator('[role="treeitem"][tabindex="0"]').focus();
  const focused = (): Promise<string | null> =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.getAttribute('data-testid')}:${el.getAttribute('data-fork') ?? ''}:${el.getAttribute('aria-expanded') ?? ''}`
        : null;
    });
  // February, where no path parted, is closed; the Provisional Government, where one did, is open at its branch.
  expect(await focused()).toBe('trunk-fork:february:false');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('trunk-fork:provisional-government:true');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('tree-branch:provisional-government:false');
  const branch = tree.locator('[data-testid="tree-branch"][data-fork="provisional-government"]');
  await expect(branch.locator('> [role="group"]')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(branch).toHaveAttribute('aria-expanded', 'true');
  await expect(branch.locator('> [role="group"]')).toBeVisible();
  await expect(branch.locator('> [role="group"]')).toContainText('The July Days');
  await page.keyboard.press('ArrowLeft');
  await expect(branch).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('trunk-fork:provisional-government:true');
});
