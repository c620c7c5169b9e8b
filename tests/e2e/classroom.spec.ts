import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { beyondSpan } from '../../src/engine/classroom';
import { ENDING_TITLES, METERS } from '../../src/engine/types';
import { bundle, collectErrors, findPath, nextFrames, seriousViolations } from './helpers';
import { resumeSession, votedSession } from './classSession';

/** History's option at each vote of the 1917–1918 lesson, from the engine. */
function historyOptions(): string[] {
  const game = new Game(bundle);
  const options: string[] = [];
  let scene = game.scene();
  while (scene.choices.length && !beyondSpan('1917-1918', scene.fork)) {
    const c = scene.choices.find((x) => x.historical) ?? scene.choices[0]!;
    options.push(c.option);
    scene = game.choose(c.index);
  }
  return options;
}

async function setUpLesson(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a class' }).click();
  await expect(page.getByRole('heading', { name: 'Run a class' })).toBeVisible();
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await page.getByLabel('Discussion timer (minutes per fork)').fill('1');
  await page.getByLabel('Discussion timer (minutes per fork)').blur();
  await page.getByLabel('Hold them for the debrief').check();
  await page.getByLabel('Number of groups').selectOption('3');
  // Every role in the span is dealt to one of the three groups.
  const selects = page.locator('select[data-role]');
  expect(await selects.count()).toBeGreaterThan(10);
  await selects.first().selectOption('Group C');
  await page.getByTestId('start-lesson').click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
}

/** Fill the vote counts: `high` options get 5, the others 2. */
async function fillCounts(page: Page, high: string[]): Promise<void> {
  const inputs = page.locator('input.vote-count');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) {
    const option = await inputs.nth(i).getAttribute('data-option');
    await inputs.nth(i).fill(high.includes(option ?? '') ? '5' : '2');
  }
}

/** The result slide, then on to the next fork (or the end of the lesson). */
async function nextFork(page: Page, before: string): Promise<void> {
  await expect(page.locator('.class-context')).not.toHaveText(before, { useInnerText: true });
  await expect(page.getByTestId('result-winner')).toBeVisible();
  await page.getByTestId('next-fork').click();
  await expect(page.getByRole('heading', { name: /^(The vote|End of the lesson)$/ })).toBeVisible();
}

/** Enter the votes: `winner` gets 5, the others 2. */
async function vote(page: Page, winner: string): Promise<void> {
  await fillCounts(page, [winner]);
  const before = await page.locator('.class-context').innerText();
  await page.getByTestId('play-winner').click();
  await nextFork(page, before);
}

/** Enter a tie between `winner` and `tieWith` (5 each); the teacher's casting vote goes to `winner`. */
async function voteTie(page: Page, winner: string, tieWith: string): Promise<void> {
  await fillCounts(page, [winner, tieWith]);
  const before = await page.locator('.class-context').innerText();
  await page.getByTestId('play-winner').click();
  await expect(page.getByRole('group', { name: /casting vote/ })).toBeVisible();
  // Nothing is chosen for the teacher.
  await expect(page.locator('input[name="casting"]:checked')).toHaveCount(0);
  await page.locator(`input[name="casting"][value="${winner}"]`).check();
  await page.getByTestId('play-winner').click();
  await nextFork(page, before);
}

test('after a vote: the story column is back at the top of the new fork, and a result slide shows the tally, the winner and the biggest moves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await setUpLesson(page);
  const options = historyOptions();
  const story = page.locator('.class-story');
  // Read the first fork to the bottom, then vote.
  await story.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => story.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const inputs = page.locator('input.vote-count');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) await inputs.nth(i).fill((await inputs.nth(i).getAttribute('data-option')) === options[0] ? '11' : '3');
  await page.getByTestId('play-winner').click();
  await expect(page.getByRole('heading', { name: 'The result' })).toBeVisible();
  await expect.poll(() => story.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.locator('.class-context')).toBeInViewport();
  // The tally as bars with the counts written out; the winner; three moves with reasons.
  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(n);
  await expect(page.locator('.result-row.winner')).toContainText('11 votes');
  await expect(rows.filter({ hasText: '3 votes' })).toHaveCount(n - 1);
  const widths = await page.locator('.result-bar-fill').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(Math.max(...widths)).toBe(
    widths[await page.locator('.result-row').evaluateAll((els) => els.findIndex((e) => e.classList.contains('winner')))],
  );
  await expect(page.getByTestId('result-winner')).toContainText('The class chose:');
  await expect(page.getByTestId('result-move')).toHaveCount(3);
  await expect(page.getByTestId('result-move').first()).toContainText(
    /(Bread|Land|Soviets|Industry|Army|Party|World) [▲▼] [+−]\d+ .+ \(19\d\d\)/,
  );
  const next = page.getByTestId('next-fork');
  await expect(next).toBeInViewport();
  expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(56);
  await next.click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  await expect(page.locator('input.vote-count').first()).toHaveValue('0');
});

