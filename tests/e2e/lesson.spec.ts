/**
 * A lesson that flows on the projector (1920×1080) and on a 1366×768 classroom screen: the
 * role cards in view when a fork opens, a tie that squeezes nothing, text that reads from
 * the back of the room, the printed cards' page count, and a short lesson's debrief charts.
 */
import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { beyondSpan } from '../../src/engine/classroom';
import { bundle } from './helpers';
import { resumeSession, votedSession } from './classSession';

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

async function startLesson(page: Page): Promise<void> {
  await page.goto('/#class');
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await page.getByLabel('Number of groups').selectOption('3');
  await page.getByTestId('start-lesson').click();
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
}

/** Every role card's name is on screen, and the story column has not been scrolled to reach it. */
async function expectCardsInView(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const cards = page.locator('.role-card summary');
  expect(await cards.count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.class-story').evaluate((el) => el.scrollTop)).toBe(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const boxes = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (const b of boxes) {
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(viewport.height);
    expect(b.right).toBeLessThanOrEqual(viewport.width);
  }
  // Before the fork's text, not after it.
  const context = await page.locator('.class-context').boundingBox();
  expect(Math.max(...boxes.map((b) => b.bottom))).toBeLessThanOrEqual(context!.y + 1);
}

/** History's option at each vote of the 1917–1918 lesson, from the engine. */
function historyOptions(): string[] {
  const game = new Game(bundle);
  const options: string[] = [];
  let scene = game.scene();
  while (scene.choices.length && !beyondSpan('1917-1918', scene.fork)) {
    const c = scene.choices.find((x) => x.historical)!;
    options.push(c.option);
    scene = game.choose(c.index);
  }
  return options;
}

