/**
 * Compare paths through the century: replay each one (1–4 of them, replayPath.ts) and say
 * where and how they part: the first divergence, every fork where they differ, the meters at
 * each fork both reached (B − A), and for each divergence the chain of recorded causes (the
 * why-log) from there on.
 *
 * Pure and plain: no DOM, and every result is JSON-serialisable (the UI charts it with the
 * year on x and a meter on y).
 */
import { Game, type StoryBundle } from './Game.ts';
import { causesFrom, type CauseGroup, type StepEffect } from './causes.ts';
import type { PathInput } from './pathInput.ts';
import { replayPath, type Measures, type PathReplay, type Snapshot } from './replayPath.ts';
import { FORKS, METERS, type ForkId, type MeterId } from './types.ts';

export { historyPath, inputFromCode, inputFromFile, playHistory, type PathInput } from './pathInput.ts';
export { MAX_CAUSES_PER_METER, causesFrom, type Cause, type CauseGroup, type StepEffect } from './causes.ts';
export { replayPath, type Measures, type PathReplay, type Snapshot } from './replayPath.ts';

export const MAX_COMPARED_PATHS = 4;

export interface ChoiceAt {
  step: number;
  option: string;
  choiceText: string;
  historical: boolean;
}

export interface FirstDivergence {
  /** 1-based number of the first choice that differs. */
  step: number;
  fork: ForkId | null;
  year: number;
  /** null: this path has no choice here (its story ended or its replay stopped). */
  a: ChoiceAt | null;
  b: ChoiceAt | null;
}

export interface Divergence {
  fork: ForkId | null;
  year: number;
  reachedBy: 'both' | 'a' | 'b';
  /** The choices each path made at this fork (empty: it never reached it). */
  a: ChoiceAt[];
  b: ChoiceAt[];
  /** What changed on each path from this fork on (or from where it went past it). */
  causes: { a: CauseGroup[]; b: CauseGroup[] };
}

export interface ForkDiff {
  fork: ForkId | null;
  /** The year of A's last choice at this fork. */
  year: number;
  /** State after the last choice made at this fork on each path. */
  a: Measures;
  b: Measures;
  /** B − A. */
  delta: Measures;
}

export interface PairComparison {
  /** Indices into Comparison.paths. */
  a: number;
  b: number;
  /** null when the two paths made the same choices as far as both went. */
  firstDivergence: FirstDivergence | null;
  /** Every fork from the first divergence on where the choices differ; [0] is its fork. */
  divergences: Divergence[];
  /** Every fork both reached, in story order. */
  meterDiffs: ForkDiff[];
  /** Where each replay ended, and B − A there. */
  final: { a: Measures; b: Measures; delta: Measures };
}

export interface Comparison {
  storyVersion: string;
  paths: PathReplay[];
  /** The first path against each of the others. */
  pairs: PairComparison[];
}

export const forkOrder = (fork: ForkId | null): number => (fork === null ? -1 : FORKS.indexOf(fork));
export const byStoryOrder = (a: ForkId | null, b: ForkId | null): number => forkOrder(a) - forkOrder(b);

export const choiceAt = (s: Snapshot): ChoiceAt => ({
  step: s.step,
  option: s.option ?? '',
  choiceText: s.choiceText ?? '',
  historical: s.historical ?? false,
});

export const choicesAt = (p: PathReplay, fork: ForkId | null): ChoiceAt[] =>
  p.snapshots.filter((s) => s.step > 0 && s.fork === fork).map(choiceAt);

const pick = (m: Measures): Measures => ({ meters: { ...m.meters }, livesLost: m.livesLost, territory: m.territory });

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function measureDelta(a: Measures, b: Measures): Measures {
  const meters = Object.fromEntries(METERS.map((m) => [m, b.meters[m] - a.meters[m]])) as Record<MeterId, number>;
  return { meters, livesLost: b.livesLost - a.livesLost, territory: round4(b.territory - a.territory) };
}

/** The first choice number from which a path's effects count for a divergence at `fork`. */
function causeStart(p: PathReplay, fork: ForkId | null): number | null {
  const at = p.snapshots.find((s) => s.step > 0 && s.fork === fork);
  if (at) return at.step;
  // It never reached the fork: count from where it went past it, if it did.
  const past = p.snapshots.find((s) => s.step > 0 && forkOrder(s.fork) > forkOrder(fork));
  return past ? past.step : null;
}

