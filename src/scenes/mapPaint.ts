/**
 * How the map draws a region: its fill and border, the selection outline and its name label.
 * Borders and outlines are drawn in world units, so they are given the world units per
 * device pixel (`px`) to keep a constant width on screen.
 */
import type Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import { hexToNumber, type Theme } from './theme';

type Rings = readonly Phaser.Math.Vector2[][];

/** How opaque a region's fill is: the rest of the world is washed out. */
export const regionAlpha = (info: RegionInfo): number => (info.id === 'rest' ? 0.35 : 1);

/** A region border's width in world units, `px` world units per device pixel. */
export const borderWidth = (px: number): number => 1.2 * px;

/** Fill a region in `colour` with a border `px` world units per device pixel wide. */
export function paintRegion(
  g: Phaser.GameObjects.Graphics,
  info: RegionInfo,
  rings: Rings,
  colour: number,
  px: number,
  theme: Theme,
): void {
  g.clear();
  g.fillStyle(colour, regionAlpha(info));
  g.lineStyle(borderWidth(px), hexToNumber(theme.border), 1);
  for (const ring of rings) {
    if (ring.length < 3) continue;
    g.fillPoints(ring, true);
    g.strokePoints(ring, true);
  }
}

/** A dark band with a light core, visible on every fill in both themes (null rings clear it). */
export function drawOutline(g: Phaser.GameObjects.Graphics, rings: Rings | null, px: number): void {
  g.clear();
  if (!rings) return;
  for (const [width, colour] of [
    [5, 0x111111],
    [2, 0xffffff],
  ] as const) {
    g.lineStyle(width * px, colour, 1);
    for (const ring of rings) if (ring.length >= 3) g.strokePoints(ring, true);
  }
}

/** A region's name on a pale ground, centred on its label point. */
export function makeLabel(scene: Phaser.Scene, info: RegionInfo, theme: Theme): Phaser.GameObjects.Text {
  return scene.add
    .text(info.label[0], info.label[1], info.name.toUpperCase(), {
      fontFamily: theme.display,
      fontSize: '13px',
      fontStyle: '500',
      color: '#111111',
      align: 'center',
      backgroundColor: 'rgba(243,236,221,0.78)',
      padding: { x: 3, y: 1 },
    })
    .setOrigin(0.5, 0.5);
}
