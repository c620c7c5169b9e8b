/**
 * The map in the browser: a fork repaints the regions it changes (read from the pixels),
 * the regions are reachable by keyboard with their control and history, every change is
 * written out as text. The camera is tested in map-view.spec.ts.
 *
 * World points are turned into canvas pixels with the camera transform the map publishes on
 * its host (data-view: canvas CSS px = (world - origin) * scale).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { Game } from '../../src/engine/Game';
import { REGIONS, region } from '../../src/engine/regions';
import type { Control } from '../../src/engine/types';
import { CONTROL_COLOURS, CONTROL_NAMES } from '../../src/shared/palette';
import { pointInRing, type Point, type ViewTransform } from '../../src/scenes/mapView';
import { bundle, collectErrors, pressChoice, seriousViolations, startNewGame, waitForMap } from './helpers';
import { canvasPng, settled, viewOf } from './mapHelpers';

const topo = JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/map/eurasia.topo.json', import.meta.url)), 'utf8')) as Topology<{
  regions: GeometryCollection;
}>;
const features = feature(topo, topo.objects.regions).features as Feature<Polygon | MultiPolygon>[];

/** History's first choice, and the largest named region it hands to someone new. */
function firstHistoricalChange(): { choice: number; id: string; name: string; before: Control; after: Control; year: number } {
  const game = new Game(bundle);
  const start = game.state().control;
  const choice = game.scene().choices.find((c) => c.historical)?.index ?? 0;
  const changes = game.choose(choice).mapChanges.filter((c) => region(c.region)?.name && start[c.region] !== c.control);
  const best = changes.sort((a, b) => (region(b.region)?.weight ?? 0) - (region(a.region)?.weight ?? 0))[0];
  if (!best) throw new Error('history’s first choice changes no named region');
  const before = start[best.region];
  if (!before) throw new Error(`no starting control for ${best.region}`);
  return { choice, id: best.region, name: region(best.region)?.name ?? best.region, before, after: best.control, year: best.year };
}

/**
 * Canvas points (CSS px) well inside a region and clear of every label and marker, so the
 * pixel there is the region's fill. The label point itself is covered by the label.
 */
function interiorPoints(id: string, view: ViewTransform, size: { width: number; height: number }): Point[] {
  const f = features.find((x) => String(x.id) === id);
  if (!f) throw new Error(`no geometry for ${id}`);
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polys.map((p) => (p[0] ?? []).map(([x = 0, y = 0]) => ({ x, y })));
  const toCanvas = (x: number, y: number): Point => ({ x: (x - view.originX) * view.scale, y: (y - view.originY) * view.scale });
  const labels = REGIONS.map((r) => toCanvas(r.label[0], r.label[1]));
  const out: Point[] = [];
  for (let x = 0; x < 1600; x += 6) {
    for (let y = 0; y < 900; y += 6) {
      if (!rings.some((ring) => pointInRing({ x, y }, ring))) continue;
      // Clear of the border too: all eight neighbours 6 world units away are inside.
      const near = [-6, 0, 6].flatMap((dx) => [-6, 0, 6].map((dy) => ({ x: x + dx, y: y + dy })));
      if (!near.every((p) => rings.some((ring) => pointInRing(p, ring)))) continue;
      const c = toCanvas(x, y);
      if (c.x < 4 || c.y < 4 || c.x > size.width - 60 || c.y > size.height - 4) continue; // 60: the zoom buttons
      // Labels are ~110x40 px around their point; markers hang a caption up to ~240 px to the right.
      if (labels.some((l) => Math.abs(l.x - c.x) < 80 && Math.abs(l.y - c.y) < 40)) continue;
      if (labels.some((l) => c.x > l.x - 20 && c.x < l.x + 260 && c.y > l.y - 20 && c.y < l.y + 70)) continue;
      out.push(c);
    }
  }
  return out;
}

function meanColour(png: PNG, points: Point[]): [number, number, number] {
  const sum = [0, 0, 0];
  for (const p of points) {
    const i = (Math.round(p.y) * png.width + Math.round(p.x)) * 4;
    for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (png.data[i + k] ?? 0);
  }
  return [0, 1, 2].map((k) => (sum[k] ?? 0) / points.length) as [number, number, number];
}

function distance(rgb: [number, number, number], hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return Math.hypot(rgb[0] - ((n >> 16) & 255), rgb[1] - ((n >> 8) & 255), rgb[2] - (n & 255));
}

const change = firstHistoricalChange();

