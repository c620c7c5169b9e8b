/**
 * The balance analysis behind `npm run story:balance`: does every choice matter, does every
 * option pay for what it gains, and do the late forks still decide the ending?
 * Definitions (docs/model.md, "Balance: the words we measure with"):
 * - an option's *near* outcome is the state at the next choice point (or the ending);
 *   its *far* outcome is the end of the century reached by taking history's option afterwards;
 * - option A is *dominated* by B at a choice point when B is at least as good as A on every
 *   meter, Territory and Lives lost, both near and far, with the same ending, and strictly
 *   better somewhere;
 * - options are *cosmetic* when they leave no mark on the century: the far outcomes have the
 *   same ending in the same year, every meter within 2 points, Lives lost within 1 % and
 *   Territory within half a point.
 * Pure data in, data out; the CLI prints it.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { METERS, type ChoiceView, type MeterId } from '../engine/types';
import { rng } from './headless';

export interface Outcome {
  meters: Record<MeterId, number>;
  livesLost: number;
  territory: number;
  ending: string | null;
  year: number;
}

export interface BalanceOptions {
  /** Random walks for the bound share and the ending shares. */
  walks: number;
  /** Random positions (besides history's) at which options are compared. */
  samples: number;
  seed: number;
}

export interface StrategyResult extends Outcome {
  name: string;
  /** The choices, 1-based as the keys. */
  choices: number[];
}

export interface BalanceReport {
  historyMeters: { fork: string; year: number; meters: Record<MeterId, number>; livesLost: number }[];
  historyBound: number;
  boundShare: number;
  dominated: { fork: string; option: string; by: string; share: number; atHistory: boolean }[];
  cosmetic: { fork: string; options: string[]; share: number; atHistory: boolean }[];
  lateStakes: { from: string; combos: number; endings: Record<string, number> };
  strategies: StrategyResult[];
  endingShare: Record<string, number>;
  walks: number;
}

export const LATE_FORK = 'after-the-war';
const EPS = 1e-6;
const MAX_STEPS = 400;

function outcome(game: Game): Outcome {
  const s = game.state();
  return { meters: s.meters, livesLost: s.livesLost, territory: s.territory, ending: s.ending, year: s.year };
}

const historyOption = (choices: readonly ChoiceView[]): ChoiceView => choices.find((c) => c.historical) ?? (choices[0] as ChoiceView);

/** Take history's option (or the first) at every remaining choice point. */
function finishWithHistory(game: Game): Outcome {
  let scene = game.scene();
  for (let n = 0; scene.choices.length && n < MAX_STEPS; n++) scene = game.choose(historyOption(scene.choices).index);
  return outcome(game);
}

interface OptionResult {
  option: string;
  near: Outcome;
  far: Outcome;
}

/** Each option at the current choice point, near and far; the game is left where it was. */
function tryOptions(game: Game, far: boolean): OptionResult[] {
  const snap = game.snapshot();
  const results = game.scene().choices.map((c) => {
    game.restore(snap);
    game.choose(c.index);
    const near = outcome(game);
    return { option: c.option, near, far: far ? finishWithHistory(game) : near };
  });
  game.restore(snap);
  return results;
}

/** Is b at least as good as a everywhere (and strictly somewhere)? */
function atLeast(b: Outcome, a: Outcome): { all: boolean; strict: boolean } {
  let all = b.ending === a.ending && b.livesLost <= a.livesLost && b.territory >= a.territory - EPS;
  let strict = b.livesLost < a.livesLost || b.territory > a.territory + EPS;
  for (const m of METERS) {
    if (b.meters[m] < a.meters[m]) all = false;
    if (b.meters[m] > a.meters[m]) strict = true;
  }
  return { all, strict };
}

export function dominates(b: OptionResult, a: OptionResult): boolean {
  const near = atLeast(b.near, a.near);
  const far = atLeast(b.far, a.far);
  return near.all && far.all && (near.strict || far.strict);
}

export function cosmetic(a: OptionResult, b: OptionResult): boolean {
  const [x, y] = [a.far, b.far];
  return (
    x.ending === y.ending &&
    x.year === y.year &&
    METERS.every((m) => Math.abs(x.meters[m] - y.meters[m]) <= 2) &&
    Math.abs(x.livesLost - y.livesLost) <= 0.01 * Math.max(x.livesLost, y.livesLost) &&
    Math.abs(x.territory - y.territory) <= 0.005
  );
}

/** A choice point is known by its fork and its options (some forks ask twice). */
const pointKey = (fork: string | null, choices: readonly ChoiceView[]): string =>
  `${fork ?? '?'}:${choices.map((c) => c.option).join('|')}`;

interface Tally {
  fork: string;
  positions: number;
  atHistory: boolean;
  dominated: Map<string, { count: number; atHistory: boolean }>;
  cosmetic: Map<string, { count: number; atHistory: boolean }>;
}

function compareOptions(game: Game, tallies: Map<string, Tally>, atHistory: boolean): void {
  const scene = game.scene();
  const key = pointKey(scene.fork, scene.choices);
  const tally = tallies.get(key) ?? { fork: scene.fork ?? '?', positions: 0, atHistory: false, dominated: new Map(), cosmetic: new Map() };
  tallies.set(key, tally);
  tally.positions++;
  tally.atHistory ||= atHistory;
  const results = tryOptions(game, true);
  const bump = (map: Tally['dominated'], k: string): void => {
    const t = map.get(k) ?? { count: 0, atHistory: false };
    t.count++;
    t.atHistory ||= atHistory;
    map.set(k, t);
  };
  for (const a of results) {
    for (const b of results) {
      if (a === b) continue;
      if (dominates(b, a)) bump(tally.dominated, `${a.option}>${b.option}`);
      if (a.option < b.option && cosmetic(a, b)) bump(tally.cosmetic, `${a.option}>${b.option}`);
    }
  }
}

