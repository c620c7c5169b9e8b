/**
 * Regression tests for input and storage failures that used to lose a player's or a
 * teacher's data, or fail without a word (issue 11): each one in Chromium, as it happened.
 */
import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { AUTOSAVE_KEY, SESSION_KEY } from '../../src/storage/saves';
import { bundle, collectErrors, seedLibrary } from './helpers';

/** Choose by clicking and wait for the scene to change. */
async function choose(page: Page, index: number): Promise<void> {
  const before = await page.locator('.scene').innerText();
  await page.locator('.choice-list .choice').nth(index).click();
  await expect(page.locator('.scene')).not.toHaveText(before, { useInnerText: true });
}

async function newGame(page: Page, picks: number[]): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.choice').first()).toBeVisible();
  for (const i of picks) await choose(page, i);
}

const savedSteps = (page: Page): Promise<number> =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? '{"steps":[]}') as { steps: unknown[] }).steps.length, AUTOSAVE_KEY);

/** A share code of history's first `n` choices. */
function historyCode(n: number): string {
  const game = new Game(bundle);
  for (let i = 0; i < n; i++) game.choose(game.scene().choices.find((c) => c.historical)!.index);
  return encodePath(
    bundle.version,
    game.path().steps.map((s) => s.index),
  );
}

/** Fill localStorage to the brim (Chromium gives a site about 5 MB). */
async function fillLocalStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let i = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      try {
        for (;;) localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
      } catch {
        // full at this size: go on with a smaller one
      }
    }
  });
}

const INDEXEDDB_FAILURES = {
  blocked: "Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked', 'SecurityError'); } });",
  erroring: "IDBFactory.prototype.open = function () { throw new DOMException('broken', 'UnknownError'); };",
  full: "IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };",
} as const;

for (const [how, script] of Object.entries(INDEXEDDB_FAILURES)) {
  test(`with IndexedDB ${how}, a share link asks before replacing the game in progress, which is kept if the player says no`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.addInitScript(script);
    await newGame(page, [0, 1]);
    expect(await savedSteps(page)).toBe(2);
    await page.goto(`/#p=${historyCode(3)}`);
    const dialog = page.getByRole('dialog', { name: 'Open this path?' });
    await expect(dialog).toContainText('will be replaced and lost');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(await savedSteps(page)).toBe(2);
    // Told, and agreeing, the player gets the shared path.
    await page.goto(`/#p=${historyCode(3)}`);
    await page.getByRole('dialog', { name: 'Open this path?' }).getByRole('button', { name: 'Open the path and lose my game' }).click();
    await expect(page.getByTestId('game-notice')).toContainText('3 choices replayed');
    expect(errors).toEqual([]);
  });
}

test('with IndexedDB working, a share link keeps the game in progress in Your paths without asking', async ({ page }) => {
  await newGame(page, [0, 1]);
  await page.goto(`/#p=${historyCode(3)}`);
  await expect(page.getByTestId('game-notice')).toContainText('3 choices replayed');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Your paths' }).click();
  const rows = page.getByTestId('path-list').locator('.path-row');
  await expect(rows).toHaveCount(2);
});

test('an unreadable autosave that cannot be kept aside (storage full) is not overwritten by New game without consent', async ({ page }) => {
  const errors = collectErrors(page);
  const raw = '{"format":1,"storyVer';
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, raw] as const);
  await fillLocalStorage(page);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.getByRole('button', { name: 'New game' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your unreadable saved game cannot be kept' });
  await expect(dialog).toContainText('it will be replaced and lost');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY)).toBe(raw);
  await expect(page.locator('.choice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an unreadable class session that cannot be kept aside is not overwritten by a new lesson without consent', async ({ page }) => {
  const raw = '{"kind":"october-paths/class-session","format":1';
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SESSION_KEY, raw] as const);
  await fillLocalStorage(page);
  await page.reload();
  await page.getByRole('button', { name: 'Run a class' }).click();
  await expect(page.getByRole('alert').first()).toContainText('could not be read');
  await page.getByTestId('start-lesson').click();
  const dialog = page.getByRole('dialog', { name: 'The unreadable class session cannot be kept' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBe(raw);
  await expect(page.getByRole('heading', { name: 'Run a class' })).toBeVisible();
});

test('a broken %-escape in a link is explained on load, on a hash change and when pasted; the hash is cleared', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#p=%E0%A4%A');
  await expect(page.getByTestId('link-problem')).toContainText('broken %-escape');
  expect(await page.evaluate(() => location.hash)).toBe('');
  await page.reload();
  await expect(page.getByTestId('link-problem')).toHaveCount(0);
  await page.evaluate(() => {
    location.hash = '#p=%E0%A4%A';
  });
  await expect(page.getByTestId('link-problem')).toContainText('broken %-escape');
  await page.getByRole('button', { name: 'Your paths' }).click();
  await page.getByTestId('open-code').fill('https://example.org/#p=%E0%A4%A');
  await page.getByTestId('open-code').press('Enter');
  await expect(page.getByRole('alert')).toContainText('broken %-escape');
  expect(errors).toEqual([]);
});

