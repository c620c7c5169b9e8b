/**
 * The facilitator's screen on a classroom laptop or projector: the map gets a usable height
 * (at 1366×768 it was about 113 px, squeezed under the vote panel and over the meters), and
 * no control covers the meters, the map's labels or another panel.
 */
import { expect, test } from '@playwright/test';

/** The least height of the map's own part of the canvas (above the drawn meters), in CSS px. */
const MAP_AT_LEAST = 300;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}×${viewport.height}: the map is at least ${MAP_AT_LEAST} px tall, its buttons clear of the meters, no panel over another, and so after a vote`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/#class');
    await page.getByLabel(/1917–1918: The Revolution/).check();
    await page.getByLabel('Number of groups').selectOption('3');
    await page.getByTestId('start-lesson').click();
    await expect(page.getByRole('heading', { name: 'The vote' })).toBeVisible();
    const host = page.locator('[data-testid="world-canvas"][data-ready="true"]');
    await expect(host.locator('canvas')).toBeVisible();
    const canvas = (await host.boundingBox())!;
    const mapHeight = Number(await host.getAttribute('data-map-height'));
    expect(mapHeight).toBeGreaterThanOrEqual(MAP_AT_LEAST);
    // The whole map and its meters are on screen.
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(viewport.height);
    // The zoom buttons sit on the map, above the meters drawn under it.
    const tools = await page.locator('.map-tool').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(tools).toHaveLength(3);
    for (const t of tools) expect(t.y + t.height).toBeLessThanOrEqual(canvas.y + mapHeight);
    // The legend and the map's text are under the canvas, not over it.
    const legend = (await page.locator('.legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    // The fork's text, the vote and the map with its meters do not cover one another.
    const panels = await Promise.all(
      ['.class-story', '.vote-panel', '.world-column'].map(async (s) => (await page.locator(s).boundingBox())!),
    );
    for (const [i, a] of panels.entries()) for (const b of panels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // The vote's Play button is on screen without scrolling the page.
    await expect(page.getByTestId('play-winner')).toBeInViewport({ ratio: 1 });
    // The result slide after a vote leaves the map where it was, as tall, to show the change.
    await page.locator('input.vote-count').first().fill('9');
    await page.getByTestId('play-winner').click();
    await expect(page.getByTestId('next-fork')).toBeInViewport({ ratio: 1 });
    // The slide's tally and its three biggest moves are in view, not scrolled away inside the panel.
    await expect(page.getByTestId('result-row').last()).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('result-move').last()).toBeInViewport({ ratio: 1 });
    expect(Number(await host.getAttribute('data-map-height'))).toBe(mapHeight);
    expect(await host.boundingBox()).toEqual(canvas);
  });
}
