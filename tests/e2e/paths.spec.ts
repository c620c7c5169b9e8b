import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { FORKS } from '../../src/engine/types';
import { makePathFile, serializePathFile } from '../../src/engine/pathFile';
import { bundle, collectErrors, findPath, seriousViolations } from './helpers';

/** History's choices (0-based) up to and including the first Brest-Litovsk vote. */
function historyUntilBrest(): number[] {
  const game = new Game(bundle);
  const picks: number[] = [];
  for (let scene = game.scene(); scene.fork !== 'brest-litovsk';) {
    const c = scene.choices.find((x) => x.historical) ?? scene.choices[0]!;
    picks.push(c.index);
    scene = game.choose(c.index);
  }
  return picks;
}

function indexOf(picks: number[], option: string): number {
  const game = new Game(bundle);
  for (const i of picks) game.choose(i);
  const c = game.scene().choices.find((x) => x.option === option);
  if (!c) throw new Error(`no option ${option}`);
  return c.index;
}

/** Choose by clicking (keyboard play has its own tests in play.spec.ts). */
async function choose(page: Page, index: number): Promise<void> {
  const before = await page.locator('.scene').innerText();
  await page.locator('.choice-list .choice').nth(index).click();
  await expect(page.locator('.scene')).not.toHaveText(before, { useInnerText: true });
}

async function play(page: Page, picks: number[]): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.choice').first()).toBeVisible();
  for (const i of picks) await choose(page, i);
}

async function openPaths(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByRole('heading', { name: 'Your paths' })).toBeVisible();
}

/** Open a share link of `picks` (the clicking itself is tested in play.spec.ts) and wait for its notice. */
async function openLink(page: Page, picks: number[]): Promise<void> {
  await page.goto(`/#p=${encodePath(bundle.version, picks)}`);
  await expect(page.getByTestId('game-notice')).toContainText(`${picks.length} choices replayed`);
}

test('two paths played on from the same fork are kept; compare shows where they part, the charts and the maps', async ({ page }) => {
  const errors = collectErrors(page);
  // History up to Brest-Litovsk from a link, then each path's own choice there by a click.
  const prefix = historyUntilBrest();
  await openLink(page, prefix);
  await choose(page, indexOf(prefix, 'sign-now'));
  // "New game" asks before replacing the game in progress; both stay in the library.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Start a new game' }).click();
  await expect(page.locator('.scene .you-chose')).toHaveCount(0); // the new game's first scene
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openLink(page, prefix);
  await choose(page, indexOf(prefix, 'revolutionary-war'));

  await openPaths(page);
  const rows = page.getByTestId('path-list').locator('.path-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(new RegExp(`of ${FORKS.length} forks|Ending:`));
  for (const box of await page.getByTestId('pick-path').all()) await box.check();
  await page.getByTestId('compare-selected').click();

  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.getByTestId('first-divergence')).toContainText('Brest-Litovsk');
  await expect(page.getByTestId('first-divergence')).toContainText('Sign the German terms at once');
  await expect(page.locator('.chart')).toHaveCount(9);
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  // Two paths and history, side by side, at the year on the slider (one click away).
  await page.getByTestId('compare-maps-more').locator('> summary').click();
  const maps = page.getByTestId('compare-maps').locator('.mini-map');
  await expect(maps).toHaveCount(3);
  const slider = page.getByTestId('compare-year');
  await slider.focus();
  const before = await page.getByTestId('compare-maps').innerHTML();
  await page.keyboard.press('End');
  await expect.poll(() => page.getByTestId('compare-maps').innerHTML()).not.toBe(before);
  expect(errors).toEqual([]);
});

test('a share link opened in a fresh browser replays the same ending', async ({ page, browser }) => {
  const crushed = findPath((s) => s.ending === 'crushed');
  await play(page, crushed);
  const ending = (await page.locator('.ending-title').textContent()) ?? '';
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Share this path' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#p=1[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
  await expect(other.getByTestId('game-notice')).toContainText('A shared path');
  await expect(other.locator('.ending-title')).toHaveText(ending);
  // It is kept in the new browser's library too.
  await other.goto('/');
  await other.getByRole('button', { name: 'Your paths' }).click();
  await expect(other.getByTestId('path-list').locator('.path-row')).toHaveCount(1);
  await fresh.close();
});

