/** The plain data the engine hands to views, the CLI and tests. */
import type { EraId } from './eras.ts';

export const METERS = ['bread', 'land', 'soviets', 'industry', 'army', 'party', 'world'] as const;
export type MeterId = (typeof METERS)[number];

export const METER_LABELS: Record<MeterId, { name: string; hint: string }> = {
  bread: { name: 'Bread', hint: 'food in the cities' },
  land: { name: 'Land', hint: 'peasant goodwill' },
  soviets: { name: 'Soviets', hint: "workers' voice in their own state" },
  industry: { name: 'Industry', hint: 'factories, rail and steel' },
  army: { name: 'Army', hint: 'armed strength' },
  party: { name: 'Party', hint: 'cohesion of the revolutionary party' },
  world: { name: 'World', hint: 'allies and Comintern strength' },
};

export const CONTROLS = [
  'empire',
  'provisional',
  'soviet',
  'white',
  'central',
  'allied',
  'independent',
  'neutral',
  'axis',
  'bloc',
] as const;
export type Control = (typeof CONTROLS)[number];

export const ENDINGS = ['generals-russia', 'crushed', 'thermidor', 'barbarossa', 'dissolution-1991', 'renewal', 'party-market'] as const;
export type EndingId = (typeof ENDINGS)[number];

/** Fork ids, in story order (docs/design.md describes each fork). */
export const FORKS = [
  'february',
  'provisional-government',
  'july-days',
  'red-guards',
  'october',
  'brest-litovsk',
  'red-army',
  'feeding-the-cities',
  'german-revolution',
  'tax-in-kind',
  'general-secretary',
  'great-turn',
  'oppositions',
  'third-period',
  'popular-front',
  'trials',
  'pact-1939',
  'june-1941',
  'after-the-war',
  'after-stalin',
  'reform-1965',
  'arms-race',
  'perestroika',
] as const;
export type ForkId = (typeof FORKS)[number];

/** Fork names for tables, cards and the debrief. */
export const FORK_NAMES: Record<ForkId, string> = {
  february: 'February 1917',
  'provisional-government': 'The Provisional Government, March 1917',
  'july-days': 'The July Days, 1917',
  'red-guards': 'Kornilov and the Red Guards, August 1917',
  october: 'October 1917',
  'brest-litovsk': 'Brest-Litovsk, 1918',
  'red-army': 'The Red Army, 1918',
  'feeding-the-cities': 'Feeding the cities, 1918',
  'german-revolution': 'The German revolution and Warsaw, 1919–20',
  'tax-in-kind': 'Kronstadt and the tax in kind, 1921',
  'general-secretary': 'The General Secretary, 1923–24',
  'great-turn': 'The Great Turn, 1928',
  oppositions: 'The oppositions, 1927–29',
  'third-period': 'The Third Period, 1928–33',
  'popular-front': 'The Popular Front, 1935',
  trials: 'The trials and the purge, 1936–38',
  'pact-1939': 'The pact of 1939',
  'june-1941': 'June 1941',
  'after-the-war': 'After the war, 1945–48',
  'after-stalin': 'After Stalin, 1953–56',
  'reform-1965': 'The reform of 1965',
  'arms-race': 'The arms race, 1983',
  perestroika: 'Perestroika, 1987',
};

/** A tally that is not a 0–100 meter but is recorded with reasons like one. */
export type TallyId = 'lives';

export interface Effect {
  meter: MeterId | TallyId;
  delta: number;
  reason: string;
  fork: ForkId | null;
  year: number;
}

export interface MapChange {
  region: string;
  control: Control;
  year: number;
  fork: ForkId | null;
}

export interface Marker {
  region: string;
  caption: string;
  year: number;
}

export interface HistoryCard {
  title: string;
  /** The full card. */
  paragraphs: string[];
  /** The short reading's summary (`# short: yes` lines); empty when the card has none. */
  summary: string[];
  fork: ForkId | null;
}

/**
 * Which reading a line of text belongs to: `both` (a passage with no short lines),
 * `full` (replaced by the passage's short lines in the short reading) or `short`.
 */
export type Reading = 'both' | 'full' | 'short';
export type ReadingMode = 'full' | 'short';

/** What a scene shows, in reading order. */
export type Block =
  | { kind: 'chapter'; title: string }
  | { kind: 'fork'; fork: ForkId; date: string }
  | { kind: 'text'; text: string; speculative: boolean; reading: Reading }
  /** An "ending watch": the game warns that this path nears an ending's condition. */
  | { kind: 'watch'; text: string }
  | { kind: 'history'; card: HistoryCard }
  | { kind: 'ending'; ending: EndingId; title: string }
  | { kind: 'chapter-end'; title: string };

export interface ChoiceView {
  /** 0-based position among the current choices. */
  index: number;
  text: string;
  option: string;
  advocates: string[];
  historical: boolean;
}

export interface Scene {
  blocks: Block[];
  choices: ChoiceView[];
  fork: ForkId | null;
  year: number;
  date: string;
  chapter: string;
  /** Changes made since the previous choice. */
  effects: Effect[];
  mapChanges: MapChange[];
  markers: Marker[];
  historyCard: HistoryCard | null;
  ending: EndingId | null;
  chapterEnd: string | null;
  /** The base map the story last laid down (`# era:`), if any. */
  era: EraId | null;
  /** Tag problems met on the way; the story check treats them as errors. */
  warnings: string[];
}

export interface TimelineEntry {
  year: number;
  fork: ForkId | null;
  option: string;
  choice: string;
  historical: boolean;
  /** What history chose at this choice point (null if the story marks none). */
  historyChoice: string | null;
}

export interface PathStep {
  fork: ForkId | null;
  option: string;
  index: number;
}

export interface Path {
  storyVersion: string;
  steps: PathStep[];
}

export interface GameState {
  meters: Record<MeterId, number>;
  livesLost: number;
  /** Share (0–1) of the former Empire held by the government in Petrograd/Moscow. */
  territory: number;
  control: Record<string, Control>;
  timeline: TimelineEntry[];
  effects: Effect[];
  mapLog: MapChange[];
  year: number;
  fork: ForkId | null;
  ending: EndingId | null;
  finished: boolean;
  /** The base map the story last laid down, if any. */
  era: EraId | null;
}

export const ENDING_TITLES: Record<EndingId, string> = {
  'generals-russia': "The General's Russia",
  crushed: 'Crushed',
  thermidor: 'Thermidor',
  barbarossa: 'Barbarossa',
  'dissolution-1991': '1991',
  renewal: 'Renewal',
  'party-market': "The Party's Market",
};