test('a facilitator runs a lesson with votes, a tie and a timer, and gets a printable debrief', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.install();
  await setUpLesson(page);

  // The timer counts down, pauses and extends.
  const clock = page.getByTestId('timer-clock');
  await expect(clock).toHaveText('1:00');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // Jumped, not run: running 2 s of fake time would draw every animation frame in between.
  await page.clock.fastForward(2_000);
  await expect(clock).toHaveText(/^0:5[0-8]$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await clock.innerText();
  await page.clock.fastForward(5_000);
  await expect(clock).toHaveText(paused);
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(clock).toHaveText(/^1:5\d$/);

  // Role cards of this fork, with the group that plays each.
  await expect(page.getByRole('heading', { name: 'Who argues what' })).toBeVisible();
  const card = page.locator('details.role-card').first();
  await card.locator('summary').click();
  await expect(card.locator('.role-position')).toBeVisible();
  await expect(card.locator('.role-group-chip')).toHaveText(/^Group [ABC]$/);

  const options = historyOptions();
  expect(options.length).toBeGreaterThan(1);
  // The first vote ties; the teacher's casting vote decides. The rest follow history.
  const other = new Game(bundle).scene().choices.find((c) => c.option !== options[0])!.option;
  await voteTie(page, options[0]!, other);
  for (const option of options.slice(1)) await vote(page, option);

  // The span ends after Brest-Litovsk: the debrief.
  await expect(page.getByRole('heading', { name: 'End of the lesson' })).toBeVisible();
  await page.getByTestId('open-debrief').click();
  const debrief = page.getByTestId('debrief');
  await expect(debrief.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  const rows = page.getByTestId('debrief-table').locator('tbody tr');
  await expect(rows).toHaveCount(options.length);
  await expect(rows.first()).toContainText('casting vote');
  await expect(rows.first().locator('.tally')).toHaveText(/5 – 5/);
  await expect(rows.nth(options.length - 1)).toContainText('The same');
  await expect(page.locator('.chart')).toHaveCount(METERS.length + 2); // and Lives lost, Territory
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  expect(await page.locator('.mini-map').count()).toBeGreaterThanOrEqual(4);
  // History cards were held during play and appear here, with questions for each fork taken.
  expect(await debrief.locator('.history-card').count()).toBeGreaterThanOrEqual(5);
  await expect(debrief.getByRole('heading', { name: 'Brest-Litovsk, 1918' })).toBeVisible();
  expect(await debrief.locator('.questions li').count()).toBeGreaterThanOrEqual(12);

  // The JSON export carries the votes.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-debrief').click()]);
  const json = JSON.parse(await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')));
  expect(json.kind).toBe('october-paths/debrief');
  expect(json.rows).toHaveLength(options.length);
  expect(json.rows[0].casting).toBe(true);

  // Printed: buttons gone, nothing wider than the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('download-debrief')).toBeHidden();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('.debrief *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.className || el.tagName)
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
  await page.pdf({ path: test.info().outputPath('debrief.pdf'), format: 'A4' });
  expect(errors).toEqual([]);
});

test('a whole-century lesson voted to an early ending opens the debrief with that ending', async ({ page }) => {
  const picks = findPath((s) => s.ending !== null);
  const game = new Game(bundle);
  const options = picks.map((i) => {
    const option = game.scene().choices[i]!.option;
    game.choose(i);
    return option;
  });
  const ending = game.state().ending;
  // The votes before the last are in the saved session; the last one, which reaches the ending, is clicked.
  await resumeSession(page, votedSession('1917-1991', options.slice(0, -1)));
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  await vote(page, options.at(-1)!);
  await expect(page.getByText('The century has reached an ending.')).toBeVisible();
  await page.getByTestId('open-debrief').click();
  expect(ending).not.toBeNull();
  await expect(page.getByTestId('debrief')).toContainText(`with the ending “${ENDING_TITLES[ending!]}”`);
  await expect(page.getByTestId('debrief-table').locator('tbody tr')).toHaveCount(options.length);
});

test('vote counts typed while the map loads are kept', async ({ page }) => {
  await page.goto('/#class');
  await page.getByTestId('start-lesson').click();
  const inputs = page.locator('input.vote-count');
  await inputs.nth(0).fill('7');
  await inputs.nth(1).fill('4');
  await expect(page.locator('[data-testid="world-canvas"][data-ready="true"]')).toBeVisible();
  await nextFrames(page);
  await expect(inputs.nth(0)).toHaveValue('7');
  await expect(inputs.nth(1)).toHaveValue('4');
});

test('the class session survives a reload and resumes at the same fork', async ({ page }) => {
  await setUpLesson(page);
  const options = historyOptions();
  await vote(page, options[0]!);
  await vote(page, options[1]!);
  const fork = await page.locator('.class-context').innerText();
  await page.reload();
  await page.getByRole('button', { name: 'Resume the class session' }).click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  await expect.poll(() => page.locator('.class-context').innerText()).toBe(fork);
  await expect(page.locator('.class-context .you-chose')).toContainText('The class voted');
});

test('role cards print one to a half page, without overflow', async ({ page }) => {
  await page.goto('/#class');
  await expect(page.getByRole('heading', { name: 'Run a class' })).toBeVisible();
  await page.evaluate('window.print = () => {}');
  await page.getByRole('button', { name: 'Print role cards' }).click();
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.print-card');
  expect(await cards.count()).toBeGreaterThan(20);
  await expect(page.locator('.class-setup')).toBeHidden();
  const report = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.print-card')].map((c) => ({
      height: c.getBoundingClientRect().height,
      overflow: c.scrollHeight - c.clientHeight,
    })),
  );
  // 128 mm at 96 px per inch: about 484 px, so two cards and their gap fit an A4 page.
  for (const r of report) {
    expect(r.height).toBeGreaterThan(470);
    expect(r.height).toBeLessThan(500);
    expect(r.overflow).toBeLessThanOrEqual(1);
  }
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // only so the test can inject axe-core
  test('setup, the facilitator screen and the debrief have no serious axe violations', async ({ page }) => {
    await setUpLesson(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'End lesson and debrief' }).click();
    await page.getByRole('button', { name: 'End and debrief' }).click();
    await expect(page.getByTestId('debrief')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
