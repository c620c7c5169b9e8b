/**
 * The generated map data (assets/map/, written by scripts/build-map.ts) as the map tests read
 * it: the table, the topology, each region's decoded polygons, and point-in-region tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { makeProjection } from '../../scripts/map/output';

const mapFile = (name: string): URL => new URL(`../../assets/map/${name}`, import.meta.url);
export const topoText = readFileSync(fileURLToPath(mapFile('eurasia.topo.json')), 'utf8');
export const topo = JSON.parse(topoText) as Topology<{ regions: GeometryCollection }>;

export interface Row {
  id: string;
  name: string;
  inEmpire: boolean;
  weight: number;
  label: [number, number];
  initial: string;
  groups: string[];
}
export const table = JSON.parse(readFileSync(fileURLToPath(mapFile('regions.json')), 'utf8')) as Row[];

const collection = feature(topo, topo.objects.regions) as FeatureCollection<Polygon | MultiPolygon>;
/** Decoded polygons (rings of [x, y]) by region id. */
export const shapes = new Map<string, Position[][][]>(
  collection.features.map((f) => [String(f.id), f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates]),
);

function pointInRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygons(p: [number, number], polys: Position[][][]): boolean {
  return polys.some(([outer = [], ...holes]) => pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h)));
}

/** The build script's own projection (scripts/map-data/config.ts), lon/lat to the 1600x900 plane. */
export const project = makeProjection();

/** The regions drawn at a place given in lon/lat. */
export function regionsAt(lonLat: [number, number]): string[] {
  const p = project(lonLat);
  return [...shapes].filter(([, polys]) => pointInPolygons(p, polys)).map(([id]) => id);
}

export function ringAreaPx(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum / 2);
}
