/**
 * The map's regions (scripts/build-map.ts): which countries each merges, the seeds that split
 * Russia into guberniya-like regions, and how their Voronoi borders wander. Data only.
 */
import type { Pair } from 'polygon-clipping';

const _CONTROLS = ['empire', 'provisional', 'soviet', 'white', 'central', 'allied', 'independent', 'neutral', 'axis', 'bloc'] as const;
type Control = (typeof _CONTROLS)[number];

export interface RegionDef {
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
export const REGION_DEFS: RegionDef[] = [
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
  // Polish 1920-39; Lithuania's capital from 1939-40, so one of the Baltic states with it.
  { id: 'vilna', name: 'Vilna', inEmpire: true, initial: 'central', groups: ['baltic'], countries: [] },
  // Congress Poland, occupied by Germany and Austria since 1915; modern Poland approximates it.
  { id: 'poland', name: 'Poland', inEmpire: true, initial: 'central', groups: [], countries: ['Poland'] },
  // German until 1945 (west of the 1922-39 German-Polish border), with southern East Prussia and Danzig.
  { id: 'german-east', name: 'Silesia and Pomerania', inEmpire: false, initial: 'central', groups: [], countries: [] },
  { id: 'finland', name: 'Finland', inEmpire: true, initial: 'empire', groups: [], countries: ['Finland', 'Åland'] },
  // Historical Bessarabia: Moldova west of the Dniester, plus Khotyn and the Budjak (see SLICES).
  { id: 'bessarabia', name: 'Bessarabia', inEmpire: true, initial: 'empire', groups: [], countries: ['Moldova'] },
  {
    id: 'central-asia',
    name: 'Central Asia',
    inEmpire: true,
    initial: 'empire',
    groups: [],
    countries: ['Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan'],
  },
  { id: 'west-siberia', name: 'West Siberia', inEmpire: true, initial: 'empire', groups: ['siberia', ...RUSSIA], countries: [] },
  { id: 'east-siberia', name: 'East Siberia', inEmpire: true, initial: 'empire', groups: ['siberia', ...RUSSIA], countries: [] },
  // The widest point is in Chukotka; a reader looks for the Far East on the Amur.
  { id: 'far-east', name: 'The Far East', inEmpire: true, initial: 'empire', groups: RUSSIA, countries: [], labelAt: [135, 53] },
  // Japanese Karafuto 1905-45; Japan was an Allied power in 1917. The widest point is on
  // the 50th parallel, where the label would read as North Sakhalin: put it by Toyohara.
  {
    id: 'south-sakhalin',
    name: 'South Sakhalin',
    inEmpire: false,
    initial: 'allied',
    groups: [],
    countries: [],
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
    id: 'yugoslavia',
    name: 'Yugoslavia',
    inEmpire: false,
    initial: 'allied',
    groups: [],
    countries: ['Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herz.', 'Montenegro', 'Macedonia', 'Kosovo'],
  },
  { id: 'greece', name: 'Greece', inEmpire: false, initial: 'neutral', groups: [], countries: ['Greece'] },
  { id: 'turkey', name: 'Turkey', inEmpire: false, initial: 'central', groups: [], countries: ['Turkey'] },
  // Microstates join the country around them, so no region keeps an enclave hole.
  { id: 'france', name: 'France', inEmpire: false, initial: 'allied', groups: [], countries: ['France', 'Monaco'] },
  {
    id: 'britain',
    name: 'Britain',
    inEmpire: false,
    initial: 'allied',
    groups: [],
    countries: ['United Kingdom', 'Ireland', 'Isle of Man', 'Jersey', 'Guernsey'],
  },
  { id: 'italy', name: 'Italy', inEmpire: false, initial: 'allied', groups: [], countries: ['Italy', 'San Marino', 'Vatican'] },
  { id: 'spain', name: 'Spain', inEmpire: false, initial: 'neutral', groups: [], countries: ['Spain', 'Andorra'] },
  { id: 'portugal', name: 'Portugal', inEmpire: false, initial: 'allied', groups: [], countries: ['Portugal'] },
  {
    id: 'scandinavia',
    name: 'Scandinavia',
    inEmpire: false,
    initial: 'neutral',
    groups: [],
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
export const EXCLUDED = new Set(['United States of America', 'Canada', 'Greenland', 'Antarctica']);

/**
 * Seeds for splitting Russia: each Voronoi cell goes to its seed's region. A city per region
 * plus helper seeds that pull borders towards the old guberniya / oblast lines. [lon, lat]
 */
export const RUSSIA_SEEDS: Record<string, Pair[]> = {
  petrograd: [
    [30.3, 59.9],
    [31.3, 58.5],
    [28.9, 57.6],
    [34.4, 61.8],
    [34, 64.6],
    [32.5, 60.8],
  ],
  north: [
    [40.5, 64.5],
    [33.1, 68.5],
    [37.5, 67.5],
    [40.5, 60.6],
    [46.6, 61.5],
    [44.2, 65.8],
    [50.8, 62],
    [53.7, 64],
    [57.2, 65.5],
    [53, 67.8],
    [61, 68.5],
    [56, 73.5],
  ],
  moscow: [
    [37.6, 55.75],
    [39.9, 57.6],
    [41.2, 57.5],
    [32.2, 54.8],
    [34.4, 53.2],
    [36.1, 52.3],
    [39.2, 51.7],
    [41.4, 52.7],
    [35.9, 56.9],
    [40.2, 54.6],
  ],
  volga: [
    [49.1, 55.8],
    [44.2, 56.3],
    [47.2, 56.1],
    [50.1, 53.2],
    [46, 51.5],
    [44.5, 48.7],
    [47.8, 46.6],
    [45.2, 53.2],
    [48.4, 54.3],
    [49.7, 58.6],
    [45.4, 47.3],
    [46.5, 58.5],
  ],
  urals: [
    [60.6, 56.8],
    [56.2, 58],
    [56, 54.7],
    [55.1, 51.8],
    [61.4, 55.2],
    [60.3, 59.8],
    [58.6, 51.5],
    [53.2, 56.85],
    [57, 60.8],
  ],
  'don-kuban': [
    [39.7, 47.2],
    [38.97, 45.04],
    [42, 45.04],
    [40.6, 48.9],
    [42.2, 47.6],
    [37.8, 44.8],
    [40.5, 44.2],
  ],
  'north-caucasus': [
    [45.7, 43.3],
    [47.5, 43],
    [43.6, 43.5],
    [44.7, 43],
    [48.1, 42],
    [46.6, 43.9],
  ],
  'west-siberia': [
    [82.9, 55],
    [73.4, 55],
    [65.5, 57.2],
    [69, 61],
    [67.5, 66.5],
    [70, 70.5],
    [76.6, 61],
    [84.9, 56.5],
    [83.8, 53.3],
    [86.1, 55.3],
    [77, 66],
    [80.5, 59],
    [65.3, 55.4],
    [76.5, 71.5],
    [64.5, 62.5],
  ],
  'east-siberia': [
    [92.9, 56],
    [104.3, 52.3],
    [107.6, 51.8],
    [113.5, 52],
    [129.7, 62],
    [100.2, 64.3],
    [88.2, 69.3],
    [100, 73.5],
    [101.6, 56.5],
    [114.2, 57.9],
    [120, 63.5],
    [126, 68],
    [128.9, 71.6],
    [147.9, 70.6],
    [153.7, 67.5],
    [133.4, 67.5],
    [142, 64],
    [123.5, 57.5],
    [90.5, 61],
    [89, 74],
  ],
  'far-east': [
    [135, 48.5],
    [132, 43.1],
    [127.5, 50.3],
    [142.7, 47],
    [142.6, 51.5],
    [150.8, 59.6],
    [158.6, 53],
    [160, 57],
    [177.5, 64.7],
    [170.3, 69.7],
    [143.2, 59.4],
    [137, 50.6],
    [125.5, 54.5],
    [153, 62.5],
    [181, 67.5],
    [165, 62],
    [132.5, 55],
    [180, 71.2],
  ],
};

/** Centre of the plane in which distances between Russian seeds are measured. */
export const SEED_PLANE_CENTRE: Pair = [100, 60];
/** Voronoi borders are densified every this many km, then wander at most this far off. */
export const BORDER_STEP_KM = 25;
export const BORDER_WANDER_KM = 40;
