/**
 * Which regions are drawn over which. Neighbours only share a border; a region drawn later
 * can also lie partly inside an earlier one (the map's shapes have no holes: a small region
 * sits on top of the larger one around it, and some borders overlap a little). Used by the
 * region cache (regionCache.ts) to know what to draw again over a region that changes colour.
 */
import { pointInRing } from './mapView';

interface Point {
  x: number;
  y: number;
}
type Rings = readonly (readonly Point[])[];

/** A point's key to a thousandth of a world unit (the plane is 1600 wide). */
const key = (p: Point): number => Math.round(p.x * 1000) * 1e7 + Math.round(p.y * 1000);
const vertices = (rings: Rings): Set<number> => new Set(rings.flatMap((ring) => ring.map(key)));

/**
 * Whether `upper` lies partly inside `lower`, tested on up to `samples` of its points spread
 * along its rings, leaving out those that are also `lower`'s (a shared border is no overlap).
 */
export function liesInside(lower: Rings, upper: Rings, samples = 16, lowerVertices = vertices(lower)): boolean {
  const all = upper.flat();
  const step = Math.max(1, Math.floor(all.length / samples));
  let tested = 0;
  // Every step-th point, or the next one after it that is not on lower's border.
  for (let i = 0; i < all.length && tested < samples; i++) {
    const p = all[i];
    if (!p || lowerVertices.has(key(p))) continue;
    tested++;
    if (lower.some((ring) => ring.length >= 3 && pointInRing(p, ring))) return true;
    i = Math.max(i, tested * step - 1);
  }
  return false;
}

/**
 * For regions in draw order, the indexes of the later regions drawn over each (directly:
 * follow the lists for what lies over those in turn). `near(i, j)` is a cheap first test.
 */
export function drawnOver(regions: readonly Rings[], near: (i: number, j: number) => boolean): number[][] {
  const keys = regions.map(vertices);
  return regions.map((lower, i) => {
    const over: number[] = [];
    for (let j = i + 1; j < regions.length; j++) {
      const upper = regions[j];
      if (upper && near(i, j) && liesInside(lower, upper, 16, keys[i])) over.push(j);
    }
    return over;
  });
}
