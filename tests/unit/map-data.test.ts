/**
 * The generated map data (scripts/build-map.ts -> assets/map/) is complete and consistent:
 * every region the story may name exists once, geometry sits inside the 1600x900 plane,
 * labels fall inside their regions, weights add up, and the file stays small.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, merge, neighbors } from 'topojson-client';
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
  'petrograd',
  'moscow',
  'north',
  'volga',
  'urals',
  'don-kuban',
  'north-caucasus',
  'georgia',
  'armenia',
  'azerbaijan',
  'crimea',
  'ukraine',
  'belarus',
  'estonia',
  'latvia',
  'lithuania',
  'poland',
  'finland',
  'bessarabia',
  'central-asia',
  'west-siberia',
  'east-siberia',
  'far-east',
  // Border slices inside the former Empire.
  'karelia',
  'west-ukraine',
  'west-belarus',
  'vilna',
];
const OTHER_IDS = [
  // Border slices outside it.
  'german-east',
  'north-bukovina',
  'konigsberg',
  'south-sakhalin',
  'germany',
  'austria',
  'hungary',
  'czechoslovakia',
  'romania',
  'bulgaria',
  'yugoslavia',
  'greece',
  'turkey',
  'france',
  'britain',
  'italy',
  'spain',
  'portugal',
  'scandinavia',
  'benelux',
  'switzerland',
  'persia',
  'afghanistan',
  'mongolia',
  'china',
  'japan',
  'korea',
  'rest',
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

function pointInPolygons(p: [number, number], polys: Position[][][]): boolean {
  return polys.some(([outer = [], ...holes]) => pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h)));
}

describe('map data', () => {
  it('has every required region exactly once in the table and in the topology', () => {
    const tableIds = table.map((r) => r.id);
    const topoIds = topo.objects.regions.geometries.map((g) => String(g.id));
    for (const id of [...EMPIRE_IDS, ...OTHER_IDS]) {
      expect(
        tableIds.filter((t) => t === id),
        `table: ${id}`,
      ).toHaveLength(1);
      expect(
        topoIds.filter((t) => t === id),
        `topology: ${id}`,
      ).toHaveLength(1);
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
      expect(
        table
          .filter((r) => r.groups.includes(g))
          .map((r) => r.id)
          .sort(),
        g,
      ).toEqual([...members].sort());
    }
  });

  it('keeps the topology file within 60 KB gzipped', () => {
    expect(gzipSync(topoText).length).toBeLessThanOrEqual(60 * 1024);
  });
});

/** The build script's projection (equirectangular, standard parallel 55°, central meridian 85° E, fitted into 1600x900). */
function project([lon, lat]: [number, number]): [number, number] {
  const k = Math.cos((55 * Math.PI) / 180);
  const raw = ([a, b]: [number, number]): [number, number] => [(a - 85) * k, -b];
  const [x0, y0] = raw([-12, 80]);
  const [x1, y1] = raw([190, 25]);
  const scale = Math.min((1600 - 24) / (x1 - x0), (900 - 24) / (y1 - y0));
  const offX = (1600 - scale * (x1 - x0)) / 2;
  const offY = (900 - scale * (y1 - y0)) / 2;
  const [x, y] = raw([lon, lat]);
  return [offX + (x - x0) * scale, offY + (y - y0) * scale];
}

function regionsAt(lonLat: [number, number]): string[] {
  const p = project(lonLat);
  return [...shapes].filter(([, polys]) => pointInPolygons(p, polys)).map(([id]) => id);
}

function ringAreaPx(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum / 2);
}

const MODERN_UKRAINE_AND_MOLDOVA = ['ukraine', 'west-ukraine', 'north-bukovina', 'bessarabia'];
/**
 * Each border slice, what it is in 1917, its neighbours along the cut, and the regions that
 * together make up the modern country (or countries) it was cut from.
 */
const SLICES: { id: string; inEmpire: boolean; initial: string; next: string[]; whole: string[] }[] = [
  { id: 'german-east', inEmpire: false, initial: 'central', next: ['poland', 'germany'], whole: ['german-east', 'poland'] },
  { id: 'konigsberg', inEmpire: false, initial: 'central', next: ['german-east', 'lithuania'], whole: ['konigsberg'] },
  { id: 'west-belarus', inEmpire: true, initial: 'central', next: ['belarus', 'vilna'], whole: ['west-belarus', 'belarus'] },
  {
    id: 'west-ukraine',
    inEmpire: true,
    initial: 'central',
    next: ['ukraine', 'west-belarus', 'north-bukovina', 'poland'],
    whole: MODERN_UKRAINE_AND_MOLDOVA,
  },
  {
    id: 'north-bukovina',
    inEmpire: false,
    initial: 'central',
    next: ['west-ukraine', 'bessarabia', 'romania'],
    whole: MODERN_UKRAINE_AND_MOLDOVA,
  },
  { id: 'vilna', inEmpire: true, initial: 'central', next: ['lithuania', 'west-belarus'], whole: ['vilna', 'lithuania'] },
  { id: 'karelia', inEmpire: true, initial: 'empire', next: ['petrograd', 'finland'], whole: ['karelia', 'petrograd', 'north'] },
  { id: 'south-sakhalin', inEmpire: false, initial: 'allied', next: ['far-east'], whole: ['south-sakhalin', 'far-east'] },
];

