/**
 * The border slices (scripts/map-data/slices.ts): historical lines cut across modern countries
 * put known places in the right region, overlap nothing and leave no gap.
 */
import { describe, it, expect } from 'vitest';
import { merge, neighbors } from 'topojson-client';
import { pointInPolygons, project, regionsAt, ringAreaPx, shapes, table, topo } from './mapData';

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
  it('exist with their 1917 control, their groups (Vilna is Lithuania’s), and real geometry', () => {
    for (const s of SLICES) {
      const row = table.find((r) => r.id === s.id);
      expect(row, s.id).toBeDefined();
      expect(row?.inEmpire, s.id).toBe(s.inEmpire);
      expect(row?.initial, s.id).toBe(s.initial);
      expect(row?.groups, s.id).toEqual(s.id === 'vilna' ? ['baltic'] : []);
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