for (const viewport of SCREENS) {
  test(`${viewport.width}×${viewport.height}: the fork's role cards are in view when it opens, and after the next vote`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await startLesson(page);
    await expectCardsInView(page, viewport);
    const inputs = page.locator('input.vote-count');
    await inputs.first().fill('9');
    await page.getByTestId('play-winner').click();
    await page.getByTestId('next-fork').click();
    await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
    await expectCardsInView(page, viewport);
  });

  test(`${viewport.width}×${viewport.height}: a tie picks no casting vote, keeps the map's size and Play in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startLesson(page);
    await expect(page.locator('[data-testid="world-canvas"][data-ready="true"]')).toBeVisible();
    const map = page.locator('.map-panel');
    const before = await map.boundingBox();
    const inputs = page.locator('input.vote-count');
    await inputs.nth(0).fill('6');
    await inputs.nth(1).fill('6');
    await page.getByTestId('play-winner').click();
    await expect(page.getByRole('group', { name: /casting vote/ })).toBeVisible();
    await expect(page.locator('input[name="casting"]')).toHaveCount(2);
    await expect(page.locator('input[name="casting"]:checked')).toHaveCount(0);
    await expect(page.locator('input[name="casting"]').first()).toBeFocused();
    expect(await map.boundingBox()).toEqual(before);
    await expect(page.getByTestId('play-winner')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('input[name="casting"]').first()).toBeInViewport();
    // Play without a pick: told to pick, nothing played.
    await page.getByTestId('play-winner').click();
    await expect(page.locator('.vote-message')).toContainText('Pick the teacher’s deciding vote');
    await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
    await page.locator('input[name="casting"]').nth(1).check();
    await page.getByTestId('play-winner').click();
    await expect(page.getByTestId('result-winner')).toContainText('casting vote');
    await expect(page.getByTestId('next-fork')).toBeInViewport({ ratio: 1 });
    // The result slide leaves the map on screen, where the change is seen.
    await expect(map).toBeInViewport({ ratio: 1 });
  });
}

test('on the projector, meters, legend, role cards and the vote panel are at least 20 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await startLesson(page);
  await expect(page.locator('[data-testid="world-canvas"][data-ready="true"]')).toBeVisible();
  const card = page.locator('details.role-card').first();
  await card.locator('summary').click();
  const sizes = async (selector: string): Promise<number[]> => {
    const found = await page.locator(selector).evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(found.length, selector).toBeGreaterThan(0);
    return found;
  };
  for (const selector of [
    '.role-card summary',
    '.role-group-chip',
    'details.role-card[open] p',
    'details.role-card[open] li',
    'details.role-card[open] h4',
    '.vote-panel .section-title',
    '.vote-option',
    '.vote-option .key',
    '.vote-count',
    '.vote-row .stakes',
    '.tie-rule',
    '[data-testid="play-winner"]',
    '.legend li',
    '.legend .swatch',
    '.map-log summary',
    '.map-era',
  ])
    for (const px of await sizes(selector)) expect(px, selector).toBeGreaterThanOrEqual(20);
  // The meters Phaser draws: names, values, the changes, the tallies and the reasons under them.
  const drawn = JSON.parse((await page.getByTestId('world-canvas').getAttribute('data-meter-text')) ?? '{}') as Record<string, number>;
  expect(Object.keys(drawn).sort()).toEqual(['caption', 'change', 'name', 'tallies', 'value']);
  for (const [what, px] of Object.entries(drawn)) expect(px, what).toBeGreaterThanOrEqual(20);
  // The result slide too.
  await page.locator('input.vote-count').first().fill('9');
  await page.getByTestId('play-winner').click();
  for (const selector of [
    '.result-option',
    '.result-count',
    '[data-testid="result-move"]',
    '[data-testid="result-map"]',
    '.class-context .history-card p',
  ])
    for (const px of await sizes(selector)) expect(px, selector).toBeGreaterThanOrEqual(20);
});

test('the setup says how many A4 pages the role cards take, and the printed cards take that many', async ({ page }) => {
  await page.goto('/#class');
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await page.evaluate('window.print = () => {}');
  const pages = page.getByTestId('print-pages');
  await expect(pages).toHaveText(/^Role cards: \d+ cards on \d+ pages \(A4, two to a page\)\.$/);
  await expect(page.getByRole('button', { name: 'Print role cards' })).toHaveAccessibleDescription(await pages.innerText());
  const short = await pages.innerText();
  await page.getByLabel(/1917–1991: The whole century/).check();
  await expect(pages).not.toHaveText(short);
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await expect(pages).toHaveText(short);
  await page.getByRole('button', { name: 'Print role cards' }).click();
  const cards = await page.locator('.print-card').count();
  const [, count, sheets] = /(\d+) cards on (\d+) pages/.exec(short)!;
  expect(Number(count)).toBe(cards);
  // The PDF Chromium prints has exactly that many pages.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(Number(sheets));
});

test('a 1917–1918 debrief: its charts tick at each fork, and it speaks of its own span', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const options = historyOptions();
  // The votes before the last are in the saved session (every vote is clicked through in
  // classroom.spec.ts); the last one, which ends the lesson, is clicked here.
  await resumeSession(page, votedSession('1917-1918', options.slice(0, -1)));
  await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
  const inputs = page.locator('input.vote-count');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) await inputs.nth(i).fill((await inputs.nth(i).getAttribute('data-option')) === options.at(-1) ? '5' : '1');
  await page.getByTestId('play-winner').click();
  await page.getByTestId('next-fork').click();
  await page.getByTestId('open-debrief').click();
  const debrief = page.getByTestId('debrief');
  await expect(debrief.getByRole('heading', { name: 'Debrief: the class’s 1917–1918' })).toBeVisible();
  await expect(debrief).not.toContainText('1991');
  await expect(debrief.locator('.maps figcaption').filter({ hasText: 'history at the same point' }).first()).toBeVisible();
  const charts = page.locator('.chart');
  await expect(charts.first()).toHaveAttribute('data-x-ticks', /\|/);
  for (const ticks of await charts.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.xTicks ?? ''))) {
    const labels = ticks.split(' | ');
    expect(labels).toHaveLength(options.length);
    expect(labels[0]).toBe('Feb 1917');
    expect(labels.filter((l) => l.endsWith('1918'))).toHaveLength(1);
  }
});
