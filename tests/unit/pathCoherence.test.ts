/**
 * The late chapters speak only of what the path has made. Where Hitler never took power,
 * Europe was never divided: no Berlin Wall, no bloc, no NATO, no annexed Baltic states. Where
 * Eastern Europe chose its own road in 1945, 1980 has no Jaruzelski and the Wall has a past.
 * Where no pact was signed in 1939, 1945 does not "keep" lands never taken. Each path is played
 * on the real story with history's option everywhere else; the story's own text, choices,
 * markers, meter reasons and last map are read (history cards tell history, so they are not).
 */
import { describe, expect, it } from 'vitest';
import type { EndingId } from '../../src/engine/types';
import { play, saying, SOVIET_POLAND_1920, type Played } from './playPath';

/** What a Europe never divided cannot have (each also appears on history's own path: see below). */
const DIVIDED_EUROPE: readonly RegExp[] = [
  /Berlin Wall/,
  /\bNATO\b/,
  /West Germany|East Germany|German Democratic Republic/,
  /iron curtain/i,
  /people's democrac/i,
  /Warsaw Pact/,
  /Budapest|Imre Nagy/,
  /Ota Šik|invade Czechoslovakia/,
  /Solidarity|Jaruzelski/,
  /Belgrade/,
  /Great Patriotic War/,
  /Estonia|Latvia|Lithuania|Baltic states|Vilnius|Moldova|Transnistria/,
  /Königsberg|Kaliningrad/,
  /fifteen republics|six republics|nine republics/,
  /satellite parties|German factories|eleven million under arms/,
];

/** The united front of 1930–32 keeps Hitler from power on history's path otherwise (chapter 4). */
const NO_HITLER = 'united-front';

/** Paths without Hitler to each ending of 1991, through each postwar road and each choice of 1987. */
const WITHOUT_HITLER: { name: string; options: string[]; ending: EndingId }[] = [
  { name: "history's choices after 1932", options: [NO_HITLER], ending: 'dissolution-1991' },
  { name: 'economy first', options: [NO_HITLER, 'economy-first'], ending: 'party-market' },
  {
    name: 'own road, going further, self-management, democracy first',
    options: [NO_HITLER, 'own-road', 'go-further', 'self-management', 'step-out', 'democracy-first'],
    ending: 'renewal',
  },
  {
    name: 'pressing for more, orthodoxy, command',
    options: [NO_HITLER, 'press-for-more', 'orthodoxy', 'command'],
    ending: 'dissolution-1991',
  },
  { name: 'neither glasnost nor perestroika', options: [NO_HITLER, 'neither'], ending: 'dissolution-1991' },
];

/** History's own path, played once for the checks that the patterns match the story's words. */
const history = play([]);

describe('a path where Hitler never takes power', () => {
  it("history's own path says every one of these things, so the patterns read the story's words", () => {
    expect(DIVIDED_EUROPE.filter((p) => saying(history, p).length === 0)).toEqual([]);
    expect(history.control['germany']).toBe('allied');
  });

  for (const path of WITHOUT_HITLER) {
    it(`${path.name}: ends in ${path.ending} and never speaks of a divided Europe, a bloc or annexed Baltic states`, () => {
      const p = play(path.options);
      expect(p.ending).toBe(path.ending);
      expect(saying(p, /Hitler never came to power/).length).toBeGreaterThan(0);
      expect(DIVIDED_EUROPE.flatMap((pattern) => saying(p, pattern))).toEqual([]);
      // The map keeps Germany the republic of 1932, out of the Western camp.
      expect(p.control['germany']).toBe('independent');
    });
  }
});

