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

  /** At the end of a path: was it an ending, a chapter end, or a dead end? `walks` ended here (0: the search). */
  const finish = (scene: Scene, path: number[], walks: number): void => {
    for (const e of game.storyErrors()) errors.add(e);
    if (scene.ending) {
      if (!endingExample.has(scene.ending)) endingExample.set(scene.ending, path.slice());
      if (walks) endingCount.set(scene.ending, (endingCount.get(scene.ending) ?? 0) + walks);
    } else if (scene.chapterEnd) {
      if (!chapterEndExample.has(scene.chapterEnd)) chapterEndExample.set(scene.chapterEnd, path.slice());
      chapterEndCount += walks;
    } else if (walks || !scene.choices.length) {
      deadEnds += Math.max(walks, 1);
      errors.add(`dead end (no choices, no ending) after choices ${path.map((i) => i + 1).join(',')}`);
    }
  };

  // The walks, played together: `walks` games stand at this scene; each takes a random option
  // (one draw each, as a lone walk would), and the games that took the same option go on as
  // one. A scene many walks share is played once, not once per walk (restore() returns to it).
  const random = rng(opts.seed);
  const walk = (scene: Scene, path: number[], walks: number): void => {
    inspect(scene);
    if (!scene.choices.length || path.length >= MAX_STEPS) {
      finish(scene, path, walks);
      return;
    }
    const taken = new Array<number>(scene.choices.length).fill(0);
    for (let w = 0; w < walks; w++) taken[Math.floor(random() * scene.choices.length)]!++;
    const options = taken.flatMap((n, i) => (n ? [i] : []));
    const here = options.length > 1 ? game.snapshot() : null;
    options.forEach((i, k) => {
      if (here && k > 0) game.restore(here);
      path.push(i);
      walk(game.choose(i), path, taken[i]!);
      path.pop();
    });
  };
  if (opts.walks > 0) walk(game.reset(), [], opts.walks);

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
      finish(scene, prefix, 0);
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

/**
 * One report from checks run apart on the same story (e.g. two processes, one seed each):
 * walks and counts add up, ranges widen, the first example of each ending is kept.
 */
export function mergeReports(reports: CheckReport[]): CheckReport {
  const first = reports[0];
  if (!first) throw new Error('no reports to merge');
  const walks = reports.reduce((n, r) => n + r.walks, 0);
  const union = (pick: (r: CheckReport) => string[]): string[] => [...new Set(reports.flatMap(pick))];
  const endingIds = union((r) => r.endings.map((e) => e.id));
  const example = (id: string): number[] | null =>
    reports.flatMap((r) => r.endings.filter((e) => e.id === id && e.example)).at(0)?.example ?? null;
  const share = (r: CheckReport, id: string): number => Math.round((r.endingShare[id] ?? 0) * r.walks);
  const chapterEnds = new Map<string, number[]>();
  for (const c of reports.flatMap((r) => r.chapterEnds)) if (!chapterEnds.has(c.title)) chapterEnds.set(c.title, c.example);
  const words = first.words.map((w) => ({
    ...w,
    shortMax: Math.max(...reports.map((r) => r.words.find((x) => x.fork === w.fork)?.shortMax ?? 0)),
    cardShortMax: Math.max(...reports.map((r) => r.words.find((x) => x.fork === w.fork)?.cardShortMax ?? 0)),
  }));
  const range = (pick: (r: CheckReport) => [number, number]): [number, number] => [
    Math.min(...reports.map((r) => pick(r)[0])),
    Math.max(...reports.map((r) => pick(r)[1])),
  ];
  // An error a part reported only because its own walks missed a fork or ending is gone if another part reached it.
  const forksReached = union((r) => r.forksReached);
  const missed = /^(fork|ending) "([^"]+)" is never reached$/;
  const errors = union((r) => r.errors).filter((e) => {
    const m = missed.exec(e);
    return !m || (m[1] === 'fork' ? !forksReached.includes(m[2]!) : !example(m[2]!));
  });
  return {
    forks: first.forks,
    forksReached,
    endings: endingIds.map((id) => ({ id, reached: example(id) !== null, example: example(id) })),
    chapterEnds: [...chapterEnds].map(([title, ex]) => ({ title, example: ex })),
    walks,
    deadEnds: reports.reduce((n, r) => n + r.deadEnds, 0),
    errors,
    warnings: union((r) => r.warnings),
    meterRange: Object.fromEntries(METERS.map((m) => [m, range((r) => r.meterRange[m])])) as Record<MeterId, [number, number]>,
    endingShare: Object.fromEntries(endingIds.map((id) => [id, reports.reduce((n, r) => n + share(r, id), 0) / Math.max(1, walks)])),
    chapterEndShare: reports.reduce((n, r) => n + Math.round(r.chapterEndShare * r.walks), 0) / Math.max(1, walks),
    livesRange: range((r) => r.livesRange),
    words,
  };
}
