import { expect, test } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { describeStakes } from '../../src/engine/preview';
import { ENDINGS, FORK_NAMES, METER_LABELS } from '../../src/engine/types';
import { bundle, collectErrors, findPath, pressChoice, seriousViolations, startNewGame } from './helpers';

test.use({ bypassCSP: true });

test('each option shows the meters it moves; a screen reader hears the engine’s preview', async ({ page }) => {
  const errors = collectErrors(page);
  const game = new Game(bundle);
  await startNewGame(page);
  for (let fork = 0; fork < 2; fork++) {
    const previews = game.preview();
    const buttons = page.locator('.choice-list .choice');
    await expect(buttons).toHaveCount(previews.length);
    for (const p of previews) {
      const button = buttons.nth(p.index);
      await expect(button).toHaveAccessibleDescription(describeStakes(p));
      // The visible row says the same with arrows, not colour alone.
      const chips = button.locator('[data-testid="stakes"] .stake[data-direction]');
      await expect(chips).toHaveText(
        p.meters.map((m) => new RegExp(`^${m.direction === 'up' ? '▲' : '▼'}\\s*${METER_LABELS[m.meter].name}$`)),
      );
      await expect(button.locator('.stake-lives')).toHaveCount(p.costsLives ? 1 : 0);
    }
    // Keys 1–9 still choose.
    await pressChoice(page, 0);
    game.choose(0);
  }
  expect(await seriousViolations(page, '.choices')).toEqual([]);
  expect(errors).toEqual([]);
});

test('play to an ending, try another choice at an earlier fork, and compare the two paths', async ({ page }) => {
  const errors = collectErrors(page);
  const toEnding = findPath((s) => s.ending !== null);
  const parent = new Game(bundle);
  for (const i of toEnding) parent.choose(i);
  const ending = parent.state().ending;
  const timeline = parent.state().timeline;
  // Branch at the last fork before the ending, with another option there.
  const step = timeline.length - 1;
  const at = timeline[step]!;
  const branch = new Game(bundle);
  for (const i of toEnding.slice(0, step)) branch.choose(i);
  const other = branch.scene().choices.find((c) => c.index !== toEnding[step]);
  if (!other || !at.fork || !ending) throw new Error('the story has no branch to try here');

  await startNewGame(page);
  for (const i of toEnding) await pressChoice(page, i);
  await expect(page.locator('.ending-title')).toBeVisible();
  const rows = page.locator('.path-summary tbody tr');
  await expect(rows).toHaveCount(timeline.length);
  expect(await seriousViolations(page, '.narrative')).toEqual([]);
  await rows
    .nth(step)
    .getByRole('button', { name: new RegExp(`^Try another choice here: ${FORK_NAMES[at.fork]}`) })
    .click();

  // A new path at that fork: the earlier choices replayed, the parent's choice named.
  await expect(page.getByTestId('game-notice')).toContainText(at.choice);
  await expect(page.locator('.choice-list .choice')).toHaveCount(branch.scene().choices.length);
  // The option taken on the parent is marked; another one is chosen.
  await expect(page.getByTestId('chosen-before')).toHaveCount(1);
  await expect(page.locator('.choice-list .choice').nth(toEnding[step]!).getByTestId('chosen-before')).toBeVisible();
  await pressChoice(page, other.index);
  await expect(page.getByTestId('chosen-before')).toHaveCount(0);

  // One click from the new path.
  await page.getByTestId('game-notice').getByRole('button', { name: 'Compare with the path it branched from' }).click();
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.getByTestId('first-divergence')).toContainText(FORK_NAMES[at.fork]);
  await expect(page.getByTestId('first-divergence')).toContainText(other.text);
  await expect(page.getByTestId('first-divergence')).toContainText(at.choice);

  // Your paths: both kept, the branch linked to its parent; the ending counted once.
  await page.getByTestId('compare-back').click();
  const list = page.getByTestId('path-list').locator('.path-row');
  await expect(list).toHaveCount(2);
  await expect(list.filter({ hasText: 'Branched from' })).toHaveCount(1);
  await expect(page.getByTestId('endings-seen')).toHaveText(`Endings seen 1 of ${ENDINGS.length}`);
  await list.filter({ hasText: 'Branched from' }).getByTestId('compare-parent').click();
  await expect(page.getByTestId('first-divergence')).toContainText(other.text);
  await page.goto('/');
  await expect(page.getByTestId('endings-seen')).toHaveText(`Endings seen 1 of ${ENDINGS.length}`);

  // From Your paths: the parent's forks are listed; trying the first one starts a third path there.
  await page.getByRole('button', { name: 'Your paths' }).click();
  await list.filter({ hasNotText: 'Branched from' }).getByTestId('branch-path').click();
  const picker = page.getByTestId('fork-picker');
  await expect(picker.getByRole('listitem')).toHaveCount(timeline.length);
  await expect(picker.getByRole('listitem').nth(step)).toContainText(at.choice);
  expect(await seriousViolations(page, '[data-testid="fork-picker"]')).toEqual([]);
  await picker.getByTestId('try-another').first().click();
  await expect(page.getByTestId('game-notice')).toContainText(timeline[0]!.choice);
  await expect(page.locator('.scene .you-chose')).toHaveCount(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(list).toHaveCount(3);
  await expect(list.filter({ hasText: 'Branched from' })).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('the facilitator’s vote panel shows each option’s stakes on the projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const previews = new Game(bundle).preview();
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a class' }).click();
  await page.getByTestId('start-lesson').click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  const inputs = page.locator('input.vote-count');
  await expect(inputs).toHaveCount(previews.length);
  for (const p of previews) {
    await expect(inputs.nth(p.index)).toHaveAccessibleDescription(describeStakes(p));
    await expect(page.locator('.vote-row').nth(p.index).locator('.stake[data-direction]')).toHaveCount(p.meters.length);
  }
  // Large enough to read from the back of a classroom.
  const size = await page
    .locator('.vote-row .stakes')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});