describe('a path where Eastern Europe chose its own road in 1945', () => {
  it('keeps Germany divided before its Wall opens in 1989, with no invasion of Prague and no martial law in Poland', () => {
    const p = play(['own-road']);
    expect(p.ending).toBe('dissolution-1991');
    const divided = p.texts.findIndex((t) => /Only Germany stays divided/.test(t));
    const wall = p.texts.findIndex((t) => /Berlin Wall is opened/.test(t));
    expect(divided).toBeGreaterThanOrEqual(0);
    expect(wall).toBeGreaterThan(divided);
    expect(saying(p, /Jaruzelski|martial law|Moscow lets go|Polish, Hungarian and Bulgarian troops/)).toEqual([]);
  });

  it('without reform in 1987, only East Germany stirs: there is no bloc held by fear', () => {
    const p = play(['own-road', 'neither']);
    expect(saying(p, /East Germany stirs/).length).toBe(1);
    expect(saying(p, /The bloc holds|Poland and East Germany stir/)).toEqual([]);
  });
});

describe('paths that part from history between 1924 and 1965', () => {
  it("history's path keeps the lands of 1939–40, fights Japan in August 1945 and spares Molotov's group after the terror", () => {
    expect(saying(history, /keeps most of the lands it took in 1939–40/).length).toBe(1);
    expect(saying(history, /war with Japan in August and September/).length).toBe(1);
    expect(saying(history, /first time in a generation, the losers/).length).toBe(1);
    expect(saying(history, /remember Finland in 1939|take the Baltic, Bessarabia/).length).toBe(2);
  });

  for (const option of ['alliance', 'neutral']) {
    it(`no pact in 1939 (${option}): in 1945 the Union takes the Baltic states, it does not keep what it never took`, () => {
      const p = play([option]);
      expect(saying(p, /keeps most of the lands it took/)).toEqual([]);
      expect(saying(p, /took no land in 1939–40/).length).toBe(1);
      // No Winter War to remember, and no Baltic states or Bessarabia to offer Berlin in 1941.
      expect(saying(p, /remember Finland|Baltic, Bessarabia/)).toEqual([]);
    });
  }

  it('a class war that reaches Berlin only in 1946 is not followed by a war with Japan dated 1945', () => {
    const p = play(['class-war']);
    expect(p.markers).toContain('1946: Berlin falls');
    expect(saying(p, /August and September/)).toEqual([]);
  });

  it("Trotsky as Lenin's successor: in 1953 Stalin is one leader among several, not the last of a collective leadership", () => {
    const p = play(['trotsky-succeeds']);
    expect(saying(p, /one leader among several since 1924/).length).toBe(2);
    expect(saying(p, /collective leadership/i)).toEqual([]);
  });

  it('without the Kosygin reform of 1965, the reformers of 1987 do not recall how the bureaucracy smothered it', () => {
    expect(saying(history, /smothered Kosygin's/).length).toBe(1);
    for (const option of ['command', 'self-management']) expect(saying(play([option]), /smothered Kosygin's/)).toEqual([]);
  });

  it('without show trials, the survival of the Anti-Party Group in 1957 is not the first in a generation', () => {
    const p = play(['no-trials']);
    expect(saying(p, /Anti-Party Group/).length).toBe(1);
    expect(saying(p, /first time in a generation/)).toEqual([]);
  });
});

/** What history's 1939 says of eastern Poland: invaded, annexed, its officers shot, its people deported. */
const EASTERN_POLAND_1939: readonly RegExp[] = [
  /crosses into eastern Poland|invasion of eastern Poland/,
  /eastern Poland and Bessarabia in the Soviet sphere/,
  /killed by the Red Army in September 1939/,
  /Katyn and other sites/,
  /from eastern Poland, the Baltic states/,
];

describe('a peace on the Curzon line in 1920', () => {
  const history1939 = play([], 1939);

  it("history's 1939 says all of it, and its map keeps the west of Belarus and Ukraine Polish until then", () => {
    expect(EASTERN_POLAND_1939.filter((p) => saying(history1939, p).length === 0)).toEqual([]);
    expect(history1939.controlAt['general-secretary']?.['west-belarus']).toBe('independent');
  });

  for (const option of ['peace-at-curzon-line', 'turn-east']) {
    it(`${option}: the west of Belarus and Ukraine is Soviet from 1920, so 1939 invades no eastern Poland and has no Katyn`, () => {
      const p = play([option], 1939);
      expect(p.controlAt['general-secretary']?.['west-belarus']).toBe('soviet');
      expect(p.controlAt['general-secretary']?.['west-ukraine']).toBe('soviet');
      expect(saying(p, /Soviet border has run on the Curzon line since 1920/).length).toBe(1);
      expect(EASTERN_POLAND_1939.flatMap((pattern) => saying(p, pattern))).toEqual([]);
      expect(p.controlAt['june-1941']?.['poland']).toBe('axis');
    });
  }
});

describe('words that name what a path never had', () => {
  it('an alliance in 1939: in 1941 the Germans cross Poland and Lithuania first, not a Soviet border from the Baltic to the Black Sea', () => {
    expect(saying(history, /from the Baltic to the Black Sea/).length).toBe(1);
    const p = play(['alliance']);
    expect(saying(p, /triple alliance/i).length).toBeGreaterThan(0);
    expect(saying(p, /from the Baltic to the Black Sea|cross the Soviet border|Minsk falls on 28 June/)).toEqual([]);
    expect(saying(p, /cross into Poland and Lithuania/).length).toBe(2);
  });

  it("Trotsky as Lenin's successor: in 1956 no one man's cult takes the blame, and it was Trotsky's Politburo that signed the lists", () => {
    expect(saying(history, /one man's cult of personality/).length).toBe(2);
    const p = play(['trotsky-succeeds']);
    expect(saying(p, /one man's cult of personality|the leadership he sat in/)).toEqual([]);
    expect(saying(p, /his Politburo that signed the lists of 1937/).length).toBe(1);
    // Nor an idol to pull down, nor one man who did it all.
    expect(saying(history, /pull down the idol/).length).toBe(2);
    expect(saying(history, /if one man did all this/).length).toBe(2);
    expect(saying(p, /pull down the idol|if one man did all this|the cult/)).toEqual([]);
  });

  it('orthodoxy in 1956: Gorbachev comes of age in the 1950s, not in a Thaw the path never had', () => {
    expect(saying(history, /came of age in the Thaw/).length).toBe(2);
    const p = play(['orthodoxy']);
    expect(saying(p, /came of age in the Thaw/)).toEqual([]);
    expect(saying(p, /came of age in the 1950s/).length).toBe(2);
  });
});

/** When the map gives Poland to the Axis. */
const polandToAxis = (p: Played): number[] => p.mapLog.filter((c) => c.region === 'poland' && c.control === 'axis').map((c) => c.year);

describe('a Soviet Poland from 1920', () => {
  it("history's Poland falls to the Axis in 1939 and is invaded, divided and guaranteed in the text", () => {
    const h = play([], 1939);
    expect(polandToAxis(h)[0]).toBe(1939);
    expect(saying(h, /guaranteed Poland|invades Poland|Poland fell in 1939/).length).toBe(3);
  });

  for (const option of ['pact', 'alliance', 'neutral']) {
    it(`${option} in 1939: no independent Poland to guarantee, invade or divide, and the map keeps Poland Soviet until 1941`, () => {
      const p = play([...SOVIET_POLAND_1920, option], 1939);
      expect(p.controlAt['tax-in-kind']?.['poland']).toBe('soviet');
      expect(polandToAxis(p)).toEqual([1941]);
      expect(p.controlAt['after-the-war']?.['poland']).toBe('bloc');
      expect(saying(p, /Polish Soviet Republic/).length).toBe(2);
      expect(saying(p, /guaranteed Poland|attack Poland|invades Poland|Poles (say no|will not)|Poland fell in 1939/)).toEqual([]);
      expect(EASTERN_POLAND_1939.flatMap((pattern) => saying(p, pattern))).toEqual([]);
      // No London government's Home Army to rise in Warsaw in 1944.
      expect(saying(p, /Warsaw Uprising/)).toEqual([]);
    });
  }
});
