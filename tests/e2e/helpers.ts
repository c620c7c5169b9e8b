/** Shared by the browser tests: paths computed by the headless engine, and page checks. */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import AxeBuilder from '@axe-core/playwright';
import { Game } from '../../src/engine/Game';
import { loadBundle } from '../../src/cli/headless';
import type { Scene } from '../../src/engine/types';

export const bundle = loadBundle();

/**
 * The shortest choice list (0-based) whose scene satisfies `goal`: depth-first search with
 * iterative deepening, so an early ending is found without walking the whole century.
 */
export function findPath(goal: (scene: Scene) => boolean, maxDepth = 8, limit = 20_000): number[] {
  const game = new Game(bundle);
  let budget = limit;
  const dfs = (prefix: number[], depth: number): number[] | null => {
    if (budget-- <= 0) return null;
    let scene = game.reset();
    for (const i of prefix) scene = game.choose(i);
    if (goal(scene)) return prefix;
    if (prefix.length >= depth) return null;
    for (let i = 0; i < scene.choices.length; i++) {
      const found = dfs([...prefix, i], depth);
      if (found) return found;
    }
    return null;
  };
  let path: number[] | null = null;
  for (let depth = 1; depth <= maxDepth && !path; depth++) path = dfs([], depth);
  if (!path) throw new Error('no path reaches the goal');
  return path;
}

/**
 * A path as Your paths keeps it (src/storage/library.ts), played out by the headless engine:
 * what a player who had played `choices` would have in the library.
 */
export function libraryEntry(
  choices: readonly number[],
  kept: { id: string; name: string; createdAt: string; origin: 'played' | 'link' },
): Record<string, unknown> {
  const game = new Game(bundle);
  for (const i of choices) game.choose(i);
  const state = game.state();
  return {
    ...kept,
    updatedAt: kept.createdAt,
    storyVersion: bundle.version,
    steps: game.path().steps,
    ending: state.ending,
    year: state.year,
    finished: state.finished,
  };
}

/** Put entries straight into this origin's path library (IndexedDB), then reload so the app reads them. */
export async function seedLibrary(page: Page, entries: readonly Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('october-paths');
        open.onupgradeneeded = () => open.result.createObjectStore('paths');
        open.onsuccess = () => {
          const tx = open.result.transaction('paths', 'readwrite');
          for (const e of list) tx.objectStore('paths').put(e, e.id as string);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error('open failed'));
      }),
    entries,
  );
  await page.reload();
}

/** Watch for console errors and page errors for the whole test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function startNewGame(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.choice').first()).toBeVisible();
}

/** Press the number key for a choice and wait for the scene to change. */
export async function pressChoice(page: Page, index: number): Promise<void> {
  const before = await page.locator('.scene').innerText();
  await page.keyboard.press(String(index + 1));
  // A locator assertion re-checks within milliseconds; expect.poll waits 100, 250, 500 ms between reads.
  await expect(page.locator('.scene')).not.toHaveText(before, { useInnerText: true });
}

export async function meterValue(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('meter', { name }).getAttribute('aria-valuenow'));
}

/** Let the page draw `n` more frames (no fixed sleep: it waits for the frames themselves). */
export async function nextFrames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number): void => {
          if (left <= 0) resolve();
          else requestAnimationFrame(() => step(left - 1));
        };
        step(count);
      }),
    n,
  );
}

export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="world-canvas"][data-ready="true"] canvas')).toBeVisible();
  // The first draw is on the next frames.
  await expect.poll(async () => (await canvasColours(page)).distinct).toBeGreaterThan(2);
}

/** Distinct colours in a screenshot of the map canvas (a blank canvas has one or two). */
export async function canvasColours(page: Page): Promise<{ png: PNG; distinct: number }> {
  const shot = await page.locator('[data-testid="world-canvas"] canvas').screenshot();
  const png = PNG.sync.read(shot);
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    seen.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  }
  return { png, distinct: seen.size };
}

/** Serious or critical axe-core violations on the page or in one part of it (@axe-core/playwright). */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself (as axe.run), without opening a second page to merge results.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const result = await (selector ? builder.include(selector) : builder).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}
