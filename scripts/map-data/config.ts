/** The map build's settings (scripts/build-map.ts): the box drawn, the plane, the projection, the detail kept. */

/** The part of the world drawn: Eurasia from Iceland, with a little sea west of it, to Chukotka (longitudes past 180 allowed). */
export const BOX = { lonMin: -28, lonMax: 190, latMin: 25, latMax: 80 };

/** The drawing plane, in pixels (y down). */
export const VIEW = { width: 1600, height: 900, margin: 12 };

/** Equirectangular projection: the parallel where scale is true and the central meridian. */
export const PROJ = { standardParallel: 55, centralLon: 85 };

/** Polygons smaller than this (square pixels) are specks: dropped to save bytes. */
export const MIN_POLYGON_AREA = 2;

/** Keep this share of the vertices when simplifying (25 % looked the same as full detail). */
export const KEEP_VERTICES = 0.25;

/** Final quantization of the TopoJSON (1e4 steps across 1600 px = 0.16 px). */
export const QUANTIZATION = 1e4;
