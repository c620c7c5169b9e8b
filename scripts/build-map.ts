/**
 * Builds the map data for "October Paths" from Natural Earth (via the world-atlas package).
 *
 *   npm run map   (tsx scripts/build-map.ts)
 *
 * Writes, deterministically (same bytes on every run):
 *   assets/map/eurasia.topo.json  TopoJSON, one object `regions`, already projected into a
 *                                 1600x900 plane (y down) so Phaser can draw it directly.
 *   assets/map/regions.json       The region table (name, empire membership, area weight,
 *                                 label point, control in early 1917, groups).
 *
 * Pipeline: countries (lon/lat) -> clip to the Eurasia box -> merge countries into historical
 * regions, Russia split into regions by seeded Voronoi cells -> border slices cut along
 * hand-drawn historical lines -> project -> drop holes and specks -> TopoJSON (neighbours
 * share arcs) -> simplify -> quantize -> labels and weights.
 * Steps in scripts/map/, data tables (regions, Russian seeds, border slices) in scripts/map-data/.
 * See assets/map/ATTRIBUTION.md for sources and the known approximations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION_DEFS } from './map-data/regions';
import { loadCountries } from './map/countries';
import type { Point } from './map/geometry';
import { buildTopology, buildTable, makeProjection, projectRegion } from './map/output';
import { buildRegionsLonLat } from './map/regions';

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, 'assets/map');
  mkdirSync(outDir, { recursive: true });

  const countries = loadCountries();
  const lonLat = buildRegionsLonLat(countries);
  const project = makeProjection();
  const projected = new Map<string, Point[][][]>();
  for (const def of REGION_DEFS) {
    const geom = lonLat.get(def.id);
    if (!geom) throw new Error(`region ${def.id} was not built`);
    projected.set(def.id, projectRegion(geom, project));
  }
  const topo = buildTopology(projected);
  const table = buildTable(topo, project, lonLat);

  writeFileSync(resolve(outDir, 'eurasia.topo.json'), JSON.stringify(topo));
  writeFileSync(resolve(outDir, 'regions.json'), `${JSON.stringify(table, null, 2)}\n`);
  const arcs = topo.arcs.reduce((n, a) => n + a.length, 0);
  console.log(`map: ${table.length} regions, ${topo.arcs.length} arcs, ${arcs} points -> assets/map/`);
}

main();