const geometryIndex = new Map(topo.objects.regions.geometries.map((g, i) => [String(g.id), i]));
const adjacency = neighbors(topo.objects.regions.geometries);
const neighboursOf = (id: string): string[] =>
  (adjacency[geometryIndex.get(id) ?? -1] ?? []).map((i) => String(topo.objects.regions.geometries[i]?.id));

describe('border slices', () => {
  it('exist with their 1917 control, no groups, and real geometry', () => {
    for (const s of SLICES) {
      const row = table.find((r) => r.id === s.id);
      expect(row, s.id).toBeDefined();
      expect(row?.inEmpire, s.id).toBe(s.inEmpire);
      expect(row?.initial, s.id).toBe(s.initial);
      expect(row?.groups, s.id).toEqual([]);
      const polys = shapes.get(s.id) ?? [];
      expect(polys.length, s.id).toBeGreaterThan(0);
      // At least a few dozen square pixels: visible and clickable on the full map.
      const area = polys.reduce((sum, [outer = []]) => sum + ringAreaPx(outer), 0);
      expect(area, s.id).toBeGreaterThan(20);
    }
    // Bessarabia keeps its id and name; Petsamo makes Karelia two pieces.
    expect(table.find((r) => r.id === 'bessarabia')?.name).toBe('Bessarabia');
    expect(shapes.get('karelia')?.length).toBeGreaterThanOrEqual(2);
  });

  it('puts known places in the right region', () => {
    const places: [string, [number, number], string][] = [
      ['Lviv', [24.03, 49.84], 'west-ukraine'],
      ['Minsk', [27.56, 53.9], 'belarus'],
      ['Grodno', [23.83, 53.68], 'west-belarus'],
      ['Pinsk', [26.1, 52.11], 'west-belarus'],
      ['Vyborg', [28.75, 60.71], 'karelia'],
      ['Sortavala', [30.7, 61.7], 'karelia'],
      ['Pechenga', [31.2, 69.5], 'karelia'],
      ['Saint Petersburg', [30.3, 59.94], 'petrograd'],
      ['Kaliningrad', [20.51, 54.71], 'konigsberg'],
      ['Wrocław', [17.04, 51.11], 'german-east'],
      ['Olsztyn', [20.48, 53.78], 'german-east'],
      ['Warsaw', [21.01, 52.23], 'poland'],
      ['Poznań', [16.93, 52.41], 'poland'],
      ['Chișinău', [28.86, 47.01], 'bessarabia'],
      ['Tiraspol', [29.64, 46.84], 'ukraine'],
      ['Izmail', [28.84, 45.35], 'bessarabia'],
      ['Khotyn', [26.49, 48.51], 'bessarabia'],
      ['Kamianets-Podilskyi', [26.58, 48.68], 'ukraine'],
      ['Rivne', [26.25, 50.62], 'west-ukraine'],
      ['Vilnius', [25.28, 54.69], 'vilna'],
      ['Kaunas', [23.9, 54.9], 'lithuania'],
      ['Yuzhno-Sakhalinsk', [142.73, 46.96], 'south-sakhalin'],
      ['Chernivtsi', [25.94, 48.29], 'north-bukovina'],
      ['Berlin', [13.4, 52.52], 'germany'],
    ];
    for (const [name, at, id] of places) expect(regionsAt(at), name).toEqual([id]);
  });

  it('do not overlap any region: a 1 px grid over eastern Europe meets each point at most once', () => {
    // Off-integer sample points, so none falls exactly on a shared border vertex.
    const [xa, ya] = project([13, 71]);
    const [xb, yb] = project([34, 44.5]);
    const boxes = [...shapes].map(([id, polys]) => ({
      id,
      polys: polys.map((poly) => {
        const xs = (poly[0] ?? []).map((p) => p[0] ?? 0);
        const ys = (poly[0] ?? []).map((p) => p[1] ?? 0);
        return { poly, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
      }),
    }));
    const doubled: string[] = [];
    for (let x = xa + 0.37; x < xb; x += 1) {
      for (let y = ya + 0.41; y < yb; y += 1) {
        const hits = boxes.filter((b) =>
          b.polys.some((q) => x >= q.x0 && x <= q.x1 && y >= q.y0 && y <= q.y1 && pointInPolygons([x, y], [q.poly])),
        );
        if (hits.length > 1) doubled.push(`${hits.map((h) => h.id).join('+')} at ${x.toFixed(1)},${y.toFixed(1)}`);
      }
    }
    expect(doubled.slice(0, 10)).toEqual([]);
  });

  it('meet their neighbours along shared borders, with no gap between them', () => {
    for (const s of SLICES) {
      expect(neighboursOf(s.id), s.id).toEqual(expect.arrayContaining(s.next));
      const geoms = topo.objects.regions.geometries.filter((g) => s.whole.includes(String(g.id)));
      expect(geoms.length, s.id).toBe(s.whole.length);
      // Merging across the shared arcs leaves no holes: a gap along a cut would be one.
      const merged = merge(topo, geoms as Parameters<typeof merge>[1]);
      for (const poly of merged.coordinates) expect(poly.length, `${s.whole.join('+')} has a hole`).toBe(1);
    }
    expect(neighboursOf('konigsberg')).not.toContain('germany');
    // Bessarabia: Transnistria went to Ukraine, Khotyn and the Budjak came from it.
    expect(neighboursOf('bessarabia')).toEqual(expect.arrayContaining(['ukraine', 'north-bukovina', 'romania']));
  });
});