const effectsFrom = (p: PathReplay, from: number | null): StepEffect[] => (from === null ? [] : p.effects.filter((e) => e.step >= from));

function firstDivergence(a: PathReplay, b: PathReplay): FirstDivergence | null {
  const n = Math.max(a.steps.length, b.steps.length);
  for (let i = 0; i < n; i++) {
    const sa = a.steps[i];
    const sb = b.steps[i];
    if (sa && sb && sa.option === sb.option && sa.index === sb.index) continue;
    if (!sa && !sb) break;
    const snapA = a.snapshots[i + 1];
    const snapB = b.snapshots[i + 1];
    const here = snapA ?? snapB;
    if (!here) break;
    return { step: i + 1, fork: here.fork, year: here.year, a: snapA ? choiceAt(snapA) : null, b: snapB ? choiceAt(snapB) : null };
  }
  return null;
}

function causesBoth(a: PathReplay, b: PathReplay, fork: ForkId | null): Divergence['causes'] {
  const fromA = causeStart(a, fork);
  const fromB = causeStart(b, fork);
  return {
    a: causesFrom(a.effects, fromA, effectsFrom(b, fromB)),
    b: causesFrom(b.effects, fromB, effectsFrom(a, fromA)),
  };
}

export function comparePair(paths: readonly PathReplay[], ia: number, ib: number): PairComparison {
  const a = paths[ia];
  const b = paths[ib];
  if (!a || !b) throw new RangeError(`no paths ${ia} and ${ib} to compare`);
  const first = firstDivergence(a, b);
  const forksA = new Set(a.snapshots.filter((s) => s.step > 0).map((s) => s.fork));
  const forksB = new Set(b.snapshots.filter((s) => s.step > 0).map((s) => s.fork));
  const all = [...new Set([...forksA, ...forksB])].sort(byStoryOrder);

  const divergences: Divergence[] = [];
  if (first) {
    for (const fork of all) {
      if (forkOrder(fork) < forkOrder(first.fork)) continue;
      const ca = choicesAt(a, fork);
      const cb = choicesAt(b, fork);
      if (ca.length === cb.length && ca.every((c, i) => c.option === cb[i]?.option)) continue;
      const at = a.snapshots.find((s) => s.step > 0 && s.fork === fork) ?? b.snapshots.find((s) => s.step > 0 && s.fork === fork);
      divergences.push({
        fork,
        year: at?.year ?? first.year,
        reachedBy: ca.length && cb.length ? 'both' : ca.length ? 'a' : 'b',
        a: ca,
        b: cb,
        causes: causesBoth(a, b, fork),
      });
    }
  }

  const lastAt = (p: PathReplay, fork: ForkId | null): Snapshot | undefined =>
    p.snapshots.filter((s) => s.step > 0 && s.fork === fork).at(-1);
  const meterDiffs: ForkDiff[] = [];
  for (const fork of all) {
    const sa = lastAt(a, fork);
    const sb = lastAt(b, fork);
    if (!sa || !sb) continue;
    meterDiffs.push({ fork, year: sa.year, a: pick(sa), b: pick(sb), delta: measureDelta(sa, sb) });
  }

  const endA = a.snapshots.at(-1);
  const endB = b.snapshots.at(-1);
  if (!endA || !endB) throw new Error('a replay always has its start snapshot');
  return {
    a: ia,
    b: ib,
    firstDivergence: first,
    divergences,
    meterDiffs,
    final: { a: pick(endA), b: pick(endB), delta: measureDelta(endA, endB) },
  };
}

/** Replay 1–4 paths on this story and compare the first with each of the others. */
export function comparePaths(bundle: StoryBundle, inputs: readonly PathInput[]): Comparison {
  if (inputs.length < 1 || inputs.length > MAX_COMPARED_PATHS) {
    throw new RangeError(`compare 1–${MAX_COMPARED_PATHS} paths, not ${inputs.length}`);
  }
  const game = new Game(bundle);
  const paths = inputs.map((input) => replayPath(bundle, input, game));
  const pairs = paths.slice(1).map((_, i) => comparePair(paths, 0, i + 1));
  return { storyVersion: bundle.version, paths, pairs };
}
