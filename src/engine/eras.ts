/**
 * Base political maps by era. A `# era: <id>` tag in the story lays one of these over the
 * map; what the player's own path changed away from history (map tags on speculative lines)
 * stays on top. Keys may be region ids or region groups (see regions.ts).
 *
 * Controls are sides, not states: interwar Poland, Finland and the Baltic states are
 * "independent", Weimar Germany "neutral", Romania (an Entente power in 1917–18 and
 * after) "allied", Japan "allied" until it joins the Axis. See docs/story-format.md.
 */
import type { Control } from './types.ts';

export const ERA_IDS = ['1914', '1918', '1919', '1921', '1922', '1939', '1941', '1945', '1991-union', '1991'] as const;
export type EraId = (typeof ERA_IDS)[number];

export interface Era {
  id: EraId;
  title: string;
  control: Readonly<Record<string, Control>>;
  /**
   * The Union and its bloc are gone: after the era is laid, whatever the Soviet side or the
   * bloc still holds on this path (its own changes included) becomes independent.
   */
  endsUnion?: boolean;
}

const SOVIET_UNION_1922 = {
  russia: 'soviet',
  ukraine: 'soviet',
  belarus: 'soviet',
  crimea: 'soviet',
  caucasus: 'soviet',
  'central-asia': 'soviet',
} as const;

/**
 * Eastern Europe after the Central Powers' defeat, as the treaties of 1920–21 fixed it until
 * 1939: the Riga line of 1921 and Vilna (seized 1920) gave Poland the west of Belarus and Ukraine.
 */
const NEW_STATES_1919 = {
  finland: 'independent',
  karelia: 'independent',
  baltic: 'independent',
  poland: 'independent',
  vilna: 'independent',
  'west-belarus': 'independent',
  'west-ukraine': 'independent',
  bessarabia: 'allied',
  'north-bukovina': 'allied',
  germany: 'neutral',
  'german-east': 'neutral',
  konigsberg: 'neutral',
  austria: 'neutral',
  hungary: 'neutral',
  czechoslovakia: 'independent',
  bulgaria: 'neutral',
  turkey: 'neutral',
} as const;

/** Lands the Soviet Union annexed in 1939–40 and kept in 1945. */
const ANNEXED_1939_40 = {
  'west-belarus': 'soviet',
  'west-ukraine': 'soviet',
  baltic: 'soviet',
  vilna: 'soviet',
  bessarabia: 'soviet',
  'north-bukovina': 'soviet',
  karelia: 'soviet',
} as const;

