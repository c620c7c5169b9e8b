/** Event markers on the map: a dot at the region's label point and a caption beside it. */
import type Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import type { Marker } from '../engine/types';
import type { PlacedMarker } from './mapLabels';
import { hexToNumber, type Theme } from './theme';
import { addText } from './textMetrics';

/** Replace the layer's markers with the scene's; markers on unknown regions are left out. */
export function placeMarkers(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  markers: readonly Marker[],
  regionOf: (id: string) => RegionInfo | undefined,
  theme: Theme,
  dpr: number,
): PlacedMarker[] {
  layer.removeAll(true);
  const placed: PlacedMarker[] = [];
  for (const m of markers) {
    const info = regionOf(m.region);
    if (!info) continue;
    const [x, y] = info.label;
    const dot = scene.add.circle(0, 0, 7, hexToNumber(theme.accent)).setStrokeStyle(2, 0xffffff);
    const caption = addText(scene, 10, -8, m.caption, {
      fontFamily: theme.body,
      fontSize: '13px',
      color: '#ffffff',
      backgroundColor: '#1b1a17',
      padding: { x: 4, y: 2 },
      wordWrap: { width: 220 },
      resolution: dpr,
    });
    const marker = scene.add.container(x, y, [dot, caption]);
    layer.add(marker);
    placed.push({ marker, caption, x, y });
  }
  return placed;
}
