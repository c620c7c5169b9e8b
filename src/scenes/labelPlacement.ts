/**
 * Which labels the map shows, kept free of Phaser so it can be tested over every era: labels
 * are taken in order of importance (the capitals, then the former Empire by area, then the
 * rest) and one that would overlap a label already placed is left out, so no two ever overlap.
 */
import type { RegionInfo } from '../engine/regions';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The capitals are labelled before anything that might crowd them out. */
const LABEL_FIRST = ['petrograd', 'moscow'];

const rank = (r: RegionInfo): number => (LABEL_FIRST.includes(r.id) ? 2 : r.inEmpire ? 1 : 0);

/** Regions in the order their labels are placed. */
export function labelOrder<T extends { info: RegionInfo }>(regions: Iterable<T>): T[] {
  return [...regions].sort((a, b) => rank(b.info) - rank(a.info) || b.info.weight - a.info.weight);
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Keep each box that overlaps none kept before it (nor any in `placed`, nor one `blocked`
 * says it may not cover), in order; `placed` grows.
 */
export function keepClear<T>(
  items: readonly T[],
  boxOf: (item: T) => Box,
  placed: Box[] = [],
  blocked: (item: T, box: Box) => boolean = () => false,
): Set<T> {
  const kept = new Set<T>();
  for (const item of items) {
    const b = boxOf(item);
    if (placed.some((p) => overlaps(p, b)) || blocked(item, b)) continue;
    placed.push(b);
    kept.add(item);
  }
  return kept;
}

/** An event marker's dot on the map, and the region it marks. */
export interface Dot {
  region: string;
  box: Box;
}

/**
 * The region labels shown: in order of importance (labelOrder), each clear of every label and
 * caption placed before it and of other regions' marker dots. A region's own dot sits just
 * under its name and may touch it: that name stays.
 */
export function placeLabels<T extends { info: RegionInfo }>(
  regions: Iterable<T>,
  boxOf: (r: T) => Box,
  placed: Box[],
  dots: readonly Dot[],
): Set<T> {
  return keepClear(labelOrder(regions), boxOf, placed, (r, b) => dots.some((d) => d.region !== r.info.id && overlaps(d.box, b)));
}
