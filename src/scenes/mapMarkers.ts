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

/** Make `count` hidden markers ahead, while the map loads, so a choice's click makes none. */
export function prewarmMarkers(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, theme: Theme, dpr: number, count: number): void {
  let pool = spares.get(layer);
  if (!pool) spares.set(layer, (pool = []));
  while (pool.length < count) {
    const spare = newMarker(scene, layer, theme, dpr);
    spare.marker.setVisible(false);
    pool.push(spare);
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
  let pool = spares.get(layer);
  if (!pool) spares.set(layer, (pool = []));
  const placed: PlacedMarker[] = [];
  for (const m of markers) {
    const info = regionOf(m.region);
    if (!info) continue;
    const [x, y] = info.label;
    const p = pool[placed.length] ?? newMarker(scene, layer, theme, dpr);
    pool[placed.length] = p;
    if (p.caption.style.resolution !== dpr) p.caption.setResolution(dpr);
    p.caption.setText(m.caption).setVisible(true);
    p.marker.setVisible(true);
    placed.push(Object.assign(p, { x, y, region: m.region }));
  }
  for (const spare of pool.slice(placed.length)) spare.marker.setVisible(false);
  return placed;
}
