/**
 * The generated map data (scripts/build-map.ts -> assets/map/) is complete and consistent:
 * every region the story may name exists once, geometry sits inside the 1600x900 plane,
 * labels fall inside their regions, weights add up, and the file stays small.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';

const mapFile = (name: string): URL => new URL(`../../assets/map/${name}`, import.meta.url);
const topoText = readFileSync(fileURLToPath(mapFile('eurasia.topo.json')), 'utf8');
const topo = JSON.parse(topoText) as Topology<{ regions: GeometryCollection }>;

interface Row {
  id: string;
  name: string;
  inEmpire: boolean;
  weight: number;
  label: [number, number];
  initial: string;
  groups: string[];
}
const table = JSON.parse(readFileSync(fileURLToPath(mapFile('regions.json')), 'utf8')) as Row[];

const VIEW = { width: 1600, height: 900 };
const CONTROLS = ['empire', 'provisional', 'soviet', 'white', 'central', 'allied', 'independent', 'neutral', 'axis', 'bloc'];

const EMPIRE_IDS = [
  'petrograd', 'moscow', 'north', 'volga', 'urals', 'don-kuban', 'north-caucasus', 'georgia', 'armenia',
  'azerbaijan', 'crimea', 'ukraine', 'belarus', 'estonia', 'latvia', 'lithuania', 'poland', 'finland',
  'bessarabia', 'central-asia', 'west-siberia', 'east-siberia', 'far-east',
];
const OTHER_IDS = [
  'germany', 'austria', 'hungary', 'czechoslovakia', 'romania', 'bulgaria', 'yugoslavia', 'greece', 'turkey',
  'france', 'britain', 'italy', 'spain', 'portugal', 'scandinavia', 'benelux', 'switzerland', 'persia',
  'afghanistan', 'mongolia', 'china', 'japan', 'korea', 'rest',
];
const GROUPS: Record<string, string[]> = {
  baltic: ['estonia', 'latvia', 'lithuania'],
  caucasus: ['north-caucasus', 'georgia', 'armenia', 'azerbaijan'],
  siberia: ['west-siberia', 'east-siberia'],
  russia: ['petrograd', 'moscow', 'north', 'volga', 'urals', 'don-kuban', 'north-caucasus', 'west-siberia', 'east-siberia', 'far-east'],
};

const collection = feature(topo, topo.objects.regions) as FeatureCollection<Polygon | MultiPolygon>;
/** Decoded polygons (rings of [x, y]) by region id. */
const shapes = new Map<string, Position[][][]>(
  collection.features.map((f) => [
    String(f.id),
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  ]),
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

function pointInPolygons(p: [number, number], polys: Position[][][]): boolean {
  return polys.some(([outer = [], ...holes]) => pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h)));
}

describe('map data', () => {
  it('has every required region exactly once in the table and in the topology', () => {
    const tableIds = table.map((r) => r.id);
    const topoIds = topo.objects.regions.geometries.map((g) => String(g.id));
    for (const id of [...EMPIRE_IDS, ...OTHER_IDS]) {
      expect(tableIds.filter((t) => t === id), `table: ${id}`).toHaveLength(1);
      expect(topoIds.filter((t) => t === id), `topology: ${id}`).toHaveLength(1);
    }
    expect(new Set(tableIds)).toEqual(new Set(topoIds));
    expect(tableIds).not.toContain('kaliningrad');
  });

  it('marks the former Empire and uses only known controls', () => {
    for (const r of table) {
      expect(r.inEmpire, r.id).toBe(EMPIRE_IDS.includes(r.id));
      expect(CONTROLS, r.id).toContain(r.initial);
      if (!r.inEmpire) expect(r.weight, r.id).toBe(0);
    }
    expect(table.find((r) => r.id === 'lithuania')?.initial).toBe('central');
    expect(table.find((r) => r.id === 'poland')?.initial).toBe('central');
  });

  it('has non-empty geometry with finite coordinates inside the viewport', () => {
    for (const [id, polys] of shapes) {
      expect(polys.length, id).toBeGreaterThan(0);
      for (const poly of polys) {
        expect(poly[0]?.length ?? 0, id).toBeGreaterThanOrEqual(4);
        for (const ring of poly) {
          for (const [x = NaN, y = NaN] of ring) {
            expect(Number.isFinite(x) && Number.isFinite(y), id).toBe(true);
            expect(x >= 0 && x <= VIEW.width && y >= 0 && y <= VIEW.height, `${id} at ${x},${y}`).toBe(true);
          }
        }
      }
    }
  });

  it('puts every label point inside its region', () => {
    for (const r of table) {
      const polys = shapes.get(r.id);
      expect(polys, r.id).toBeDefined();
      expect(pointInPolygons(r.label, polys ?? []), `${r.id} label ${r.label.join(',')}`).toBe(true);
    }
  });

  it('gives the Empire regions area weights that sum to 1', () => {
    const sum = table.filter((r) => r.inEmpire).reduce((s, r) => s + r.weight, 0);
    expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-6);
    for (const r of table.filter((t) => t.inEmpire)) expect(r.weight, r.id).toBeGreaterThan(0);
  });

  it('resolves every group to at least one region, with the expected members', () => {
    const groupIds = new Set(table.flatMap((r) => r.groups));
    for (const g of groupIds) expect(table.filter((r) => r.groups.includes(g)).length, g).toBeGreaterThanOrEqual(1);
    for (const [g, members] of Object.entries(GROUPS)) {
      expect(table.filter((r) => r.groups.includes(g)).map((r) => r.id).sort(), g).toEqual([...members].sort());
    }
  });

  it('keeps the topology file within 60 KB gzipped', () => {
    expect(gzipSync(topoText).length).toBeLessThanOrEqual(60 * 1024);
  });
});
