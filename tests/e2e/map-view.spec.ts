/**
 * The map's camera in the browser: it zooms and pans by keyboard, mouse wheel, drag and
 * pinch, Reset view restores the first view, and with reduced motion it jumps instead of gliding.
 */
import { expect, test } from '@playwright/test';
import type { ViewTransform } from '../../src/scenes/mapView';
import { collectErrors, startNewGame, waitForMap } from './helpers';
import { canvasPng, settled, viewOf } from './mapHelpers';

test('the map zooms and pans by keyboard, and Reset view restores it', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await waitForMap(page);
  const start = await viewOf(page);
  const first = await canvasPng(page);

  const mapView = page.getByRole('group', { name: 'Map view' });
  await mapView.focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(start.scale * 1.4);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await viewOf(page)).originX).toBeGreaterThan(start.originX);
  await settled(page); // the camera move (220 ms) has ended
  const zoomed = await canvasPng(page);
  expect(zoomed.data.compare(first.data)).not.toBe(0);

  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(async () => viewOf(page)).toEqual(start);
  await settled(page);
  const reset = await canvasPng(page);
  let differing = 0;
  for (let i = 0; i < reset.data.length; i += 4) if (reset.data[i] !== first.data[i]) differing++;
  expect(differing / (reset.data.length / 4)).toBeLessThan(0.01);

  // "0" resets too, and the zoom buttons work.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(start.scale);
  await mapView.focus();
  await page.keyboard.press('0');
  await expect.poll(async () => viewOf(page)).toEqual(start);
  expect(errors).toEqual([]);
});

test('the mouse wheel zooms about the pointer and a drag pans', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await waitForMap(page);
  const start = await viewOf(page);
  const box = await page.getByTestId('world-canvas').boundingBox();
  if (!box) throw new Error('no map');
  const at = { x: box.x + box.width * 0.4, y: box.y + start.height * 0.5 };
  const worldAt = (v: ViewTransform): number => v.originX + (at.x - box.x) / v.scale;
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(start.scale * 1.3);
  const zoomed = await viewOf(page);
  expect(worldAt(zoomed)).toBeCloseTo(worldAt(start), 3); // the point under the pointer stayed put

  await page.mouse.down();
  await page.mouse.move(at.x + 120, at.y + 40, { steps: 6 });
  await page.mouse.up();
  const dragged = await viewOf(page);
  expect(dragged.originX).toBeCloseTo(zoomed.originX - 120 / zoomed.scale, 3);
  // A drag is not a click: no region got selected.
  await expect(page.locator('.region-card')).toBeHidden();
  expect(errors).toEqual([]);
});

test.describe('touch', () => {
  test.use({ hasTouch: true });
  test('a pinch zooms the map', async ({ page }) => {
    const errors = collectErrors(page);
    await startNewGame(page);
    await waitForMap(page);
    const start = await viewOf(page);
    const box = await page.getByTestId('world-canvas').boundingBox();
    if (!box) throw new Error('no map');
    const cx = box.x + box.width / 2;
    const cy = box.y + start.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number): Promise<void> => {
      const points =
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ];
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    };
    await touch('touchStart', 40);
    for (let s = 50; s <= 120; s += 10) await touch('touchMove', s);
    await touch('touchEnd', 0);
    await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(start.scale * 2);
    expect(errors).toEqual([]);
  });
});

test('with reduced motion the camera jumps instead of gliding', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await startNewGame(page);
  await waitForMap(page);
  const start = await viewOf(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Read at once: an animated zoom would still be at (or near) its starting scale.
  expect((await viewOf(page)).scale).toBeCloseTo(start.scale * 1.5, 6);
  await page.getByRole('button', { name: 'Reset view' }).click();
  expect(await viewOf(page)).toEqual(start);
  expect(errors).toEqual([]);
  await context.close();
});
