/** Small geometry helpers for the map build: areas, point in ring, label points, a seeded hash. */
import { geoArea } from 'd3-geo';
import type { MultiPolygon } from 'polygon-clipping';

export type Point = [number, number];

/** Signed planar area of a ring (shoelace); the sign depends on winding. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[j] as Point;
    const b = ring[i] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

export function polygonsArea(polys: readonly (readonly Point[][])[]): number {
  let total = 0;
  for (const poly of polys) total += Math.abs(ringArea(poly[0] ?? []));
  return total;
}

export function pointInRing(p: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToSegmentSq(p: Point, a: Point, b: Point): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Signed distance from p to the ring's edge: positive inside. */
function signedDistance(p: Point, ring: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    min = Math.min(min, distToSegmentSq(p, ring[j] as Point, ring[i] as Point));
  }
  return (pointInRing(p, ring) ? 1 : -1) * Math.sqrt(min);
}

/**
 * The pole of inaccessibility of a ring (after Mapbox's polylabel): the inside point farthest
 * from the edge, found by refining square cells best-first. Always inside for a simple ring.
 */
export function poleOfInaccessibility(ring: readonly Point[], precision = 0.5): Point {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance([x, y], ring);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  // Start from the area centroid, which is often good already.
  const c = ringCentroid(ring);
  let best = cell(c[0], c[1], 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max); // small queues; a sort keeps this dependency-free
    const top = queue.pop() as Cell;
    if (top.d > best.d) best = top;
    if (top.max - best.d <= precision) continue;
    const h = top.h / 2;
    queue.push(cell(top.x - h, top.y - h, h), cell(top.x + h, top.y - h, h), cell(top.x - h, top.y + h, h), cell(top.x + h, top.y + h, h));
  }
  return [best.x, best.y];
}

export function ringCentroid(ring: readonly Point[]): Point {
  let x = 0,
    y = 0,
    a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[j] as Point;
    const q = ring[i] as Point;
    const f = p[0] * q[1] - q[0] * p[1];
    x += (p[0] + q[0]) * f;
    y += (p[1] + q[1]) * f;
    a += f * 3;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [x / a, y / a];
}

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a). */
export function hash01(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

export const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

export const EARTH_RADIUS_KM = 6371;

/**
 * True (spherical) area of a lon/lat multipolygon, in steradians. The stretched projection
 * would over-count the Arctic, so territory weights are measured on the globe. Ring winding
 * from the clipping library is the reverse of d3's, so take the smaller of a and 4π − a.
 */
export function sphericalArea(geom: MultiPolygon): number {
  return geom.reduce((sum, poly) => {
    const a = geoArea({ type: 'Polygon', coordinates: poly });
    return sum + Math.min(a, 4 * Math.PI - a);
  }, 0);
}