test('a link that replays no choices adds nothing to Your paths', async ({ page }) => {
  await page.goto(`/#p=${encodePath(bundle.version, [])}`);
  await expect(page.getByTestId('game-notice')).toContainText('0 choices replayed');
  await page.goto('/');
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByTestId('path-list')).toContainText('No paths yet');
});

for (const [what, entry] of [
  ['a story version a link cannot hold', { storyVersion: 'not-hex', steps: [] }],
  [
    'more than 255 choices',
    { storyVersion: bundle.version, steps: Array.from({ length: 300 }, () => ({ fork: 'february', option: 'x', index: 0 })) },
  ],
] as const) {
  test(`sharing a kept path with ${what} says it cannot be a link and offers the file`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    // Straight into IndexedDB, as an older or edited database might hold it.
    await seedLibrary(page, [
      {
        id: 'odd',
        name: 'Odd path',
        createdAt: '2026-11-28T10:00:00.000Z',
        updatedAt: '2026-11-28T10:00:00.000Z',
        ending: null,
        year: 1917,
        finished: false,
        origin: 'played',
        ...entry,
      },
    ]);
    await page.getByRole('button', { name: 'Your paths' }).click();
    await page.getByTestId('share-path').click();
    await expect(page.getByTestId('share-problem')).toContainText('cannot be shared as a link');
    await expect(page.getByRole('button', { name: 'Download as a file' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a database left without its store (by an older version) is repaired, and paths are kept again', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('october-paths', 5);
        open.onupgradeneeded = () => open.result.createObjectStore('something-else');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(new Error('open failed'));
      }),
  );
  await newGame(page, [0]);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Your paths' }).click();
  await expect(page.getByTestId('path-list').locator('.path-row')).toHaveCount(1);
});

test('the vote panel takes any whole number a class can have and explains counts it cannot take', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a class' }).click();
  await page.getByTestId('start-lesson').click();
  const inputs = page.locator('input.vote-count');
  const context = page.locator('.class-context');
  const before = await context.innerText();
  for (const bad of ['2.4', '1e309', '-3', '100001']) {
    await inputs.nth(0).fill(bad);
    await page.getByTestId('play-winner').click();
    await expect(page.locator('.vote-message')).toContainText('Option 1:');
    await expect(inputs.nth(0)).toHaveAttribute('aria-invalid', 'true');
    await expect(inputs.nth(0)).toHaveValue(bad);
  }
  expect(await context.innerText()).toBe(before);
  // 1500 against 1200 is no tie: the first option is played.
  await inputs.nth(0).fill('1500');
  await inputs.nth(1).fill('1200');
  await page.getByTestId('play-winner').click();
  await expect(page.locator('.you-chose')).toContainText('(votes 1500 – 1200 – 0)');
});

test('playing game after game in one tab adds no event listeners', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const listeners = async (): Promise<number> => {
    let total = 0;
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      total += list.length;
    }
    return total;
  };
  const playOne = async (): Promise<void> => {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('dialog', { name: 'Start a new game?' }).getByRole('button', { name: 'Start a new game' }).click();
    // The new game is on screen when no choice has been made in it yet.
    await expect(page.locator('.scene .you-chose')).toHaveCount(0);
    await choose(page, 0);
    await expect(page.locator('body.world-ready')).toHaveCount(1);
  };
  await newGame(page, [0]);
  await expect(page.locator('body.world-ready')).toHaveCount(1);
  await playOne();
  const after2 = await listeners();
  for (let i = 0; i < 4; i++) await playOne();
  expect(await listeners()).toBe(after2);
});
