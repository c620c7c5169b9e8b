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
 * See assets/map/ATTRIBUTION.md for sources and the known approximations.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';
import { Delaunay } from 'd3-delaunay';
import { geoArea, geoAzimuthalEquidistant } from 'd3-geo';
import type { RegionInfo } from '../src/engine/regions';
import clip from 'polygon-clipping';
import type { Pair, Polygon, MultiPolygon } from 'polygon-clipping';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon } from 'geojson';

// ---------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------

/** The part of the world drawn: Eurasia from Ireland to Chukotka (longitudes past 180 allowed). */
const BOX = { lonMin: -12, lonMax: 190, latMin: 25, latMax: 80 };
/** The drawing plane, in pixels (y down). */
const VIEW = { width: 1600, height: 900, margin: 12 };
/** Equirectangular projection: the parallel where scale is true and the central meridian. */
const PROJ = { standardParallel: 55, centralLon: 85 };
/** Polygons smaller than this (square pixels) are specks: dropped to save bytes. */
const MIN_POLYGON_AREA = 2;
/** Keep this share of the vertices when simplifying (25 % looked the same as full detail). */
const KEEP_VERTICES = 0.25;
/** Final quantization of the TopoJSON (1e4 steps across 1600 px = 0.16 px). */
const QUANTIZATION = 1e4;

const _CONTROLS = [
  'empire', 'provisional', 'soviet', 'white', 'central', 'allied', 'independent', 'neutral', 'axis', 'bloc',
] as const;
type Control = (typeof _CONTROLS)[number];

interface RegionDef {
  id: string;
  name: string;
  inEmpire: boolean;
  initial: Control;
  groups: string[];
  /**
   * Natural Earth country names merged into this region; Russian regions come from seeds,
   * border slices from SLICES.
   */
  countries: string[];
  /** Where the label should go [lon, lat], when the widest point is not where a reader looks. */
  labelAt?: Pair;
}

const RUSSIA = ['russia'];

/**
 * Every region, in table order: the former Empire first, then its neighbours, then `rest`.
 * A border slice follows the region it is cut from, inside the Empire or not.
 */
