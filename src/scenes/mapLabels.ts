/**
 * Label placement on the map: region names and event captions keep a constant size on
 * screen, sharp at the device's pixel ratio, and a label that would collide is hidden
 * (the choice itself is labelPlacement.ts, tested without Phaser).
 */
import type Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import { meterScale } from './MeterScene';
import { keepClear, placeLabels, type Box } from './labelPlacement';

export interface PlacedMarker {
  marker: Phaser.GameObjects.Container;
  dot: Phaser.GameObjects.Arc;
  caption: Phaser.GameObjects.Text;
  /** The region it marks. */
  region: string;
  x: number;
  y: number;
}

export interface LabelledRegion {
  info: RegionInfo;
  label: Phaser.GameObjects.Text | null;
}

/**
 * Run after every zoom: as labels shrink in world units, more of them fit, so more names
 * appear the closer you look. `camScale` is world units to device pixels, `dpr` canvas
 * pixels per CSS pixel, `cssWidth` the canvas width in CSS pixels.
 */
export function layoutLabels(
  markers: readonly PlacedMarker[],
  regions: Iterable<LabelledRegion>,
  dpr: number,
  camScale: number,
  cssWidth: number,
): void {
  const k = meterScale(cssWidth);
  const resolution = Math.round(dpr * k * 4) / 4;
  const placed: Box[] = [];
  // Event captions first, newest first: an older caption that would overlap keeps only its dot.
  const perPixel = dpr / camScale;
  const newestFirst = [...markers].reverse();
  for (const m of newestFirst) m.marker.setScale(perPixel).setPosition(m.x, m.y + 16 * perPixel);
  const captions = keepClear(newestFirst, (m) => m.caption.setVisible(true).getBounds(), placed);
  for (const m of newestFirst) m.caption.setVisible(captions.has(m));
  const labelled = [...regions].filter((r): r is LabelledRegion & { label: Phaser.GameObjects.Text } => r.label !== null);
  for (const r of labelled) {
    if (r.label.style.resolution !== resolution) r.label.setResolution(resolution);
    r.label.setScale((k * dpr) / camScale);
  }
  // Every dot stays; another region's name under one is left out.
  const dots = markers.map((m) => ({ region: m.region, box: m.dot.getBounds() }));
  const shown = placeLabels(labelled, (r) => r.label.getBounds(), placed, dots);
  for (const r of labelled) r.label.setVisible(shown.has(r));
}