type Rule = (choices: readonly ChoiceView[], tried: () => OptionResult[]) => number;

const sumMeters = (o: Outcome): number => METERS.reduce((s, m) => s + o.meters[m], 0);

/** The option with the highest score (the first of equals). */
function best(tried: OptionResult[], score: (o: Outcome) => number): number {
  let bestAt = 0;
  tried.forEach((r, i) => {
    if (score(r.near) > score((tried[bestAt] as OptionResult).near) + EPS) bestAt = i;
  });
  return bestAt;
}

export const STRATEGIES: Record<string, Rule> = {
  history: (choices) => historyOption(choices).index,
  first: () => 0,
  last: (choices) => choices.length - 1,
  greedy: (_c, tried) => best(tried(), sumMeters),
  humane: (_c, tried) => best(tried(), (o) => -o.livesLost * 1e3 + sumMeters(o)),
  democrat: (_c, tried) => best(tried(), (o) => o.meters.soviets * 1e3 + sumMeters(o)),
};

function playStrategy(game: Game, name: string, rule: Rule): StrategyResult {
  let scene = game.reset();
  const choices: number[] = [];
  while (scene.choices.length && choices.length < MAX_STEPS) {
    const i = rule(scene.choices, () => tryOptions(game, false));
    choices.push(i + 1);
    scene = game.choose(i);
  }
  return { name, ...outcome(game), choices };
}

/** Every combination of the remaining choices from the current position: ending counts. */
function enumerateEndings(game: Game, endings: Record<string, number>): number {
  const scene = game.scene();
  if (!scene.choices.length) {
    const e = scene.ending ?? 'none';
    endings[e] = (endings[e] ?? 0) + 1;
    return 1;
  }
  const snap = game.snapshot();
  let combos = 0;
  for (const c of scene.choices) {
    game.restore(snap);
    game.choose(c.index);
    combos += enumerateEndings(game, endings);
  }
  game.restore(snap);
  return combos;
}

export function analyseBalance(bundle: StoryBundle, opts: BalanceOptions): BalanceReport {
  const game = new Game(bundle);
  const tallies = new Map<string, Tally>();

  // History's path: fork-entry meters, option comparisons, and the late stakes.
  const historyMeters: BalanceReport['historyMeters'] = [];
  const lateEndings: Record<string, number> = {};
  let lateCombos = 0;
  let scene = game.reset();
  const seen = new Set<string>();
  while (scene.choices.length) {
    const fork = scene.fork ?? '?';
    if (!seen.has(fork)) {
      seen.add(fork);
      const { meters, livesLost } = game.meters();
      historyMeters.push({ fork, year: scene.year, meters, livesLost });
      if (fork === LATE_FORK) lateCombos = enumerateEndings(game, lateEndings);
    }
    compareOptions(game, tallies, true);
    scene = game.choose(historyOption(scene.choices).index);
  }
  const bound = (m: Record<MeterId, number>): number => METERS.filter((k) => m[k] <= 0 || m[k] >= 100).length;
  const historyBound = historyMeters.reduce((s, h) => s + bound(h.meters), 0);

  // Random walks: the bound share and the ending shares; some positions to compare options at.
  const random = rng(opts.seed);
  let values = 0;
  let atBound = 0;
  const endingCount: Record<string, number> = {};
  const sampleEvery = opts.samples > 0 ? Math.max(1, Math.floor(opts.walks / opts.samples)) : Infinity;
  for (let w = 0; w < opts.walks; w++) {
    scene = game.reset();
    let lastFork: string | null = null;
    const sampled = w % sampleEvery === 0;
    for (let n = 0; scene.choices.length && n < MAX_STEPS; n++) {
      if (scene.fork !== lastFork) {
        lastFork = scene.fork;
        const { meters } = game.meters();
        values += METERS.length;
        atBound += bound(meters);
      }
      if (sampled) compareOptions(game, tallies, false);
      scene = game.choose(Math.floor(random() * scene.choices.length));
    }
    const e = scene.ending ?? 'none';
    endingCount[e] = (endingCount[e] ?? 0) + 1;
  }

  const dominated: BalanceReport['dominated'] = [];
  const cosmeticList: BalanceReport['cosmetic'] = [];
  const counts = (t: Tally, c: { count: number; atHistory: boolean }): { share: number; report: boolean } => {
    const share = c.count / t.positions;
    return { share: Math.round(share * 1000) / 1000, report: c.atHistory || (share >= 0.5 && t.positions >= 5) };
  };
  for (const t of tallies.values()) {
    for (const [k, c] of t.dominated) {
      const [option = '', by = ''] = k.split('>');
      const { share, report } = counts(t, c);
      if (report) dominated.push({ fork: t.fork, option, by, share, atHistory: c.atHistory });
    }
    for (const [k, c] of t.cosmetic) {
      const { share, report } = counts(t, c);
      if (report) cosmeticList.push({ fork: t.fork, options: k.split('>'), share, atHistory: c.atHistory });
    }
  }

  const strategies = Object.entries(STRATEGIES).map(([name, rule]) => playStrategy(game, name, rule));
  const walks = Math.max(1, opts.walks);
  return {
    historyMeters,
    historyBound,
    boundShare: Math.round((atBound / Math.max(1, values)) * 10000) / 10000,
    dominated,
    cosmetic: cosmeticList,
    lateStakes: { from: LATE_FORK, combos: lateCombos, endings: lateEndings },
    strategies,
    endingShare: Object.fromEntries(Object.entries(endingCount).map(([k, v]) => [k, Math.round((v / walks) * 10000) / 10000])),
    walks: opts.walks,
  };
}
