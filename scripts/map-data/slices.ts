/**
 * Border slices for the map (scripts/build-map.ts): historical lines drawn by hand across
 * modern countries. Data only.
 */
import type { Pair, Polygon, MultiPolygon } from 'polygon-clipping';

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
  [27.6, 56.3],
  [27.6, 55.8],
  [27.8, 55.78],
  [27.95, 55.765],
  [28.1, 55.67],
  [28.2, 55.585],
  [28.35, 55.53],
  [28.45, 55.51],
  // South past Dokszyce (Polish) and Begoml (Soviet), Radoszkowicze (Polish) west of Minsk,
  // Stolpce and Nesvizh (Polish) against Dzerzhinsk and Kopyl (Soviet).
  [28.35, 55.3],
  [28.2, 55.1],
  [28.0, 54.95],
  [27.85, 54.75],
  [27.65, 54.55],
  [27.5, 54.35],
  [27.35, 54.2],
  [27.2, 54.0],
  [27.05, 53.8],
  [26.95, 53.62],
  [26.95, 53.4],
  [26.95, 53.15],
  [27.05, 52.95],
  [27.15, 52.75],
  // Across Polesie to the Pripet east of Pinsk (Luninets, Mikashevichi Polish; Zhytkovichi Soviet).
  [27.3, 52.5],
  [27.45, 52.3],
  [27.6, 52.15],
  [27.75, 51.95],
  [27.8, 51.65],
  // Volhynia: Rokytne, Korets and Ostroh Polish; Olevsk, Novohrad-Volynskyi and Slavuta Soviet.
  [27.5, 51.35],
  [27.4, 51.1],
  [27.3, 50.85],
  [27.25, 50.65],
  [27.0, 50.5],
  [26.75, 50.38],
  [26.6, 50.22],
  [26.35, 50.05],
  [26.1, 49.88],
  [26.05, 49.72],
  // Down the Zbruch (Pidvolochysk, Husiatyn) to the Dniester.
  [26.15, 49.53],
  [26.2, 49.3],
  [26.15, 49.07],
  [26.2, 48.85],
  [26.3, 48.68],
  [26.37, 48.55],
];

/**
 * The Dniester from where Galicia, Bukovina meet on it, down past the Zbruch mouth and Khotyn to
 * Naslavcea, where Moldova's border takes over the river. West to east.
 */
const DNIESTER_UPPER: Pair[] = [
  [25.62, 48.64],
  [25.74, 48.63],
  [25.9, 48.62],
  [26.1, 48.6],
  [26.25, 48.58],
  [26.37, 48.55],
  [26.5, 48.53],
  [26.7, 48.55],
  [26.9, 48.6],
  [27.1, 48.6],
  [27.3, 48.6],
  [27.45, 48.57],
  [27.56, 48.475],
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
  [25.62, 48.64],
  [25.66, 48.55],
  [25.66, 48.45],
  [25.62, 48.4],
  [25.45, 48.33],
  [25.3, 48.28],
  [25.2, 48.25],
  [25.1, 48.13],
  [24.98, 47.95],
  [24.9, 47.8],
  [24.92, 47.55],
];

/** The old Bukovina-Bessarabia frontier, from the Dniester to the Prut at Novoselytsia, then into Romania. */
const BUKOVINA_BESSARABIA: Pair[] = [
  [26.1, 48.6],
  [26.15, 48.45],
  [26.2, 48.33],
  [26.235, 48.24],
  [26.27, 48.19],
  [26.35, 48.1],
];

/** The Carpathian watershed (Transcarpathia's border), from Romania north-west to the Uzhok pass. */
const CARPATHIAN_RIDGE: Pair[] = [
  [24.62, 47.6],
  [24.62, 47.9],
  [24.63, 48.05],
  [24.5, 48.16],
  [24.47, 48.3],
  [24.25, 48.42],
  [24.0, 48.55],
  [23.75, 48.68],
  [23.5, 48.8],
  [23.25, 48.85],
  [23.05, 48.93],
  [22.87, 49.02],
  [22.8, 49.15],
];

/** The Dniester through Moldova, from where it leaves the border (Transnistria's north tip) to Purcari. */
const DNIESTER_MOLDOVA: Pair[] = [
  [28.46, 48.09],
  [28.55, 48.07],
  [28.68, 48.03],
  [28.78, 47.98],
  [28.85, 47.92],
  [28.92, 47.85],
  [28.98, 47.77],
  [29.02, 47.7],
  [29.05, 47.6],
  [29.05, 47.5],
  [29.1, 47.42],
  [29.15, 47.33],
  [29.17, 47.25],
  [29.2, 47.18],
  [29.28, 47.12],
  [29.35, 47.02],
  [29.45, 46.92],
  [29.52, 46.85],
  [29.55, 46.78],
  [29.62, 46.72],
  [29.72, 46.66],
  [29.82, 46.6],
  [29.93, 46.55],
];

