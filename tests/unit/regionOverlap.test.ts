/**
 * What the map's region cache draws again over a region that changes colour: the regions
 * drawn after it that lie (partly) inside it. Neighbours that only share a border are not
 * drawn again; a region inside another always is, or the fading region would paint over it.
 */
import { describe, expect, test } from 'vitest';
import { drawnOver, liesInside } from '../../src/scenes/regionOverlap';
import { pointInRing } from '../../src/scenes/mapView';
import { shapes, table } from './mapData';

const square = (x0: number, y0: number, size: number): { x: number; y: number }[][] => [
  [
    { x: x0, y: y0 },
    { x: x0 + size, y: y0 },
    { x: x0 + size, y: y0 + size },
    { x: x0, y: y0 + size },
  ],
];

describe('liesInside', () => {
  const big = square(0, 0, 10);
  test('a region inside another lies inside it', () => {
    expect(liesInside(big, square(2, 2, 3))).toBe(true);
  });
  test('a neighbour sharing a border does not', () => {
    expect(liesInside(big, square(10, 0, 10))).toBe(false);
  });
  test('a region far away does not', () => {
    expect(liesInside(big, square(30, 30, 5))).toBe(false);
  });
});

describe('on the real map, in draw order (larger regions first)', () => {
  const rows = [...table].filter((r) => shapes.has(r.id)).sort((a, b) => b.weight - a.weight);
  const rings = rows.map((r) => (shapes.get(r.id) ?? []).map((poly) => (poly[0] ?? []).map(([x = 0, y = 0]) => ({ x, y }))));
  const over = drawnOver(rings, () => true);

  test('every region with any point inside an earlier region (off its border) is drawn over it', () => {
    // Every point, not a sample: what the cache's quick test must not miss.
    const truth: string[] = [];
    rows.forEach((lower, i) => {
      const border = new Set((rings[i] ?? []).flat().map((p) => `${p.x},${p.y}`));
      rows.forEach((upper, j) => {
        if (j <= i) return;
        const inside = (rings[j] ?? [])
          .flat()
          .some((p) => !border.has(`${p.x},${p.y}`) && (rings[i] ?? []).some((ring) => ring.length >= 3 && pointInRing(p, ring)));
        if (inside) truth.push(`${upper.id} over ${lower.id}`);
      });
    });
    const found = over.flatMap((list, i) => list.map((j) => `${rows[j]?.id} over ${rows[i]?.id}`));
    expect(truth.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(truth.sort());
  });

  test('neighbours are not: few regions are drawn over another', () => {
    const pairs = over.flatMap((list, i) => list.map((j) => `${rows[j]?.id} over ${rows[i]?.id}`));
    // Of the 55 regions' 218 pairs whose bounds meet, only these overlap (measured when written).
    expect(pairs.length).toBeLessThan(10);
    expect(pairs).toContain('vilna over west-belarus');
  });
});
