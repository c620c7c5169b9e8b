/**
 * Border slices for the map (scripts/build-map.ts): historical lines drawn by hand across
 * modern countries. The coordinates are in slice-lines.json; this file says what each is.
 *
 * Natural Earth only knows today's borders. A slice moves the land inside a hand-drawn
 * lon/lat outline from one region to another, so the game can colour interwar and post-war
 * borders by era. Where an outline runs inside a country it follows a historical line
 * (a river, an old frontier), drawn from memory with vertices every 10-40 km, so it is good
 * to a few km at best. Where it leaves the country it wanders off well outside, so the
 * country's own border is kept exactly. Lines shared by two slices are one line in the data,
 * so neighbouring slices meet without gaps. All points run [lon, lat].
 */
import type { Pair, Polygon, MultiPolygon } from 'polygon-clipping';
import data from './slice-lines.json' with { type: 'json' };

type Ring = Pair[];
const ring = (points: number[][]): Ring => points.map(([lon = 0, lat = 0]) => [lon, lat]);

/**
 * The Riga line (1921 Polish-Soviet border), from the Latvian border on the Dvina to the Zbruch
 * mouth: the Dvina (Drissa on its north bank Soviet, Dzisna on the south bank Polish); south past
 * Dokszyce (Polish) and Begoml (Soviet), Radoszkowicze (Polish) west of Minsk, Stolpce and Nesvizh
 * (Polish) against Dzerzhinsk and Kopyl (Soviet); across Polesie to the Pripet east of Pinsk
 * (Luninets, Mikashevichi Polish; Zhytkovichi Soviet); Volhynia (Rokytne, Korets and Ostroh
 * Polish; Olevsk, Novohrad-Volynskyi and Slavuta Soviet); down the Zbruch (Pidvolochysk,
 * Husiatyn) to the Dniester.
 */
const RIGA_LINE = ring(data.lines.riga);
/**
 * The Dniester from where Galicia, Bukovina meet on it, down past the Zbruch mouth and Khotyn to
 * Naslavcea, where Moldova's border takes over the river. West to east.
 */
const DNIESTER_UPPER = ring(data.lines.dniesterUpper);
const GALICIA_BUKOVINA_ON_DNIESTER = 0; // index in DNIESTER_UPPER
const BUKOVINA_BESSARABIA_ON_DNIESTER = 3;
const ZBRUCH_ON_DNIESTER = 5;
/**
 * The Galicia-Bukovina line: from the Dniester west of Zalishchyky south, east of Horodenka
 * and Sniatyn (Galician), to the Prut, then up the Cheremosh (Kuty Galician, Vyzhnytsia
 * Bukovinian) to Romania.
 */
const GALICIA_BUKOVINA = ring(data.lines.galiciaBukovina);
/** The old Bukovina-Bessarabia frontier, from the Dniester to the Prut at Novoselytsia, then into Romania. */
const BUKOVINA_BESSARABIA = ring(data.lines.bukovinaBessarabia);
/** The Carpathian watershed (Transcarpathia's border), from Romania north-west to the Uzhok pass. */
const CARPATHIAN_RIDGE = ring(data.lines.carpathianRidge);
/** The Dniester through Moldova, from where it leaves the border (Transnistria's north tip) to Purcari. */
const DNIESTER_MOLDOVA = ring(data.lines.dniesterMoldova);

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

const { outlines } = data;

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
    area: outlines.germanEast.map((r) => [ring(r)]),
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
    // Dniester and its liman, the Danube and the sea) are Bessarabia. The Budjak's outline:
    // its north edge inside Moldova, then down the Dniester below Palanca and its liman.
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
      [ring(outlines.budjak)],
    ],
  },
  {
    // The 1920-39 Polish-Lithuanian demarcation line: Vilnius, Trakai, Svencionys, Ignalina,
    // Varena and Druskininkai Polish; Kaunas, Alytus, Ukmerge, Moletai, Utena, Zarasai Lithuanian.
    to: 'vilna',
    from: ['lithuania'],
    area: [[ring(outlines.vilna)]],
  },
  {
    // Finnish until 1940/44. The Karelian Isthmus north of the Sestra and the old border to
    // Lake Ladoga; Ladoga Karelia up to the 1920 (Tartu) border, which reached the lake's
    // east shore between Salmi (Finnish) and Vidlitsa (Soviet). Lakes are land in this map,
    // so Ladoga is split on a straight line between the two borders. Second outline: Petsamo,
    // from the Finnish-Norwegian border to the 1920 line across the Rybachy peninsula.
    to: 'karelia',
    from: ['petrograd', 'north'],
    area: outlines.karelia.map((r) => [ring(r)]),
  },
  // Karafuto: Sakhalin south of 50 degrees N.
  { to: 'south-sakhalin', from: ['far-east'], area: [[ring(outlines.southSakhalin)]] },
];

/** Pieces of a cut smaller than this (km²) that touch the other side are slivers of the hand-drawn line. */
export const SLIVER_KM2 = 150;
