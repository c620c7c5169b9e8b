/**
 * The story checker behind `npm run story:check` and the story tests: seeded random walks
 * plus a bounded depth-first search for every fork and ending. Pure data in, data out.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { METERS, type MeterId, type Scene } from '../engine/types';
import { rng } from './headless';
import { WordTally, wordCounts, type ForkWordCount } from './wordCounts';

export interface CheckOptions {
  walks: number;
  seed: number;
  /** Most complete paths the search explores (it replays each from the start). */
  searchBudget: number;
  /** Fork and ending ids written in the story source. */
  declaredForks: string[];
  declaredEndings: string[];
  compileWarnings: string[];
}

export interface CheckReport {
  forks: string[];
  forksReached: string[];
  endings: { id: string; reached: boolean; example: number[] | null }[];
  chapterEnds: { title: string; example: number[] }[];
  walks: number;
  deadEnds: number;
  errors: string[];
  warnings: string[];
  meterRange: Record<MeterId, [number, number]>;
  endingShare: Record<string, number>;
  chapterEndShare: number;
  livesRange: [number, number];
  /** Words per fork in each reading (see wordCounts.ts for the rule). */
  words: ForkWordCount[];
}

const MAX_STEPS = 400;

export function checkStory(bundle: StoryBundle, opts: CheckOptions): CheckReport {
  const game = new Game(bundle);
  const errors = new Set<string>();
  const warnings = new Set<string>(opts.compileWarnings);
  const forksReached = new Set<string>();
  const endingExample = new Map<string, number[]>();
  const chapterEndExample = new Map<string, number[]>();
  const endingCount = new Map<string, number>();
  const meterRange = Object.fromEntries(METERS.map((m) => [m, [Infinity, -Infinity]])) as Record<MeterId, [number, number]>;
  const livesRange: [number, number] = [Infinity, -Infinity];
  let deadEnds = 0;
  let chapterEndCount = 0;
  const tally = new WordTally();

  /** Look at one scene: record what it reached and anything wrong with it. */
  const inspect = (scene: Scene): void => {
    for (const b of scene.blocks) if (b.kind === 'fork') forksReached.add(b.fork);
    for (const w of scene.warnings) warnings.add(w);
    tally.add(scene);
    if (scene.choices.length) {
      const historical = scene.choices.filter((c) => c.historical).length;
      if (historical !== 1) warnings.add(`${scene.fork ?? 'a choice point'}: ${historical} options marked "historical: yes" (want 1)`);
      const ids = new Set(scene.choices.map((c) => c.option));
      if (ids.size !== scene.choices.length) warnings.add(`${scene.fork ?? 'a choice point'}: repeated option ids`);
    }
    const s = game.meters();
    for (const m of METERS) {
      const r = meterRange[m];
      r[0] = Math.min(r[0], s.meters[m]);
      r[1] = Math.max(r[1], s.meters[m]);
      if (s.meters[m] < 0 || s.meters[m] > 100) errors.add(`meter ${m} out of range: ${s.meters[m]}`);
    }
    livesRange[0] = Math.min(livesRange[0], s.livesLost);
    livesRange[1] = Math.max(livesRange[1], s.livesLost);
  };

  /** At the end of a path: was it an ending, a chapter end, or a dead end? */
  const finish = (scene: Scene, path: number[], counted: boolean): void => {
    for (const e of game.storyErrors()) errors.add(e);
    if (scene.ending) {
      if (!endingExample.has(scene.ending)) endingExample.set(scene.ending, path.slice());
      if (counted) endingCount.set(scene.ending, (endingCount.get(scene.ending) ?? 0) + 1);
    } else if (scene.chapterEnd) {
      if (!chapterEndExample.has(scene.chapterEnd)) chapterEndExample.set(scene.chapterEnd, path.slice());
      if (counted) chapterEndCount++;
    } else if (counted || !scene.choices.length) {
      deadEnds++;
      errors.add(`dead end (no choices, no ending) after choices ${path.map((i) => i + 1).join(',')}`);
    }
  };

  const random = rng(opts.seed);
  for (let w = 0; w < opts.walks; w++) {
    let scene = game.reset();
    const path: number[] = [];
    inspect(scene);
    while (scene.choices.length && path.length < MAX_STEPS) {
      const i = Math.floor(random() * scene.choices.length);
      path.push(i);
      scene = game.choose(i);
      inspect(scene);
    }
    finish(scene, path, true);
  }

  // Depth-first search for what the walks missed, replaying each prefix from the start.
  const missing = (): boolean =>
    opts.declaredEndings.some((e) => !endingExample.has(e)) || opts.declaredForks.some((f) => !forksReached.has(f));
  let budget = opts.searchBudget;
  const dfs = (prefix: number[]): void => {
    if (budget <= 0 || !missing()) return;
    let scene = game.reset();
    for (const i of prefix) scene = game.choose(i);
    inspect(scene);
    if (!scene.choices.length || prefix.length >= MAX_STEPS) {
      budget--;
      finish(scene, prefix, false);
      return;
    }
    for (let i = 0; i < scene.choices.length; i++) dfs([...prefix, i]);
  };
  dfs([]);

  const endingIds = [...new Set([...opts.declaredEndings, ...endingExample.keys()])];
  for (const f of opts.declaredForks) if (!forksReached.has(f)) errors.add(`fork "${f}" is never reached`);
  for (const e of opts.declaredEndings) if (!endingExample.has(e)) errors.add(`ending "${e}" is never reached`);
  const walks = Math.max(1, opts.walks);
  return {
    forks: opts.declaredForks,
    forksReached: [...forksReached],
    endings: endingIds.map((id) => ({ id, reached: endingExample.has(id), example: endingExample.get(id)?.map((i) => i + 1) ?? null })),
    chapterEnds: [...chapterEndExample].map(([title, ex]) => ({ title, example: ex.map((i) => i + 1) })),
    walks: opts.walks,
    deadEnds,
    errors: [...errors],
    warnings: [...warnings],
    meterRange,
    endingShare: Object.fromEntries(endingIds.map((id) => [id, (endingCount.get(id) ?? 0) / walks])),
    chapterEndShare: chapterEndCount / walks,
    livesRange,
    words: wordCounts(bundle, tally),
  };
}
