/**
 * Branch and compare: a path's forks (where another choice can be tried), a new game replayed
 * to one of them, and how many of the endings a player's paths have reached. Pure: the
 * library and the views keep and show the results.
 */
import { Game, type StoryBundle } from './Game.ts';
import { replayPath } from './compare.ts';
import { ENDINGS, FORK_NAMES, type EndingId, type ForkId, type PathStep } from './types.ts';

/** A path as the library keeps it: the story version and the choices. */
export interface BranchSource {
  storyVersion: string;
  steps: PathStep[];
}

/** Where a branch left its parent: the parent's id and the fork (0-based step) it parts at. */
export interface BranchLink {
  parentId: string;
  /** How many of the parent's choices the branch shares (the fork is the parent's choice `step`). */
  step: number;
  fork: ForkId | null;
}

/** One fork of a path: the choice made there (0-based `step` of the path). */
export interface PathFork {
  step: number;
  fork: ForkId | null;
  year: number;
  option: string;
  choiceText: string;
  historical: boolean;
}

export const forkTitle = (fork: ForkId | null): string => (fork ? FORK_NAMES[fork] : 'The opening');

/** Every fork of a path, replayed against this story (a path from an older story stops where it no longer fits). */
export function pathForks(bundle: StoryBundle, source: BranchSource, game: Game = new Game(bundle)): PathFork[] {
  const replay = replayPath(bundle, { label: '', ...source }, game);
  return replay.snapshots.slice(1).map((s) => ({
    step: s.step - 1,
    fork: s.fork,
    year: s.year,
    option: s.option ?? '',
    choiceText: s.choiceText ?? '',
    historical: s.historical ?? false,
  }));
}

export type BranchResult = { ok: true; game: Game; at: PathFork } | { ok: false; message: string };

/**
 * A new game replayed to the fork of the parent's choice `step` (its earlier choices only),
 * ready for another choice there. The parent is not touched.
 */
export function branchAt(bundle: StoryBundle, source: BranchSource, step: number, game: Game = new Game(bundle)): BranchResult {
  const at = pathForks(bundle, source, game)[step];
  if (!Number.isInteger(step) || step < 0 || !at) {
    return { ok: false, message: `This path has no fork ${step + 1} that this version of the story can replay.` };
  }
  replayPath(bundle, { label: '', storyVersion: source.storyVersion, steps: source.steps.slice(0, step) }, game);
  return { ok: true, game, at };
}

/** Distinct endings reached by finished paths, out of every ending the story has. */
export function endingsSeen(paths: readonly { ending: EndingId | null; finished: boolean }[]): { seen: EndingId[]; total: number } {
  const reached = new Set(paths.flatMap((p) => (p.finished && p.ending ? [p.ending] : [])));
  return { seen: ENDINGS.filter((e) => reached.has(e)), total: ENDINGS.length };
}
