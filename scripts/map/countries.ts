/** Natural Earth's countries (world-atlas), clipped to the box drawn, in lon/lat. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import clip from 'polygon-clipping';
import type { Pair, Polygon, MultiPolygon } from 'polygon-clipping';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { BOX } from '../map-data/config';
import { EXCLUDED } from '../map-data/regions';
import type { Point } from './geometry';

export function loadCountries(): Map<string, MultiPolygon> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<GeoPolygon | GeoMultiPolygon | null, { name: string }>;
  const boxPoly: Polygon = [
    [
      [BOX.lonMin, BOX.latMin],
      [BOX.lonMax, BOX.latMin],
      [BOX.lonMax, BOX.latMax],
      [BOX.lonMin, BOX.latMax],
      [BOX.lonMin, BOX.latMin],
    ],
  ];
  const out = new Map<string, MultiPolygon>();
  for (const f of fc.features) {
    const name = f.properties.name;
    if (!f.geometry || EXCLUDED.has(name)) continue;
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Point[][][];
    // The antimeridian: Chukotka and Wrangel cross ±180°; for countries that straddle it,
    // carry western-hemisphere longitudes on past 180 so the rings are continuous.
    const straddles =
      polys.some((poly) => poly.some((ring) => ring.some(([lon]) => lon > 170))) &&
      polys.some((poly) => poly.some((ring) => ring.some(([lon]) => lon < -170)));
    const shifted: MultiPolygon = polys.map((poly) =>
      poly.map((ring) => ring.map(([lon, lat]): Pair => [straddles && lon < 0 ? lon + 360 : lon, lat])),
    );
    const clipped = clip.intersection(shifted, boxPoly);
    if (clipped.length) out.set(name, clipped);
  }
  return out;
}