test('a region changes colour on the map after the fork that changes it', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await waitForMap(page);
  const view = await viewOf(page);
  const width = (await page.getByTestId('world-canvas').boundingBox())?.width ?? 0;
  const points = interiorPoints(change.id, view, { width, height: view.height });
  expect(points.length, `visible interior points of ${change.id}`).toBeGreaterThan(5);

  const before = meanColour(await canvasPng(page), points);
  expect(distance(before, CONTROL_COLOURS[change.before])).toBeLessThan(distance(before, CONTROL_COLOURS[change.after]));

  await pressChoice(page, change.choice);
  // The fill animates (700 ms) unless motion is reduced: wait until it has turned.
  await expect
    .poll(async () => {
      const after = meanColour(await canvasPng(page), points);
      return distance(after, CONTROL_COLOURS[change.after]) < 12;
    })
    .toBe(true);
  expect(await viewOf(page)).toEqual(view); // a choice does not move the camera
  // Once the fade has ended the region is drawn from the kept image of the map (the Canvas
  // renderer's region cache): it keeps its new colour there, and after the camera moves.
  await settled(page);
  expect(distance(meanColour(await canvasPng(page), points), CONTROL_COLOURS[change.after])).toBeLessThan(12);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(view.scale);
  await settled(page);
  const zoomed = await viewOf(page);
  const zoomedPoints = interiorPoints(change.id, zoomed, { width, height: zoomed.height });
  expect(zoomedPoints.length, `visible interior points of ${change.id} zoomed in`).toBeGreaterThan(5);
  expect(distance(meanColour(await canvasPng(page), zoomedPoints), CONTROL_COLOURS[change.after])).toBeLessThan(12);
  expect(errors).toEqual([]);
});

test('keyboard focus reaches the region list, and a region shows its control and changes', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await pressChoice(page, change.choice);
  await waitForMap(page);
  const beforeOutline = await canvasPng(page);

  // From the top of the page, Tab alone reaches the list.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const focusedText = (): Promise<string> => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let i = 0; i < 200 && (await focusedText()) !== 'Regions'; i++) await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Regions');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 60 && !(await focusedText()).startsWith(change.name); i++) await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: new RegExp(`^${change.name}`) });
  await expect(button).toBeFocused();
  await expect(button).toContainText(CONTROL_NAMES[change.after]);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  const card = page.getByRole('region', { name: change.name });
  await expect(card).toBeVisible();
  await expect(card).toContainText(new RegExp(`Held by.*${CONTROL_NAMES[change.after]}`));
  await expect(card.getByRole('list')).toContainText(`${change.year} ${CONTROL_NAMES[change.after]}`);
  // Announced, not only shown.
  await expect(page.getByRole('status').filter({ hasText: `${change.name}: held by` })).toHaveCount(1);

  // The selected region is outlined on the map.
  await expect
    .poll(async () => {
      const now = await canvasPng(page);
      return now.data.compare(beforeOutline.data) !== 0;
    })
    .toBe(true);
  expect(errors).toEqual([]);
});

test('clicking a region on the map shows who holds it', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await pressChoice(page, change.choice);
  await waitForMap(page);
  const view = await viewOf(page);
  const width = (await page.getByTestId('world-canvas').boundingBox())?.width ?? 0;
  const points = interiorPoints(change.id, view, { width, height: view.height });
  const p = points[Math.floor(points.length / 2)];
  if (!p) throw new Error('no point to click');
  await page.getByTestId('world-canvas').click({ position: p });
  await expect(page.getByRole('region', { name: change.name })).toContainText(CONTROL_NAMES[change.after]);
  await page.getByRole('button', { name: 'Close region details' }).click();
  await expect(page.getByRole('region', { name: change.name })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the text alternative lists the change', async ({ page }) => {
  const errors = collectErrors(page);
  await startNewGame(page);
  await pressChoice(page, change.choice);
  await page.getByText('Map changes so far').click();
  const list = page.getByRole('list', { name: 'Map changes' });
  await expect(list).toHaveAttribute('aria-live', 'polite');
  const game = new Game(bundle);
  game.choose(change.choice);
  const written = game.state().mapLog.find((c) => c.region === change.id);
  if (!written) throw new Error('the engine logged no change');
  // As MapPanel's describeChange writes it (MapPanel itself imports CSS, which Node cannot load).
  await expect(list).toContainText(`${written.year}: ${change.name} — ${CONTROL_NAMES[written.control]}`);
  expect(errors).toEqual([]);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // only so the test can inject axe-core
  test('the region list, the region card and the focused map have no serious axe violations', async ({ page }) => {
    await startNewGame(page);
    await pressChoice(page, change.choice);
    await waitForMap(page);
    await page.getByText('Regions', { exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^${change.name}`) }).click();
    await page.getByRole('group', { name: 'Map view' }).focus();
    const violations = await seriousViolations(page, '.map-panel');
    expect(violations).toEqual([]);
  });
});
