/** From lon/lat regions to what the game reads: projected, a TopoJSON, and the region table. */
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';
import type { Pair, MultiPolygon } from 'polygon-clipping';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon } from 'geojson';
import type { RegionInfo } from '../../src/engine/regions';
import { BOX, KEEP_VERTICES, MIN_POLYGON_AREA, PROJ, QUANTIZATION, VIEW } from '../map-data/config';
import { REGION_DEFS } from '../map-data/regions';
import { pointInRing, poleOfInaccessibility, polygonsArea, ringArea, round, sphericalArea, type Point } from './geometry';

/** Equirectangular with a standard parallel, fitted (aspect kept) into the viewport, y down. */
export function makeProjection(): (p: Pair) => Point {
  const k = Math.cos((PROJ.standardParallel * Math.PI) / 180);
  const raw = ([lon, lat]: Pair): Point => [(lon - PROJ.centralLon) * k, -lat];
  const [x0, y0] = raw([BOX.lonMin, BOX.latMax]);
  const [x1, y1] = raw([BOX.lonMax, BOX.latMin]);
  const scale = Math.min((VIEW.width - 2 * VIEW.margin) / (x1 - x0), (VIEW.height - 2 * VIEW.margin) / (y1 - y0));
  const offX = (VIEW.width - scale * (x1 - x0)) / 2;
  const offY = (VIEW.height - scale * (y1 - y0)) / 2;
  return (p) => {
    const [x, y] = raw(p);
    return [offX + (x - x0) * scale, offY + (y - y0) * scale];
  };
}

/**
 * Projects a region, keeping only outer rings (Phaser's fillPath ignores holes; the few
 * enclaves left are specks) and dropping specks below MIN_POLYGON_AREA.
 */
export function projectRegion(geom: MultiPolygon, project: (p: Pair) => Point): Point[][][] {
  const out: Point[][][] = [];
  for (const poly of geom) {
    const outer = (poly[0] ?? []).map(project);
    if (Math.abs(ringArea(outer)) >= MIN_POLYGON_AREA) out.push([outer]);
  }
  // Largest first, so the table and the drawing order are stable and meaningful.
  return out.sort((a, b) => polygonsArea([b]) - polygonsArea([a]));
}

export type RegionTopology = Topology<{ regions: GeometryCollection<Record<string, never>> }>;

export function buildTopology(projected: Map<string, Point[][][]>): RegionTopology {
  // Draw order: larger regions first, so anything sitting on a removed hole draws on top.
  const ordered = [...projected].sort((a, b) => polygonsArea(b[1]) - polygonsArea(a[1]) || (a[0] < b[0] ? -1 : 1));
  const fc: FeatureCollection<GeoMultiPolygon, Record<string, never>> = {
    type: 'FeatureCollection',
    features: ordered.map(([id, polys]): Feature<GeoMultiPolygon, Record<string, never>> => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polys },
    })),
  };
  // Fine prequantization so identical border vertices from different regions become one arc.
  const topo = topology({ regions: fc }, 1e6) as RegionTopology;
  const pre = presimplify(topo);
  const simplified = simplify(pre, quantile(pre, KEEP_VERTICES));
  // Simplification can flatten the last specks into slivers; drop rings under one pixel.
  const filtered = filter(simplified, filterWeight(simplified, 1)) as RegionTopology;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- quantize() widens the objects to OrNull
  return quantize(filtered, QUANTIZATION) as RegionTopology;
}

/** The row shape is the engine's own, so the table and its reader cannot drift apart. */
type RegionRow = RegionInfo;

/** Label points are measured on the final (decoded) geometry, as the game sees it; weights on the globe. */
export function buildTable(topo: RegionTopology, project: (p: Pair) => Point, lonLat: Map<string, MultiPolygon>): RegionRow[] {
  const fc = feature(topo, topo.objects.regions) as FeatureCollection<GeoPolygon | GeoMultiPolygon>;
  const outlines = new Map<string, Point[][][]>();
  for (const f of fc.features) {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Point[][][];
    outlines.set(String(f.id), polys);
  }
  const areaOf = (id: string): number => sphericalArea(lonLat.get(id) ?? []);
  const empireArea = REGION_DEFS.filter((d) => d.inEmpire).reduce((s, d) => s + areaOf(d.id), 0);
  return REGION_DEFS.map((def) => {
    const polys = outlines.get(def.id);
    if (!polys?.length) throw new Error(`region ${def.id} has no geometry`);
    const largest = [...polys].sort((a, b) => polygonsArea([b]) - polygonsArea([a]))[0]?.[0] ?? [];
    const wanted = def.labelAt ? project(def.labelAt) : null;
    const inside = wanted && polys.some((poly) => pointInRing(wanted, poly[0] ?? []));
    const [lx, ly] = wanted && inside ? wanted : poleOfInaccessibility(largest);
    return {
      id: def.id,
      name: def.name,
      inEmpire: def.inEmpire,
      weight: def.inEmpire ? round(areaOf(def.id) / empireArea, 8) : 0,
      label: [round(lx, 1), round(ly, 1)],
      initial: def.initial,
      groups: def.groups,
    };
  });
}