export const ERAS: Readonly<Record<EraId, Era>> = {
  '1914': {
    id: '1914',
    title: 'The Empire at war, 1914–17',
    control: {
      russia: 'empire',
      ukraine: 'empire',
      belarus: 'empire',
      crimea: 'empire',
      caucasus: 'empire',
      'central-asia': 'empire',
      baltic: 'empire',
      poland: 'empire',
      finland: 'empire',
      karelia: 'empire',
      bessarabia: 'empire',
      'west-belarus': 'empire',
      vilna: 'empire',
      // Galicia and Bukovina were Austrian, Silesia, Pomerania and East Prussia German.
      'west-ukraine': 'central',
      'north-bukovina': 'central',
      'german-east': 'central',
      konigsberg: 'central',
      germany: 'central',
      austria: 'central',
      hungary: 'central',
      czechoslovakia: 'central',
      'south-sakhalin': 'allied',
    },
  },
  '1918': {
    id: '1918',
    title: 'The Brest-Litovsk line, 1918',
    control: {
      poland: 'central',
      baltic: 'central',
      vilna: 'central',
      'west-belarus': 'central',
      belarus: 'central',
      'west-ukraine': 'central',
      ukraine: 'central',
      crimea: 'central',
      finland: 'independent',
      karelia: 'independent',
      bessarabia: 'allied',
    },
  },
  /**
   * From November 1918, when Germany lost the war and Moscow annulled Brest-Litovsk: the new
   * states from Finland to Poland (whose troops held Vilna, Galicia and the west of Belarus by
   * 1919), Romania in Bessarabia and Bukovina, the Central Powers' empires gone. The Civil War's
   * fronts inside the old Empire are the story's own map tags.
   */
  '1919': {
    id: '1919',
    title: "After Germany's defeat, 1918–21",
    control: { ...NEW_STATES_1919 },
  },
  /** The Treaty of Riga (18 March 1921): the west of Belarus and Ukraine stay Polish. */
  '1921': {
    id: '1921',
    title: 'The Riga line, 1921',
    control: { ...NEW_STATES_1919 },
  },
  '1922': {
    id: '1922',
    title: 'The Soviet Union of 1922',
    control: { ...SOVIET_UNION_1922, ...NEW_STATES_1919 },
  },
  '1939': {
    id: '1939',
    title: 'The annexations of 1939–40',
    control: {
      ...SOVIET_UNION_1922,
      ...ANNEXED_1939_40,
      poland: 'axis',
      'german-east': 'axis',
      konigsberg: 'axis',
      germany: 'axis',
      austria: 'axis',
      czechoslovakia: 'axis',
      finland: 'independent',
    },
  },
  '1941': {
    id: '1941',
    title: 'The invasion of 1941',
    control: {
      baltic: 'axis',
      vilna: 'axis',
      'west-belarus': 'axis',
      belarus: 'axis',
      'west-ukraine': 'axis',
      bessarabia: 'axis',
      'north-bukovina': 'axis',
      karelia: 'axis',
      finland: 'axis',
      poland: 'axis',
      'german-east': 'axis',
      konigsberg: 'axis',
      germany: 'axis',
      romania: 'axis',
      hungary: 'axis',
      bulgaria: 'axis',
      japan: 'axis',
      'south-sakhalin': 'axis',
    },
  },
  '1945': {
    id: '1945',
    title: 'The Soviet Union and its bloc, 1945',
    control: {
      ...SOVIET_UNION_1922,
      ...ANNEXED_1939_40,
      // East Prussia's north and South Sakhalin became Soviet; Poland moved west to the Oder.
      konigsberg: 'soviet',
      'south-sakhalin': 'soviet',
      'german-east': 'bloc',
      poland: 'bloc',
      czechoslovakia: 'bloc',
      hungary: 'bloc',
      romania: 'bloc',
      bulgaria: 'bloc',
      finland: 'independent',
      japan: 'allied',
      turkey: 'neutral',
      mongolia: 'bloc',
    },
  },
  /**
   * An ending where the Union survives 1991 (renewal, the party's market): it names the time
   * and changes no border; what the path and its ending moved is already on the map.
   */
  '1991-union': {
    id: '1991-union',
    title: 'The Union holds, 1991',
    control: {},
  },
  '1991': {
    id: '1991',
    title: "The Union's end, 1991",
    endsUnion: true,
    control: {
      russia: 'independent',
      konigsberg: 'independent',
      karelia: 'independent',
      'south-sakhalin': 'independent',
      ukraine: 'independent',
      'west-ukraine': 'independent',
      'north-bukovina': 'independent',
      crimea: 'independent',
      belarus: 'independent',
      'west-belarus': 'independent',
      baltic: 'independent',
      vilna: 'independent',
      bessarabia: 'independent',
      caucasus: 'independent',
      'central-asia': 'independent',
      poland: 'independent',
      'german-east': 'independent',
      czechoslovakia: 'independent',
      hungary: 'independent',
      romania: 'independent',
      bulgaria: 'independent',
      germany: 'allied',
      // The Mongolian People's Republic held its first free elections in July 1990.
      mongolia: 'independent',
    },
  },
};

export const isEra = (s: string): s is EraId => (ERA_IDS as readonly string[]).includes(s);
