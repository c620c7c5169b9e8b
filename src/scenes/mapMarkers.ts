/** Event markers on the map: a dot at the region's label point and a caption beside it. */
import type Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import type { Marker } from '../engine/types';
import type { PlacedMarker } from './mapLabels';
import { hexToNumber, type Theme } from './theme';
import { addText } from './textMetrics';

/**
 * Markers of earlier scenes, hidden, kept by layer for the next scene's: a new dot, caption and
 * container in every choice's click (a canvas and a measurement per caption) cost more than
 * moving and re-captioning one.
 */
const spares = new WeakMap<Phaser.GameObjects.Container, PlacedMarker[]>();

function newMarker(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, theme: Theme, dpr: number): PlacedMarker {
  const dot = scene.add.circle(0, 0, 7, hexToNumber(theme.accent)).setStrokeStyle(2, 0xffffff);
  const caption = addText(scene, 10, -8, '', {
    fontFamily: theme.body,
    fontSize: '13px',
    color: '#ffffff',
    backgroundColor: '#1b1a17',
    padding: { x: 4, y: 2 },
    wordWrap: { width: 220 },
    resolution: dpr,
  });
  const marker = scene.add.container(0, 0, [dot, caption]);
  layer.add(marker);
  return { marker, dot, caption, region: '', x: 0, y: 0 };
}

/** Markers kept at most: those on screen, and the captions drawn ahead for each option's scene. */
const MOST = 16;

function poolOf(layer: Phaser.GameObjects.Container): PlacedMarker[] {
  let pool = spares.get(layer);
  if (!pool) spares.set(layer, (pool = []));
  return pool;
}

/** Make `count` hidden markers ahead, while the map loads, so a choice's click makes none. */
export function prewarmMarkers(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, theme: Theme, dpr: number, count: number): void {
  const pool = poolOf(layer);
  while (pool.length < count) {
    const spare = newMarker(scene, layer, theme, dpr);
    spare.marker.setVisible(false);
    pool.push(spare);
  }
}

/**
 * Draw ahead, in hidden markers, the captions the next scenes may show (the player is reading):
 * placeMarkers then uses a marker already captioned instead of drawing its text in the click.
 */
export function prepareMarkers(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  captions: readonly string[],
  theme: Theme,
  dpr: number,
): void {
  const pool = poolOf(layer);
  const wanted = new Set(captions);
  const have = new Set(pool.map((p) => p.caption.text));
  const reusable = pool.filter((p) => !p.marker.visible && !wanted.has(p.caption.text));
  for (const caption of wanted) {
    if (have.has(caption)) continue;
    let p = reusable.pop();
    if (!p && pool.length < MOST) {
      p = newMarker(scene, layer, theme, dpr);
      p.marker.setVisible(false);
      pool.push(p);
    }
    if (!p) return;
    if (p.caption.style.resolution !== dpr) p.caption.setResolution(dpr);
    p.caption.setText(caption);
    have.add(caption);
  }
}

/** Replace the layer's markers with the scene's; markers on unknown regions are left out. */
export function placeMarkers(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  markers: readonly Marker[],
  regionOf: (id: string) => RegionInfo | undefined,
  theme: Theme,
  dpr: number,
): PlacedMarker[] {
  const pool = poolOf(layer);
  const shown = markers.flatMap((m) => {
    const info = regionOf(m.region);
    return info ? [{ m, info }] : [];
  });
  const free = new Set(pool);
  // A marker already showing a caption (drawn ahead, or shown before) is used as it is.
  const captioned = shown.map(({ m }) => {
    const p = [...free].find((f) => f.caption.text === m.caption && f.caption.style.resolution === dpr);
    if (p) free.delete(p);
    return p;
  });
  const placed = shown.map(({ m, info }, i) => {
    let p = captioned[i];
    if (!p) {
      p = free.values().next().value ?? newMarker(scene, layer, theme, dpr);
      if (!free.delete(p)) pool.push(p);
      if (p.caption.style.resolution !== dpr) p.caption.setResolution(dpr);
      p.caption.setText(m.caption);
    }
    p.caption.setVisible(true);
    p.marker.setVisible(true);
    const [x, y] = info.label;
    return Object.assign(p, { x, y, region: m.region });
  });
  for (const spare of free) spare.marker.setVisible(false);
  return placed;
}
