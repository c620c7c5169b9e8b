/**
 * The generated map data (scripts/build-map.ts -> assets/map/) is complete and consistent:
 * every region the story may name exists once, geometry sits inside the 1600x900 plane,
 * labels fall inside their regions, weights add up, and the file stays small.
 */
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { DEFAULT_FRAME } from '../../src/scenes/mapView';
import { pointInPolygons, project, regionsAt, shapes, table, topo, topoText } from './mapData';

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
  baltic: ['estonia', 'latvia', 'lithuania', 'vilna'],
  caucasus: ['north-caucasus', 'georgia', 'armenia', 'azerbaijan'],
  siberia: ['west-siberia', 'east-siberia'],
  russia: ['petrograd', 'moscow', 'north', 'volga', 'urals', 'don-kuban', 'north-caucasus', 'west-siberia', 'east-siberia', 'far-east'],
};

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

  it('draws the western edge of Europe whole, inside the camera’s default frame with sea to spare', () => {
    // Iceland is unnamed land (rest), Ireland part of the United Kingdom in 1917; Cabo da Roca is the mainland's westernmost point.
    expect(regionsAt([-21.9, 64.15]), 'Reykjavík').toEqual(['rest']);
    expect(regionsAt([-9.05, 53.27]), 'Galway').toEqual(['britain']);
    expect(regionsAt([-9.3, 38.8]), 'Cabo da Roca').toEqual(['portugal']);
    const [westIceland] = project([-24.5, 65.5]);
    expect(westIceland - DEFAULT_FRAME.x).toBeGreaterThanOrEqual(20);
    for (const [id, polys] of shapes) {
      for (const [x = 0, y = 0] of polys.flatMap((p) => p[0] ?? [])) {
        const inside =
          x >= DEFAULT_FRAME.x &&
          x <= DEFAULT_FRAME.x + DEFAULT_FRAME.width &&
          y >= DEFAULT_FRAME.y &&
          y <= DEFAULT_FRAME.y + DEFAULT_FRAME.height;
        expect(inside, `${id} at ${x},${y}`).toBe(true);
      }
    }
  });
});
