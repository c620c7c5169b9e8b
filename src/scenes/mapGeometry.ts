/**
 * The regions' shapes from the pre-projected map (assets/map/eurasia.topo.json, made by
 * scripts/build-map.ts), in draw order: larger regions first, so small ones sit on top of
 * any shared edge and the last hit in this order is the one on top.
 */
import Phaser from 'phaser';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import topology from '../../assets/map/eurasia.topo.json';
import { REGIONS, type RegionInfo } from '../engine/regions';

export interface RegionShape {
  info: RegionInfo;
  rings: Phaser.Math.Vector2[][];
}

function ringsOf(f: Feature<Polygon | MultiPolygon>): Phaser.Math.Vector2[][] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  // Outer rings only: holes were removed at build time and fillPoints ignores them anyway.
  return polys.map((p) => (p[0] ?? []).map(([x = 0, y = 0]) => new Phaser.Math.Vector2(x, y)));
}

export function regionShapes(): RegionShape[] {
  const topo = topology as unknown as Topology<{ regions: GeometryCollection }>;
  const collection = feature(topo, topo.objects.regions);
  const byId = new Map(REGIONS.map((r) => [r.id, r]));
  const features = (collection.features as Feature[])
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .sort((a, b) => (byId.get(String(b.id))?.weight ?? 0) - (byId.get(String(a.id))?.weight ?? 0));
  const shapes: RegionShape[] = [];
  for (const f of features) {
    const info = byId.get(String(f.id));
    if (info) shapes.push({ info, rings: ringsOf(f) });
  }
  return shapes;
}