const REGION_DEFS: RegionDef[] = [
  { id: 'petrograd', name: 'Petrograd', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  // Border slices (see SLICES) have no countries of their own: they are cut out of other regions.
  // Finnish in 1917 (the Grand Duchy), Russian since 1940/44: cut out of Petrograd and the North.
  { id: 'karelia', name: 'Vyborg and Ladoga Karelia', inEmpire: true, initial: 'empire', groups: [], countries: [] },
  { id: 'moscow', name: 'Moscow', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  { id: 'north', name: 'The North', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  { id: 'volga', name: 'The Volga', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  { id: 'urals', name: 'The Urals', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  { id: 'don-kuban', name: 'The Don and Kuban', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [] },
  { id: 'north-caucasus', name: 'North Caucasus', inEmpire: true, initial: 'empire', groups: ['caucasus', ...RUSSIA], countries: [] },
  { id: 'georgia', name: 'Georgia', inEmpire: true, initial: 'empire', groups: ['caucasus'], countries: ['Georgia'] },
  { id: 'armenia', name: 'Armenia', inEmpire: true, initial: 'empire', groups: ['caucasus'], countries: ['Armenia'] },
  { id: 'azerbaijan', name: 'Azerbaijan', inEmpire: true, initial: 'empire', groups: ['caucasus'], countries: ['Azerbaijan'] },
  { id: 'crimea', name: 'Crimea', inEmpire: true, initial: 'empire', groups: [], countries: [] },
  { id: 'ukraine', name: 'Ukraine', inEmpire: true, initial: 'empire', groups: [], countries: ['Ukraine'] },
  // Galicia (Austrian) and Volhynia (Russian, occupied since 1915): Polish 1921-39.
  { id: 'west-ukraine', name: 'Galicia and Volhynia', inEmpire: true, initial: 'central', groups: [], countries: [] },
  // Austrian before 1918, Romanian 1918-40.
  { id: 'north-bukovina', name: 'Northern Bukovina', inEmpire: false, initial: 'central', groups: [], countries: [] },
  { id: 'belarus', name: 'Belarus', inEmpire: true, initial: 'empire', groups: [], countries: ['Belarus'] },
  // West of the 1921 Riga line: German-occupied since 1915, Polish 1921-39.
  { id: 'west-belarus', name: 'Western Belarus', inEmpire: true, initial: 'central', groups: [], countries: [] },
  { id: 'estonia', name: 'Estonia', inEmpire: true, initial: 'empire', groups: ['baltic'], countries: ['Estonia'] },
  { id: 'latvia', name: 'Latvia', inEmpire: true, initial: 'empire', groups: ['baltic'], countries: ['Latvia'] },
  // German-occupied since 1915.
  { id: 'lithuania', name: 'Lithuania', inEmpire: true, initial: 'central', groups: ['baltic'], countries: ['Lithuania'] },
  // Polish 1920-39.
  { id: 'vilna', name: 'Vilna', inEmpire: true, initial: 'central', groups: [], countries: [] },
  // Congress Poland, occupied by Germany and Austria since 1915; modern Poland approximates it.
  { id: 'poland', name: 'Poland', inEmpire: true, initial: 'central', groups: [], countries: ['Poland'] },
  // German until 1945 (west of the 1922-39 German-Polish border), with southern East Prussia and Danzig.
  { id: 'german-east', name: 'Silesia and Pomerania', inEmpire: false, initial: 'central', groups: [], countries: [] },
  { id: 'finland', name: 'Finland', inEmpire: true, initial: 'empire', groups: [], countries: ['Finland', 'Åland'] },
  // Historical Bessarabia: Moldova west of the Dniester, plus Khotyn and the Budjak (see SLICES).
  { id: 'bessarabia', name: 'Bessarabia', inEmpire: true, initial: 'empire', groups: [], countries: ['Moldova'] },
  {
    id: 'central-asia', name: 'Central Asia', inEmpire: true, initial: 'empire', groups: [],
    countries: ['Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan'],
  },
  { id: 'west-siberia', name: 'West Siberia', inEmpire: true, initial: 'empire', groups: ['siberia', ...RUSSIA], countries: [] },
  { id: 'east-siberia', name: 'East Siberia', inEmpire: true, initial: 'empire', groups: ['siberia', ...RUSSIA], countries: [] },
  // The widest point is in Chukotka; a reader looks for the Far East on the Amur.
  { id: 'far-east', name: 'The Far East', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [], labelAt: [135, 53] },
  // Japanese Karafuto 1905-45; Japan was an Allied power in 1917. The widest point is on
  // the 50th parallel, where the label would read as North Sakhalin: put it by Toyohara.
  {
    id: 'south-sakhalin', name: 'South Sakhalin', inEmpire: false, initial: 'allied', groups: [], countries: [],
    labelAt: [142.5, 47.0],
  },

  { id: 'germany', name: 'Germany', inEmpire: false, initial: 'central', groups: [], countries: ['Germany'] },
  // Russia's Kaliningrad exclave: northern East Prussia, German until 1945. The widest point
  // is at the Lithuanian end; the label goes by the city.
  { id: 'konigsberg', name: 'Königsberg', inEmpire: false, initial: 'central', groups: [], countries: [], labelAt: [21, 54.7] },
  { id: 'austria', name: 'Austria', inEmpire: false, initial: 'central', groups: [], countries: ['Austria'] },
  { id: 'hungary', name: 'Hungary', inEmpire: false, initial: 'central', groups: [], countries: ['Hungary'] },
  { id: 'czechoslovakia', name: 'Czechoslovakia', inEmpire: false, initial: 'central', groups: [], countries: ['Czechia', 'Slovakia'] },
  { id: 'romania', name: 'Romania', inEmpire: false, initial: 'allied', groups: [], countries: ['Romania'] },
  { id: 'bulgaria', name: 'Bulgaria', inEmpire: false, initial: 'central', groups: [], countries: ['Bulgaria'] },
  {
    id: 'yugoslavia', name: 'Yugoslavia', inEmpire: false, initial: 'allied', groups: [],
    countries: ['Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herz.', 'Montenegro', 'Macedonia', 'Kosovo'],
  },
  { id: 'greece', name: 'Greece', inEmpire: false, initial: 'neutral', groups: [], countries: ['Greece'] },
  { id: 'turkey', name: 'Turkey', inEmpire: false, initial: 'central', groups: [], countries: ['Turkey'] },
  // Microstates join the country around them, so no region keeps an enclave hole.
  { id: 'france', name: 'France', inEmpire: false, initial: 'allied', groups: [], countries: ['France', 'Monaco'] },
  {
    id: 'britain', name: 'Britain', inEmpire: false, initial: 'allied', groups: [],
    countries: ['United Kingdom', 'Ireland', 'Isle of Man', 'Jersey', 'Guernsey'],
  },
  { id: 'italy', name: 'Italy', inEmpire: false, initial: 'allied', groups: [], countries: ['Italy', 'San Marino', 'Vatican'] },
  { id: 'spain', name: 'Spain', inEmpire: false, initial: 'neutral', groups: [], countries: ['Spain', 'Andorra'] },
  { id: 'portugal', name: 'Portugal', inEmpire: false, initial: 'allied', groups: [], countries: ['Portugal'] },
  {
    id: 'scandinavia', name: 'Scandinavia', inEmpire: false, initial: 'neutral', groups: [],
    countries: ['Norway', 'Sweden', 'Denmark', 'Faeroe Is.'],
  },
  { id: 'benelux', name: 'Benelux', inEmpire: false, initial: 'allied', groups: [], countries: ['Belgium', 'Netherlands', 'Luxembourg'] },
  { id: 'switzerland', name: 'Switzerland', inEmpire: false, initial: 'neutral', groups: [], countries: ['Switzerland', 'Liechtenstein'] },
  { id: 'persia', name: 'Persia', inEmpire: false, initial: 'neutral', groups: [], countries: ['Iran'] },
  { id: 'afghanistan', name: 'Afghanistan', inEmpire: false, initial: 'neutral', groups: [], countries: ['Afghanistan'] },
  { id: 'mongolia', name: 'Mongolia', inEmpire: false, initial: 'neutral', groups: [], countries: ['Mongolia'] },
  { id: 'china', name: 'China', inEmpire: false, initial: 'neutral', groups: [], countries: ['China', 'Taiwan', 'Hong Kong', 'Macao'] },
  { id: 'japan', name: 'Japan', inEmpire: false, initial: 'allied', groups: [], countries: ['Japan'] },
  { id: 'korea', name: 'Korea', inEmpire: false, initial: 'neutral', groups: [], countries: ['North Korea', 'South Korea'] },
  // Everything else inside the box (Middle East, India, North Africa...): a background.
  { id: 'rest', name: '', inEmpire: false, initial: 'neutral', groups: [], countries: [] },
];

/** Not Eurasia, though bits of them fall inside the box once longitudes pass 180. */
const EXCLUDED = new Set(['United States of America', 'Canada', 'Greenland', 'Antarctica']);

/**
 * Seeds for splitting Russia: each Voronoi cell goes to its seed's region. A city per region
 * plus helper seeds that pull borders towards the old guberniya / oblast lines. [lon, lat]
 */
const RUSSIA_SEEDS: Record<string, Pair[]> = {
  petrograd: [[30.3, 59.9], [31.3, 58.5], [28.9, 57.6], [34.4, 61.8], [34, 64.6], [32.5, 60.8]],
  north: [
    [40.5, 64.5], [33.1, 68.5], [37.5, 67.5], [40.5, 60.6], [46.6, 61.5], [44.2, 65.8], [50.8, 62],
    [53.7, 64], [57.2, 65.5], [53, 67.8], [61, 68.5], [56, 73.5],
  ],
  moscow: [
    [37.6, 55.75], [39.9, 57.6], [41.2, 57.5], [32.2, 54.8], [34.4, 53.2], [36.1, 52.3], [39.2, 51.7],
    [41.4, 52.7], [35.9, 56.9], [40.2, 54.6],
  ],
  volga: [
    [49.1, 55.8], [44.2, 56.3], [47.2, 56.1], [50.1, 53.2], [46, 51.5], [44.5, 48.7], [47.8, 46.6],
    [45.2, 53.2], [48.4, 54.3], [49.7, 58.6], [45.4, 47.3], [46.5, 58.5],
  ],
  urals: [
    [60.6, 56.8], [56.2, 58], [56, 54.7], [55.1, 51.8], [61.4, 55.2], [60.3, 59.8], [58.6, 51.5],
    [53.2, 56.85], [57, 60.8],
  ],
  'don-kuban': [[39.7, 47.2], [38.97, 45.04], [42, 45.04], [40.6, 48.9], [42.2, 47.6], [37.8, 44.8], [40.5, 44.2]],
  'north-caucasus': [[45.7, 43.3], [47.5, 43], [43.6, 43.5], [44.7, 43], [48.1, 42], [46.6, 43.9]],
  'west-siberia': [
    [82.9, 55], [73.4, 55], [65.5, 57.2], [69, 61], [67.5, 66.5], [70, 70.5], [76.6, 61], [84.9, 56.5],
    [83.8, 53.3], [86.1, 55.3], [77, 66], [80.5, 59], [65.3, 55.4], [76.5, 71.5], [64.5, 62.5],
  ],
  'east-siberia': [
    [92.9, 56], [104.3, 52.3], [107.6, 51.8], [113.5, 52], [129.7, 62], [100.2, 64.3], [88.2, 69.3],
    [100, 73.5], [101.6, 56.5], [114.2, 57.9], [120, 63.5], [126, 68], [128.9, 71.6], [147.9, 70.6],
    [153.7, 67.5], [133.4, 67.5], [142, 64], [123.5, 57.5], [90.5, 61], [89, 74],
  ],
  'far-east': [
    [135, 48.5], [132, 43.1], [127.5, 50.3], [142.7, 47], [142.6, 51.5], [150.8, 59.6], [158.6, 53],
    [160, 57], [177.5, 64.7], [170.3, 69.7], [143.2, 59.4], [137, 50.6], [125.5, 54.5], [153, 62.5],
    [181, 67.5], [165, 62], [132.5, 55], [180, 71.2],
  ],
};

/** Centre of the plane in which distances between Russian seeds are measured. */
const SEED_PLANE_CENTRE: Pair = [100, 60];
/** Voronoi borders are densified every this many km, then wander at most this far off. */
const BORDER_STEP_KM = 25;
const BORDER_WANDER_KM = 40;

// ---------------------------------------------------------------------------------------
// Border slices: historical lines drawn by hand across modern countries
// ---------------------------------------------------------------------------------------
//
// Natural Earth only knows today's borders. A slice moves the land inside a hand-drawn
// lon/lat outline from one region to another, so the game can colour interwar and post-war
// borders by era. Where an outline runs inside a country it follows a historical line
// (a river, an old frontier), drawn from memory with vertices every 10-40 km, so it is good
// to a few km at best. Where it leaves the country it wanders off well outside, so the
// country's own border is kept exactly. Lines shared by two slices are one constant, so
// neighbouring slices meet without gaps. All lines run [lon, lat].

/** The Riga line (1921 Polish-Soviet border), from the Latvian border on the Dvina to the Zbruch mouth. */
const RIGA_LINE: Pair[] = [
  // The Dvina: Drissa on its north bank Soviet, Dzisna on the south bank Polish.
  [27.6, 56.3], [27.6, 55.8], [27.8, 55.78], [27.95, 55.765], [28.1, 55.67], [28.2, 55.585], [28.35, 55.53], [28.45, 55.51],
  // South past Dokszyce (Polish) and Begoml (Soviet), Radoszkowicze (Polish) west of Minsk,
  // Stolpce and Nesvizh (Polish) against Dzerzhinsk and Kopyl (Soviet).
  [28.35, 55.3], [28.2, 55.1], [28.0, 54.95], [27.85, 54.75], [27.65, 54.55], [27.5, 54.35], [27.35, 54.2], [27.2, 54.0],
  [27.05, 53.8], [26.95, 53.62], [26.95, 53.4], [26.95, 53.15], [27.05, 52.95], [27.15, 52.75],
  // Across Polesie to the Pripet east of Pinsk (Luninets, Mikashevichi Polish; Zhytkovichi Soviet).
  [27.3, 52.5], [27.45, 52.3], [27.6, 52.15], [27.75, 51.95], [27.8, 51.65],
  // Volhynia: Rokytne, Korets and Ostroh Polish; Olevsk, Novohrad-Volynskyi and Slavuta Soviet.
  [27.5, 51.35], [27.4, 51.1], [27.3, 50.85], [27.25, 50.65], [27.0, 50.5], [26.75, 50.38], [26.6, 50.22],
  [26.35, 50.05], [26.1, 49.88], [26.05, 49.72],
  // Down the Zbruch (Pidvolochysk, Husiatyn) to the Dniester.
  [26.15, 49.53], [26.2, 49.3], [26.15, 49.07], [26.2, 48.85], [26.3, 48.68], [26.37, 48.55],
];

/**
 * The Dniester from where Galicia, Bukovina meet on it, down past the Zbruch mouth and Khotyn to
 * Naslavcea, where Moldova's border takes over the river. West to east.
 */
const DNIESTER_UPPER: Pair[] = [
  [25.62, 48.64], [25.74, 48.63], [25.9, 48.62], [26.1, 48.6], [26.25, 48.58], [26.37, 48.55],
  [26.5, 48.53], [26.7, 48.55], [26.9, 48.6], [27.1, 48.6], [27.3, 48.6], [27.45, 48.57], [27.56, 48.475],
];
const GALICIA_BUKOVINA_ON_DNIESTER = 0; // index in DNIESTER_UPPER
const BUKOVINA_BESSARABIA_ON_DNIESTER = 3;
const ZBRUCH_ON_DNIESTER = 5;

/**
 * The Galicia-Bukovina line: from the Dniester west of Zalishchyky south, east of Horodenka
 * and Sniatyn (Galician), to the Prut, then up the Cheremosh (Kuty Galician, Vyzhnytsia
 * Bukovinian) to Romania.
 */
const GALICIA_BUKOVINA: Pair[] = [
  [25.62, 48.64], [25.66, 48.55], [25.66, 48.45], [25.62, 48.4], [25.45, 48.33], [25.3, 48.28], [25.2, 48.25],
  [25.1, 48.13], [24.98, 47.95], [24.9, 47.8], [24.92, 47.55],
];

/** The old Bukovina-Bessarabia frontier, from the Dniester to the Prut at Novoselytsia, then into Romania. */
const BUKOVINA_BESSARABIA: Pair[] = [[26.1, 48.6], [26.15, 48.45], [26.2, 48.33], [26.235, 48.24], [26.27, 48.19], [26.35, 48.1]];

/** The Carpathian watershed (Transcarpathia's border), from Romania north-west to the Uzhok pass. */
const CARPATHIAN_RIDGE: Pair[] = [
  [24.62, 47.6], [24.62, 47.9], [24.63, 48.05], [24.5, 48.16], [24.47, 48.3], [24.25, 48.42], [24.0, 48.55],
  [23.75, 48.68], [23.5, 48.8], [23.25, 48.85], [23.05, 48.93], [22.87, 49.02], [22.8, 49.15],
];

/** The Dniester through Moldova, from where it leaves the border (Transnistria's north tip) to Purcari. */
const DNIESTER_MOLDOVA: Pair[] = [
  [28.46, 48.09], [28.55, 48.07], [28.68, 48.03], [28.78, 47.98], [28.85, 47.92], [28.92, 47.85], [28.98, 47.77],
  [29.02, 47.7], [29.05, 47.6], [29.05, 47.5], [29.1, 47.42], [29.15, 47.33], [29.17, 47.25], [29.2, 47.18],
  [29.28, 47.12], [29.35, 47.02], [29.45, 46.92], [29.52, 46.85], [29.55, 46.78], [29.62, 46.72], [29.72, 46.66],
  [29.82, 46.6], [29.93, 46.55],
];

const between = (line: readonly Pair[], from: number, to: number): Pair[] =>
  from <= to ? line.slice(from, to + 1) : line.slice(to, from + 1).reverse();

/** Everything west of the Riga line and the Zbruch, less Bukovina and Transcarpathia. */
const WEST_OF_RIGA: Polygon = [[
  ...RIGA_LINE,
  ...between(DNIESTER_UPPER, ZBRUCH_ON_DNIESTER, GALICIA_BUKOVINA_ON_DNIESTER),
  ...GALICIA_BUKOVINA.slice(1),
  ...CARPATHIAN_RIDGE,
  [21.5, 49.2], [21.5, 56.3], RIGA_LINE[0] as Pair,
]];

interface Slice {
  /** The region that receives the land (created if it has none yet). */
  to: string;
  /** The regions the land is taken from. */
  from: string[];
  /** Hand-drawn lon/lat outlines; only the part of them inside `from` moves. */
  area: MultiPolygon;
}

/** Applied in order, after the countries are merged and Russia is split. */
const SLICES: Slice[] = [
  {
    // West of the 1922-39 border: Pomerania, East Brandenburg, Lower and most of Upper
    // Silesia (Bytom, Gliwice, Zabrze German; Katowice, Chorzow, Rybnik Polish). Second
    // outline: Danzig and southern East Prussia, from the Vistula (Marienwerder German,
    // Graudenz Polish) along the 1920 plebiscite line, Soldau Polish, then the old
    // Prussian-Russian frontier to the Lithuanian border.
    to: 'german-east', from: ['poland'],
    area: [
      [[
        [18.05, 55.2], [18.05, 54.83], [18.02, 54.72], [17.93, 54.58], [17.85, 54.45], [17.72, 54.3], [17.68, 54.15],
        [17.5, 54.0], [17.45, 53.85], [17.45, 53.72], [17.38, 53.6], [17.25, 53.42], [17.1, 53.28], [16.95, 53.2],
        [16.8, 53.1], [16.72, 53.06], [16.55, 52.95], [16.3, 52.93], [16.1, 52.9], [15.95, 52.85], [15.85, 52.75],
        [15.8, 52.6], [15.85, 52.45], [15.85, 52.3], [15.9, 52.15], [16.05, 52.05], [16.25, 51.92], [16.4, 51.8],
        [16.6, 51.72], [16.8, 51.64], [17.05, 51.6], [17.3, 51.6], [17.5, 51.47], [17.75, 51.35], [17.82, 51.2],
        [18.1, 51.18], [18.35, 51.07], [18.6, 50.95], [18.72, 50.8], [18.6, 50.72], [18.58, 50.62], [18.75, 50.42],
        [18.88, 50.38], [18.96, 50.33], [18.9, 50.3], [18.82, 50.27], [18.72, 50.24], [18.62, 50.2], [18.5, 50.15],
        [18.4, 50.1], [18.33, 49.94], [18.32, 49.5], [13.5, 49.5], [13.5, 55.2], [18.05, 55.2],
      ]],
      [[
        [18.6, 54.475], [18.75, 54.5], [19.2, 54.5], [19.5, 54.75], [22.85, 54.75], [22.8, 54.36], [22.72, 54.28],
        [22.64, 54.18], [22.62, 54.05], [22.55, 53.9], [22.43, 53.71], [22.2, 53.6], [21.9, 53.5], [21.6, 53.45],
        [21.3, 53.4], [21.0, 53.32], [20.8, 53.3], [20.6, 53.24], [20.4, 53.22], [20.32, 53.33], [20.1, 53.38],
        [19.9, 53.42], [19.72, 53.55], [19.5, 53.57], [19.25, 53.55], [19.05, 53.58], [18.9, 53.6], [18.82, 53.7],
        [18.86, 53.85], [18.84, 54.0], [18.82, 54.1], [18.65, 54.17], [18.5, 54.22], [18.42, 54.3], [18.45, 54.42],
        [18.6, 54.475],
      ]],
    ],
  },
  { to: 'west-belarus', from: ['belarus'], area: [WEST_OF_RIGA] },
  { to: 'west-ukraine', from: ['ukraine'], area: [WEST_OF_RIGA] },
  {
    // Chernivtsi oblast less the Khotyn district: Bukovina south of the Dniester, and Hertsa.
    to: 'north-bukovina', from: ['ukraine'],
    area: [[[
      ...between(DNIESTER_UPPER, GALICIA_BUKOVINA_ON_DNIESTER, BUKOVINA_BESSARABIA_ON_DNIESTER),
      ...BUKOVINA_BESSARABIA.slice(1),
      [26.3, 47.5], [24.92, 47.5],
      ...[...GALICIA_BUKOVINA].reverse(),
    ]]],
  },
  {
    // Transnistria (east of the Dniester) was never Bessarabia: it goes to Ukraine.
    to: 'ukraine', from: ['bessarabia'],
    area: [[[...DNIESTER_MOLDOVA, [30.4, 46.6], [30.4, 48.4], [28.5, 48.4], DNIESTER_MOLDOVA[0] as Pair]]],
  },
  {
    // Khotyn (south of the Dniester, east of Bukovina) and the Budjak (between the lower
    // Dniester and its liman, the Danube and the sea) are Bessarabia.
    to: 'bessarabia', from: ['ukraine'],
    area: [
      [[
        ...between(DNIESTER_UPPER, DNIESTER_UPPER.length - 1, BUKOVINA_BESSARABIA_ON_DNIESTER),
        ...BUKOVINA_BESSARABIA.slice(1),
        [27.0, 48.1], [27.7, 48.3], DNIESTER_UPPER[DNIESTER_UPPER.length - 1] as Pair,
      ]],
      [[
        // North edge inside Moldova, then down the Dniester below Palanca and its liman.
        [28.0, 45.3], [28.3, 45.6], [28.6, 45.85], [28.85, 46.1], [28.85, 46.45], [29.1, 46.58], [29.5, 46.55],
        [29.85, 46.5], [30.05, 46.45], [30.14, 46.4], [30.22, 46.32], [30.32, 46.23], [30.4, 46.16], [30.48, 46.09],
        [30.7, 45.9], [30.0, 44.8], [28.0, 44.8], [28.0, 45.3],
      ]],
    ],
  },
  {
    // The 1920-39 Polish-Lithuanian demarcation line: Vilnius, Trakai, Svencionys, Ignalina,
    // Varena and Druskininkai Polish; Kaunas, Alytus, Ukmerge, Moletai, Utena, Zarasai Lithuanian.
    to: 'vilna', from: ['lithuania'],
    area: [[[
      [26.4, 55.9], [26.38, 55.69], [26.15, 55.56], [25.9, 55.45], [25.68, 55.3], [25.5, 55.15], [25.3, 55.05],
      [25.0, 54.95], [24.78, 54.85], [24.7, 54.72], [24.6, 54.56], [24.45, 54.4], [24.3, 54.25], [24.1, 54.14],
      [23.93, 54.1], [23.8, 53.98], [23.8, 53.7], [27.5, 53.7], [27.5, 55.9], [26.4, 55.9],
    ]]],
  },
  {
    // Finnish until 1940/44. The Karelian Isthmus north of the Sestra and the old border to
    // Lake Ladoga; Ladoga Karelia up to the 1920 (Tartu) border, which reached the lake's
    // east shore between Salmi (Finnish) and Vidlitsa (Soviet). Lakes are land in this map,
    // so Ladoga is split on a straight line between the two borders. Second outline: Petsamo,
    // from the Finnish-Norwegian border to the 1920 line across the Rybachy peninsula.
    to: 'karelia', from: ['petrograd', 'north'],
    area: [
      [[
        [26.8, 59.95], [29.5, 60.08], [29.93, 60.13], [30.05, 60.17], [30.2, 60.28], [30.32, 60.37], [30.6, 60.38],
        [31.0, 60.4], [32.1, 61.27], [32.55, 61.55], [32.85, 61.85], [32.9, 62.1], [32.6, 62.4], [32.1, 62.6],
        [31.55, 62.93], [31.0, 62.9], [27.5, 63.2], [26.8, 59.95],
      ]],
      [[
        [27.5, 70.3], [32.3, 70.3], [32.05, 69.78], [31.9, 69.55], [31.6, 69.4], [31.1, 69.15], [30.4, 68.95],
        [29.5, 68.72], [28.7, 68.55], [28.0, 68.5], [27.5, 70.3],
      ]],
    ],
  },
  // Karafuto: Sakhalin south of 50 degrees N.
  { to: 'south-sakhalin', from: ['far-east'], area: [[[[141.3, 50], [145, 50], [145, 45.7], [141.3, 45.7], [141.3, 50]]]] },
];

/** Pieces of a cut smaller than this (km²) that touch the other side are slivers of the hand-drawn line. */
const SLIVER_KM2 = 150;

// ---------------------------------------------------------------------------------------
// Small geometry helpers
// ---------------------------------------------------------------------------------------

type Point = [number, number];

/** Signed planar area of a ring (shoelace); the sign depends on winding. */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[j] as Point;
    const b = ring[i] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

function polygonsArea(polys: readonly (readonly Point[][])[]): number {
  let total = 0;
  for (const poly of polys) total += Math.abs(ringArea(poly[0] ?? []));
  return total;
}

function pointInRing(p: Point, ring: readonly Point[]): boolean {
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
    else if (t > 0) { x += dx * t; y += dy * t; }
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
function poleOfInaccessibility(ring: readonly Point[], precision = 0.5): Point {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  interface Cell { x: number; y: number; h: number; d: number; max: number }
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

function ringCentroid(ring: readonly Point[]): Point {
  let x = 0, y = 0, a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[j] as Point;
    const q = ring[i] as Point;
    const f = p[0] * q[1] - q[0] * p[1];
    x += (p[0] + q[0]) * f; y += (p[1] + q[1]) * f; a += f * 3;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [x / a, y / a];
}

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a). */
function hash01(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

// ---------------------------------------------------------------------------------------
// Loading and clipping countries (lon/lat)
// ---------------------------------------------------------------------------------------

function loadCountries(): Map<string, MultiPolygon> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<GeoPolygon | GeoMultiPolygon | null, { name: string }>;
  const boxPoly: Polygon = [[
    [BOX.lonMin, BOX.latMin], [BOX.lonMax, BOX.latMin], [BOX.lonMax, BOX.latMax], [BOX.lonMin, BOX.latMax], [BOX.lonMin, BOX.latMin],
  ]];
  const out = new Map<string, MultiPolygon>();
  for (const f of fc.features) {
    const name = f.properties.name;
    if (!f.geometry || EXCLUDED.has(name)) continue;
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Point[][][];
    // The antimeridian: Chukotka and Wrangel cross ±180°; for countries that straddle it,
    // carry western-hemisphere longitudes on past 180 so the rings are continuous.
    const straddles = polys.some((poly) => poly.some((ring) => ring.some(([lon]) => lon > 170)))
      && polys.some((poly) => poly.some((ring) => ring.some(([lon]) => lon < -170)));
    const shifted: MultiPolygon = polys.map((poly) =>
      poly.map((ring) => ring.map(([lon, lat]): Pair => [straddles && lon < 0 ? lon + 360 : lon, lat])),
    );
    const clipped = clip.intersection(shifted, boxPoly);
    if (clipped.length) out.set(name, clipped);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Splitting Russia
// ---------------------------------------------------------------------------------------

interface RussiaParts {
  core: MultiPolygon;
  crimea: MultiPolygon;
  kaliningrad: MultiPolygon;
}

/**
 * Natural Earth draws Crimea and Kaliningrad as separate polygons of Russia, so they can be
 * picked out whole: Crimea becomes its own region, Kaliningrad the region Königsberg.
 */
function separateRussia(russia: MultiPolygon): RussiaParts {
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
  const projection = geoAzimuthalEquidistant()
    .rotate([-SEED_PLANE_CENTRE[0], -SEED_PLANE_CENTRE[1]])
    .scale(6371)
    .translate([0, 0]);
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
function splitRussia(core: MultiPolygon): Map<string, MultiPolygon> {
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

// ---------------------------------------------------------------------------------------
// Border slices
// ---------------------------------------------------------------------------------------

const EARTH_RADIUS_KM = 6371;

/**
 * Moves the land of every slice from its source regions to its target. The cut leaves the
 * source and the slice with exactly the same vertices along the hand-drawn line, so they
 * share arcs in the topology and nothing overlaps or gapes. Small pieces where the drawn line
 * strays across a real border (a river drawn a few km off) go back to the side they touch.
 */
function applySlices(regions: Map<string, MultiPolygon>): void {
  const km2 = (poly: Polygon): number => sphericalArea([poly]) * EARTH_RADIUS_KM ** 2;
  const touches = (poly: Polygon, other: MultiPolygon): boolean =>
    other.length > 0 && clip.union([poly], other).length <= other.length;
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
        const movedBack = clip.union(kept.filter((p) => !strayKept.includes(p)), ...strayMoved.map((p) => [p]));
        moved = clip.union(moved.filter((p) => !strayMoved.includes(p)), ...strayKept.map((p) => [p]));
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

// ---------------------------------------------------------------------------------------
// Regions, projection, topology
// ---------------------------------------------------------------------------------------

/** Merges countries (and Russia's pieces) into the regions, still in lon/lat. */
function buildRegionsLonLat(countries: Map<string, MultiPolygon>): Map<string, MultiPolygon> {
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

/** Equirectangular with a standard parallel, fitted (aspect kept) into the viewport, y down. */
function makeProjection(): (p: Pair) => Point {
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
function projectRegion(geom: MultiPolygon, project: (p: Pair) => Point): Point[][][] {
  const out: Point[][][] = [];
  for (const poly of geom) {
    const outer = (poly[0] ?? []).map(project);
    if (Math.abs(ringArea(outer)) >= MIN_POLYGON_AREA) out.push([outer]);
  }
  // Largest first, so the table and the drawing order are stable and meaningful.
  return out.sort((a, b) => polygonsArea([b]) - polygonsArea([a]));
}

type RegionTopology = Topology<{ regions: GeometryCollection<Record<string, never>> }>;

function buildTopology(projected: Map<string, Point[][][]>): RegionTopology {
  // Draw order: larger regions first, so anything sitting on a removed hole draws on top.
  const ordered = [...projected].sort((a, b) => polygonsArea(b[1]) - polygonsArea(a[1]) || (a[0] < b[0] ? -1 : 1));
  const fc: FeatureCollection<GeoMultiPolygon, Record<string, never>> = {
    type: 'FeatureCollection',
    features: ordered.map(([id, polys]): Feature<GeoMultiPolygon, Record<string, never>> => ({
      type: 'Feature', id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys },
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

// ---------------------------------------------------------------------------------------
// The region table
// ---------------------------------------------------------------------------------------

/** The row shape is the engine's own, so the table and its reader cannot drift apart. */
type RegionRow = RegionInfo;

/**
 * True (spherical) area of a lon/lat multipolygon, in steradians. The stretched projection
 * would over-count the Arctic, so territory weights are measured on the globe. Ring winding
 * from the clipping library is the reverse of d3's, so take the smaller of a and 4π − a.
 */
function sphericalArea(geom: MultiPolygon): number {
  return geom.reduce((sum, poly) => {
    const a = geoArea({ type: 'Polygon', coordinates: poly });
    return sum + Math.min(a, 4 * Math.PI - a);
  }, 0);
}

/** Label points are measured on the final (decoded) geometry, as the game sees it; weights on the globe. */
function buildTable(topo: RegionTopology, project: (p: Pair) => Point, lonLat: Map<string, MultiPolygon>): RegionRow[] {
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

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

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
