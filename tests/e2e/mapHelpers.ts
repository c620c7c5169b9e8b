/**
 * What the map tests read from the page: the camera transform the map publishes on its host
 * (data-view: canvas CSS px = (world - origin) * scale) and the canvas's pixels.
 */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { ViewTransform } from '../../src/scenes/mapView';
import { nextFrames } from './helpers';

export async function viewOf(page: Page): Promise<ViewTransform> {
  const json = await page.getByTestId('world-canvas').getAttribute('data-view');
  return JSON.parse(json ?? '{}') as ViewTransform;
}

/** The map has stopped moving: two screenshots a few frames apart are the same. */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const a = await canvasPng(page);
      await nextFrames(page, 3);
      return a.data.equals((await canvasPng(page)).data);
    })
    .toBe(true);
}

export async function canvasPng(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('[data-testid="world-canvas"] canvas').screenshot());
}