test('a tampered or truncated link shows the problem and leaves the library and the game alone', async ({ page }) => {
  await play(page, [0, 1]);
  const code = encodePath(bundle.version, [0, 1, 1, 0, 0]);
  const tampered = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
  for (const bad of [tampered, code.slice(0, -3), 'not a code at all']) {
    await page.goto(`/#p=${encodeURIComponent(bad)}`);
    await expect(page.getByTestId('link-problem')).toBeVisible();
    await expect(page.getByTestId('link-problem')).toContainText('Nothing in your saved game or your paths was changed');
  }
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(1);
  await expect(page.getByTestId('path-list')).toContainText(`2 of ${FORKS.length} forks`);
});

test('paths can be renamed, deleted with undo, exported and imported; a garbled file is refused', async ({ page }) => {
  await play(page, [0]);
  await openPaths(page);
  const row = page.getByTestId('path-list').locator('.path-row').first();
  await row.getByTestId('rename-path').click();
  await page.getByRole('textbox', { name: 'New name' }).fill('Bread first');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(row).toContainText('Bread first');

  await page.getByTestId('path-list').locator('.path-row').first().getByTestId('delete-path').click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(0);
  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(1);
  await openPaths(page);
  await expect(page.getByTestId('path-list').locator('.path-row').first()).toContainText('Bread first');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export: Bread first' }).click()]);
  const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
  expect(exported).toMatchObject({ kind: 'october-paths/path', name: 'Bread first' });

  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":"october-paths/path","format":1,"steps":"no"}'),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(1);

  const crushed = findPath((s) => s.ending === 'crushed');
  const game = new Game(bundle);
  for (const i of crushed) game.choose(i);
  const file = makePathFile(game, 'A rising in July');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'july.json', mimeType: 'application/json', buffer: Buffer.from(serializePathFile(file)) });
  await expect(page.getByTestId('game-notice')).toContainText('An imported path');
  await expect(page.locator('.ending-title')).toBeVisible();
});

test('a path from an older story replays until an option is gone, says so, and keeps the original', async ({ page }) => {
  await page.goto('/');
  const picks = historyUntilBrest();
  const game = new Game(bundle);
  for (const i of picks) game.choose(i);
  const steps = game.path().steps.map((s, i) => (i === 3 ? { ...s, option: 'an-option-since-removed' } : s));
  const entry = {
    id: 'old-1',
    name: 'From the old story',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    storyVersion: '0badc0de',
    steps,
    ending: null,
    year: 1918,
    finished: false,
    origin: 'played',
  };
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('october-paths');
    open.onupgradeneeded = () => open.result.createObjectStore('paths');
    open.onsuccess = () => {
      const tx = open.result.transaction('paths', 'readwrite');
      tx.objectStore('paths').put(${JSON.stringify(entry)}, 'old-1');
      tx.oncomplete = () => { open.result.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
  await openPaths(page);
  await page.getByRole('button', { name: 'Continue: From the old story' }).click();
  await expect(page.getByRole('dialog')).toContainText('another version of the story');
  await expect(page.getByRole('dialog')).toContainText('an-option-since-removed');
  await page.getByRole('button', { name: 'Continue from there' }).click();
  await expect(page.getByTestId('game-notice')).toContainText('an-option-since-removed');
  await expect(page.locator('.choice').first()).toBeVisible();
  await openPaths(page);
  const rows = page.getByTestId('path-list').locator('.path-row');
  await expect(rows).toHaveCount(2);
  // The new path is named by where it stands (it replayed history's first three choices).
  await expect(rows.filter({ hasText: 'Up to 1917 · history’s choices so far' })).toContainText(`3 of ${FORKS.length} forks`);
  const original = rows.filter({ hasText: 'From the old story' });
  await expect(original).toContainText(`${new Set(steps.map((s) => s.fork)).size} of ${FORKS.length} forks`);
});

test('with IndexedDB blocked the game goes on, and Your paths says why it is empty', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(
    "Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked', 'SecurityError'); } });",
  );
  await play(page, [0, 1]);
  await expect(page.locator('.save-status')).toHaveText('Saved; path not kept (storage unavailable)');
  await openPaths(page);
  await expect(page.getByRole('alert')).toContainText('not letting the game keep data');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // only so the test can inject axe-core
  // The flowchart's own axe checks are in flowchart.spec.ts (on a phone and on a projector).
  test('the paths screen and the compare view have no serious axe violations', async ({ page }) => {
    await play(page, [0, 0]);
    await openPaths(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('pick-path').first().check();
    await page.getByTestId('compare-selected').click();
    await expect(page.getByTestId('compare')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