const between = (line: readonly Pair[], from: number, to: number): Pair[] =>
  from <= to ? line.slice(from, to + 1) : line.slice(to, from + 1).reverse();

/** Everything west of the Riga line and the Zbruch, less Bukovina and Transcarpathia. */
const WEST_OF_RIGA: Polygon = [
  [
    ...RIGA_LINE,
    ...between(DNIESTER_UPPER, ZBRUCH_ON_DNIESTER, GALICIA_BUKOVINA_ON_DNIESTER),
    ...GALICIA_BUKOVINA.slice(1),
    ...CARPATHIAN_RIDGE,
    [21.5, 49.2],
    [21.5, 56.3],
    RIGA_LINE[0] as Pair,
  ],
];

export interface Slice {
  /** The region that receives the land (created if it has none yet). */
  to: string;
  /** The regions the land is taken from. */
  from: string[];
  /** Hand-drawn lon/lat outlines; only the part of them inside `from` moves. */
  area: MultiPolygon;
}

/** Applied in order, after the countries are merged and Russia is split. */
export const SLICES: Slice[] = [
  {
    // West of the 1922-39 border: Pomerania, East Brandenburg, Lower and most of Upper
    // Silesia (Bytom, Gliwice, Zabrze German; Katowice, Chorzow, Rybnik Polish). Second
    // outline: Danzig and southern East Prussia, from the Vistula (Marienwerder German,
    // Graudenz Polish) along the 1920 plebiscite line, Soldau Polish, then the old
    // Prussian-Russian frontier to the Lithuanian border.
    to: 'german-east',
    from: ['poland'],
    area: [
      [
        [
          [18.05, 55.2],
          [18.05, 54.83],
          [18.02, 54.72],
          [17.93, 54.58],
          [17.85, 54.45],
          [17.72, 54.3],
          [17.68, 54.15],
          [17.5, 54.0],
          [17.45, 53.85],
          [17.45, 53.72],
          [17.38, 53.6],
          [17.25, 53.42],
          [17.1, 53.28],
          [16.95, 53.2],
          [16.8, 53.1],
          [16.72, 53.06],
          [16.55, 52.95],
          [16.3, 52.93],
          [16.1, 52.9],
          [15.95, 52.85],
          [15.85, 52.75],
          [15.8, 52.6],
          [15.85, 52.45],
          [15.85, 52.3],
          [15.9, 52.15],
          [16.05, 52.05],
          [16.25, 51.92],
          [16.4, 51.8],
          [16.6, 51.72],
          [16.8, 51.64],
          [17.05, 51.6],
          [17.3, 51.6],
          [17.5, 51.47],
          [17.75, 51.35],
          [17.82, 51.2],
          [18.1, 51.18],
          [18.35, 51.07],
          [18.6, 50.95],
          [18.72, 50.8],
          [18.6, 50.72],
          [18.58, 50.62],
          [18.75, 50.42],
          [18.88, 50.38],
          [18.96, 50.33],
          [18.9, 50.3],
          [18.82, 50.27],
          [18.72, 50.24],
          [18.62, 50.2],
          [18.5, 50.15],
          [18.4, 50.1],
          [18.33, 49.94],
          [18.32, 49.5],
          [13.5, 49.5],
          [13.5, 55.2],
          [18.05, 55.2],
        ],
      ],
      [
        [
          [18.6, 54.475],
          [18.75, 54.5],
          [19.2, 54.5],
          [19.5, 54.75],
          [22.85, 54.75],
          [22.8, 54.36],
          [22.72, 54.28],
          [22.64, 54.18],
          [22.62, 54.05],
          [22.55, 53.9],
          [22.43, 53.71],
          [22.2, 53.6],
          [21.9, 53.5],
          [21.6, 53.45],
          [21.3, 53.4],
          [21.0, 53.32],
          [20.8, 53.3],
          [20.6, 53.24],
          [20.4, 53.22],
          [20.32, 53.33],
          [20.1, 53.38],
          [19.9, 53.42],
          [19.72, 53.55],
          [19.5, 53.57],
          [19.25, 53.55],
          [19.05, 53.58],
          [18.9, 53.6],
          [18.82, 53.7],
          [18.86, 53.85],
          [18.84, 54.0],
          [18.82, 54.1],
          [18.65, 54.17],
          [18.5, 54.22],
          [18.42, 54.3],
          [18.45, 54.42],
          [18.6, 54.475],
        ],
      ],
    ],
  },
  { to: 'west-belarus', from: ['belarus'], area: [WEST_OF_RIGA] },
  { to: 'west-ukraine', from: ['ukraine'], area: [WEST_OF_RIGA] },
  {
    // Chernivtsi oblast less the Khotyn district: Bukovina south of the Dniester, and Hertsa.
    to: 'north-bukovina',
    from: ['ukraine'],
    area: [
      [
        [
          ...between(DNIESTER_UPPER, GALICIA_BUKOVINA_ON_DNIESTER, BUKOVINA_BESSARABIA_ON_DNIESTER),
          ...BUKOVINA_BESSARABIA.slice(1),
          [26.3, 47.5],
          [24.92, 47.5],
          ...[...GALICIA_BUKOVINA].reverse(),
        ],
      ],
    ],
  },
  {
    // Transnistria (east of the Dniester) was never Bessarabia: it goes to Ukraine.
    to: 'ukraine',
    from: ['bessarabia'],
    area: [[[...DNIESTER_MOLDOVA, [30.4, 46.6], [30.4, 48.4], [28.5, 48.4], DNIESTER_MOLDOVA[0] as Pair]]],
  },
  {
    // Khotyn (south of the Dniester, east of Bukovina) and the Budjak (between the lower
    // Dniester and its liman, the Danube and the sea) are Bessarabia.
    to: 'bessarabia',
    from: ['ukraine'],
    area: [
      [
        [
          ...between(DNIESTER_UPPER, DNIESTER_UPPER.length - 1, BUKOVINA_BESSARABIA_ON_DNIESTER),
          ...BUKOVINA_BESSARABIA.slice(1),
          [27.0, 48.1],
          [27.7, 48.3],
          DNIESTER_UPPER[DNIESTER_UPPER.length - 1] as Pair,
        ],
      ],
      [
        [
          // North edge inside Moldova, then down the Dniester below Palanca and its liman.
          [28.0, 45.3],
          [28.3, 45.6],
          [28.6, 45.85],
          [28.85, 46.1],
          [28.85, 46.45],
          [29.1, 46.58],
          [29.5, 46.55],
          [29.85, 46.5],
          [30.05, 46.45],
          [30.14, 46.4],
          [30.22, 46.32],
          [30.32, 46.23],
          [30.4, 46.16],
          [30.48, 46.09],
          [30.7, 45.9],
          [30.0, 44.8],
          [28.0, 44.8],
          [28.0, 45.3],
        ],
      ],
    ],
  },
  {
    // The 1920-39 Polish-Lithuanian demarcation line: Vilnius, Trakai, Svencionys, Ignalina,
    // Varena and Druskininkai Polish; Kaunas, Alytus, Ukmerge, Moletai, Utena, Zarasai Lithuanian.
    to: 'vilna',
    from: ['lithuania'],
    area: [
      [
        [
          [26.4, 55.9],
          [26.38, 55.69],
          [26.15, 55.56],
          [25.9, 55.45],
          [25.68, 55.3],
          [25.5, 55.15],
          [25.3, 55.05],
          [25.0, 54.95],
          [24.78, 54.85],
          [24.7, 54.72],
          [24.6, 54.56],
          [24.45, 54.4],
          [24.3, 54.25],
          [24.1, 54.14],
          [23.93, 54.1],
          [23.8, 53.98],
          [23.8, 53.7],
          [27.5, 53.7],
          [27.5, 55.9],
          [26.4, 55.9],
        ],
      ],
    ],
  },
  {
    // Finnish until 1940/44. The Karelian Isthmus north of the Sestra and the old border to
    // Lake Ladoga; Ladoga Karelia up to the 1920 (Tartu) border, which reached the lake's
    // east shore between Salmi (Finnish) and Vidlitsa (Soviet). Lakes are land in this map,
    // so Ladoga is split on a straight line between the two borders. Second outline: Petsamo,
    // from the Finnish-Norwegian border to the 1920 line across the Rybachy peninsula.
    to: 'karelia',
    from: ['petrograd', 'north'],
    area: [
      [
        [
          [26.8, 59.95],
          [29.5, 60.08],
          [29.93, 60.13],
          [30.05, 60.17],
          [30.2, 60.28],
          [30.32, 60.37],
          [30.6, 60.38],
          [31.0, 60.4],
          [32.1, 61.27],
          [32.55, 61.55],
          [32.85, 61.85],
          [32.9, 62.1],
          [32.6, 62.4],
          [32.1, 62.6],
          [31.55, 62.93],
          [31.0, 62.9],
          [27.5, 63.2],
          [26.8, 59.95],
        ],
      ],
      [
        [
          [27.5, 70.3],
          [32.3, 70.3],
          [32.05, 69.78],
          [31.9, 69.55],
          [31.6, 69.4],
          [31.1, 69.15],
          [30.4, 68.95],
          [29.5, 68.72],
          [28.7, 68.55],
          [28.0, 68.5],
          [27.5, 70.3],
        ],
      ],
    ],
  },
  // Karafuto: Sakhalin south of 50 degrees N.
  {
    to: 'south-sakhalin',
    from: ['far-east'],
    area: [
      [
        [
          [141.3, 50],
          [145, 50],
          [145, 45.7],
          [141.3, 45.7],
          [141.3, 50],
        ],
      ],
    ],
  },
];

/** Pieces of a cut smaller than this (km²) that touch the other side are slivers of the hand-drawn line. */
export const SLIVER_KM2 = 150;
