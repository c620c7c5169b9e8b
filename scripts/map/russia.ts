/**
 * Splitting Russia: Crimea and Kaliningrad picked out whole, the core cut into regions by
 * seeded Voronoi cells with wandering borders.
 */
import { Delaunay } from 'd3-delaunay';
import { geoAzimuthalEquidistant } from 'd3-geo';
import clip from 'polygon-clipping';
import type { Pair, MultiPolygon } from 'polygon-clipping';
import { BORDER_STEP_KM, BORDER_WANDER_KM, RUSSIA_SEEDS, SEED_PLANE_CENTRE } from '../map-data/regions';
import { hash01, ringCentroid, type Point } from './geometry';

interface RussiaParts {
  core: MultiPolygon;
  crimea: MultiPolygon;
  kaliningrad: MultiPolygon;
}

/**
 * Natural Earth draws Crimea and Kaliningrad as separate polygons of Russia, so they can be
 * picked out whole: Crimea becomes its own region, Kaliningrad the region Königsberg.
 */
export function separateRussia(russia: MultiPolygon): RussiaParts {
  const parts: RussiaParts = { core: [], crimea: [], kaliningrad: [] };
  for (const poly of russia) {
    const c = ringCentroid(poly[0] as Point[]);
    if (c[0] < 23) parts.kaliningrad.push(poly);
    else if (c[0] > 32 && c[0] < 37 && c[1] > 44 && c[1] < 46.3) parts.crimea.push(poly);
    else parts.core.push(poly);
  }
  if (!parts.crimea.length || !parts.kaliningrad.length) throw new Error('Crimea or Kaliningrad not found in Russia');
  return parts;
}

/** A plane in which distances are close to km, so Voronoi cells are fair on the ground. */
function seedPlane() {
  const projection = geoAzimuthalEquidistant().rotate([-SEED_PLANE_CENTRE[0], -SEED_PLANE_CENTRE[1]]).scale(6371).translate([0, 0]);
  return {
    forward(p: Pair): Pair {
      const q = projection(p);
      if (!q) throw new Error(`cannot project ${String(p)}`);
      return [q[0], q[1]];
    },
    inverse(p: Pair): Pair {
      const q = projection.invert?.(p);
      if (!q) throw new Error(`cannot invert ${String(p)}`);
      // Unwrap: every point of interest lies between 0° and 360° east.
      return [q[0] < 0 ? q[0] + 360 : q[0], q[1]];
    },
  };
}

/**
 * Points along a Voronoi edge, excluding its ends, wandering a little to either side so the
 * border looks drawn rather than ruled. Computed from the edge's canonical direction, so the
 * two cells that share the edge get exactly the same points.
 */
function wanderingEdge(a: Pair, b: Pair): Pair[] {
  const forward = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const [p, q] = forward ? [a, b] : [b, a];
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const length = Math.hypot(dx, dy);
  const n = Math.ceil(length / BORDER_STEP_KM);
  if (n < 2) return [];
  const key = `${p[0].toFixed(3)},${p[1].toFixed(3)},${q[0].toFixed(3)},${q[1].toFixed(3)}`;
  const phase1 = hash01(`a${key}`) * 2 * Math.PI;
  const phase2 = hash01(`b${key}`) * 2 * Math.PI;
  // Short edges wander less, so they cannot cross their neighbours.
  const amplitude = Math.min(BORDER_WANDER_KM, 0.12 * length);
  const nx = -dy / length;
  const ny = dx / length;
  const points: Pair[] = [];
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const wave = 0.65 * Math.sin(2 * Math.PI * 1.3 * t + phase1) + 0.35 * Math.sin(2 * Math.PI * 3.1 * t + phase2);
    const off = amplitude * Math.sin(Math.PI * t) * wave;
    points.push([p[0] + dx * t + nx * off, p[1] + dy * t + ny * off]);
  }
  return forward ? points : points.reverse();
}

/** The outline of a lon/lat rectangle, densified so it stays faithful once projected. */
function lonLatRectangle(lon0: number, lon1: number, lat0: number, lat1: number): Pair[] {
  const ring: Pair[] = [];
  for (let lon = lon0; lon < lon1; lon += 1) ring.push([lon, lat0]);
  for (let lat = lat0; lat < lat1; lat += 1) ring.push([lon1, lat]);
  for (let lon = lon1; lon > lon0; lon -= 1) ring.push([lon, lat1]);
  for (let lat = lat1; lat > lat0; lat -= 1) ring.push([lon0, lat]);
  ring.push([lon0, lat0]);
  return ring;
}

/**
 * Splits Russia's core into regions: a Voronoi cell around every seed (measured in a km-scale
 * plane, with wandering borders), cells unioned per region, then clipped to Russia in lon/lat
 * so Russia's own border vertices are kept exactly and stay shared with its neighbours.
 */
export function splitRussia(core: MultiPolygon): Map<string, MultiPolygon> {
  const plane = seedPlane();
  const seeds: { region: string; at: Pair }[] = [];
  for (const [region, list] of Object.entries(RUSSIA_SEEDS)) for (const at of list) seeds.push({ region, at: plane.forward(at) });
  // Far-off dummy seeds close every real cell with true Voronoi vertices (shared exactly).
  const dummies: Pair[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * 2 * Math.PI;
    dummies.push([12000 * Math.cos(a), 12000 * Math.sin(a)]);
  }
  const points = [...seeds.map((s) => s.at), ...dummies];
  const voronoi = Delaunay.from(points).voronoi([-60000, -60000, 60000, 60000]);
  // Only keep cell parts inside a lon/lat window around Russia: beyond it, the inverse
  // projection would wrap around the pole.
  const windowRing = lonLatRectangle(19, 195, 38, 84).map((p) => plane.forward(p));
  const cellsByRegion = new Map<string, MultiPolygon>();
  seeds.forEach((seed, i) => {
    const cell = voronoi.cellPolygon(i) as Pair[] | null;
    if (!cell) return;
    const ring: Pair[] = [];
    for (let k = 0; k + 1 < cell.length; k++) {
      const a = cell[k] as Pair;
      const b = cell[k + 1] as Pair;
      ring.push([a[0], a[1]], ...wanderingEdge(a, b));
    }
    ring.push(ring[0] as Pair);
    const inWindow = clip.intersection([ring], [windowRing]);
    const lonLat: MultiPolygon = inWindow.map((poly) => poly.map((r) => r.map((p) => plane.inverse(p))));
    const previous = cellsByRegion.get(seed.region);
    cellsByRegion.set(seed.region, previous ? clip.union(previous, lonLat) : lonLat);
  });
  const regions = new Map<string, MultiPolygon>();
  for (const [region, cells] of cellsByRegion) regions.set(region, clip.intersection(core, cells));
  return regions;
}
