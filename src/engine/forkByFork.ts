/**
 * Every fork side by side: each fork any of the compared paths reached, in story order, with
 * the choices each path made there (several at a fork the story visits twice, none where a
 * path never came), and whether the paths differ there. Pure; the compare view shows it as
 * a table one click below what differs.
 */
import { byStoryOrder, choicesAt, type ChoiceAt } from './compare.ts';
import type { PathReplay } from './replayPath.ts';
import type { ForkId } from './types.ts';

export interface ForkRow {
  fork: ForkId | null;
  /** The year of the first choice made at this fork on any path. */
  year: number;
  /** One entry per path, in the order given: its choices here (empty: it never reached it). */
  choices: ChoiceAt[][];
  /** The paths did not all make the same choices here (a path that never came differs too). */
  differs: boolean;
}

const key = (list: readonly ChoiceAt[]): string => list.map((c) => c.option).join('>');

export function forkByFork(paths: readonly PathReplay[]): ForkRow[] {
  const forks = [...new Set(paths.flatMap((p) => p.snapshots.filter((s) => s.step > 0).map((s) => s.fork)))].sort(byStoryOrder);
  return forks.map((fork) => {
    const choices = paths.map((p) => choicesAt(p, fork));
    const years = paths.flatMap((p) => p.snapshots.filter((s) => s.step > 0 && s.fork === fork).map((s) => s.year));
    return { fork, year: Math.min(...years), choices, differs: new Set(choices.map(key)).size > 1 };
  });
}
