/** The regions in lon/lat: countries merged, Russia split, then the border slices applied. */
import clip from 'polygon-clipping';
import type { Polygon, MultiPolygon } from 'polygon-clipping';
import { REGION_DEFS } from '../map-data/regions';
import { SLICES, SLIVER_KM2 } from '../map-data/slices';
import { EARTH_RADIUS_KM, sphericalArea } from './geometry';
import { separateRussia, splitRussia } from './russia';

/**
 * Moves the land of every slice from its source regions to its target. The cut leaves the
 * source and the slice with exactly the same vertices along the hand-drawn line, so they
 * share arcs in the topology and nothing overlaps or gapes. Small pieces where the drawn line
 * strays across a real border (a river drawn a few km off) go back to the side they touch.
 */
function applySlices(regions: Map<string, MultiPolygon>): void {
  const km2 = (poly: Polygon): number => sphericalArea([poly]) * EARTH_RADIUS_KM ** 2;
  const touches = (poly: Polygon, other: MultiPolygon): boolean => other.length > 0 && clip.union([poly], other).length <= other.length;
  for (const slice of SLICES) {
    const gained: MultiPolygon[] = [];
    for (const source of slice.from) {
      const geom = regions.get(source);
      if (!geom) throw new Error(`slice ${slice.to}: no region ${source}`);
      let moved = clip.intersection(geom, slice.area);
      let kept = clip.difference(geom, slice.area);
      const strayMoved = moved.filter((poly) => km2(poly) < SLIVER_KM2 && touches(poly, kept));
      const strayKept = kept.filter((poly) => km2(poly) < SLIVER_KM2 && touches(poly, moved));
      if (strayMoved.length || strayKept.length) {
        const movedBack = clip.union(
          kept.filter((p) => !strayKept.includes(p)),
          ...strayMoved.map((p) => [p]),
        );
        moved = clip.union(
          moved.filter((p) => !strayMoved.includes(p)),
          ...strayKept.map((p) => [p]),
        );
        kept = movedBack;
      }
      regions.set(source, kept);
      if (moved.length) gained.push(moved);
    }
    const existing = regions.get(slice.to);
    const [first, ...others] = existing ? [existing, ...gained] : gained;
    if (!first) throw new Error(`slice ${slice.to} is empty`);
    regions.set(slice.to, clip.union(first, ...others));
  }
}

/** Merges countries (and Russia's pieces) into the regions, still in lon/lat. */
export function buildRegionsLonLat(countries: Map<string, MultiPolygon>): Map<string, MultiPolygon> {
  const russia = countries.get('Russia');
  if (!russia) throw new Error('Russia missing from the atlas');
  const parts = separateRussia(russia);
  const result = splitRussia(parts.core);
  result.set('crimea', parts.crimea);
  result.set('konigsberg', parts.kaliningrad);

  const claimed = new Set(['Russia']);
  for (const def of REGION_DEFS) {
    if (!def.countries.length) continue;
    const geoms: MultiPolygon[] = [];
    for (const name of def.countries) {
      const g = countries.get(name);
      claimed.add(name);
      if (g) geoms.push(g);
      // Hong Kong and Macao fall south of the box; anything else missing is a typo.
      else if (!['Hong Kong', 'Macao'].includes(name)) throw new Error(`${name} not found for ${def.id}`);
    }
    const [first, ...others] = geoms;
    if (first) result.set(def.id, clip.union(first, ...others));
  }
  const rest = [...countries].filter(([name]) => !claimed.has(name)).map(([, g]) => g);
  const [first, ...others] = rest;
  if (first) result.set('rest', clip.union(first, ...others));
  applySlices(result);
  return result;
}
