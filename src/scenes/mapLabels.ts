/**
 * Label placement on the map: region names and event captions keep a constant size on
 * screen, sharp at the device's pixel ratio, and a label that would collide is hidden.
 */
import Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import { meterScale } from './MeterScene';

/** The capitals are labelled before anything that might crowd them out. */
const LABEL_FIRST = ['petrograd', 'moscow'];

export interface PlacedMarker {
  marker: Phaser.GameObjects.Container;
  caption: Phaser.GameObjects.Text;
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
  const placed: Phaser.Geom.Rectangle[] = [];
  // Event captions first, newest first: an older caption that would overlap keeps only its dot.
  const perPixel = dpr / camScale;
  for (const m of [...markers].reverse()) {
    m.marker.setScale(perPixel).setPosition(m.x, m.y + 16 * perPixel);
    m.caption.setVisible(true);
    const b = m.caption.getBounds();
    const clash = placed.some((p) => Phaser.Geom.Intersects.RectangleToRectangle(p, b));
    m.caption.setVisible(!clash);
    if (!clash) placed.push(b);
  }
  const rank = (r: LabelledRegion): number => (LABEL_FIRST.includes(r.info.id) ? 2 : r.info.inEmpire ? 1 : 0);
  const ordered = [...regions].sort((a, b) => rank(b) - rank(a) || b.info.weight - a.info.weight);
  for (const r of ordered) {
    if (!r.label) continue;
    if (r.label.style.resolution !== resolution) r.label.setResolution(resolution);
    r.label.setScale((k * dpr) / camScale);
    const b = r.label.getBounds();
    const clash = placed.some((p) => Phaser.Geom.Intersects.RectangleToRectangle(p, b));
    r.label.setVisible(!clash);
    if (!clash) placed.push(b);
  }
}
