/**
 * The chain of causes behind a difference between two paths: the recorded changes (the
 * why-log) from a choice on, grouped by meter, largest first, and those one path has that
 * the other has not. Pure data (compare.ts builds divergences from it).
 */
import { METERS, type Effect, type ForkId, type MeterId } from './types.ts';

/** Causes kept per meter and divergence (largest |delta| first). */
export const MAX_CAUSES_PER_METER = 5;

/** A recorded change (as Game.why gives it), with the choice that led to it (0: before any). */
export interface StepEffect extends Effect {
  step: number;
}

export interface Cause {
  meter: MeterId | 'lives';
  delta: number;
  reason: string;
  fork: ForkId | null;
  year: number;
  step: number;
}

export interface CauseGroup {
  meter: MeterId | 'lives';
  /** Sum of every change to this meter from the divergence on (not only those listed). */
  total: number;
  count: number;
  /** The largest changes, |delta| descending, at most MAX_CAUSES_PER_METER. */
  causes: Cause[];
  /** Sum of the changes the other path does not have (same meter, change, reason and fork). */
  distinctTotal: number;
  /** The largest of those, |delta| descending, at most MAX_CAUSES_PER_METER. */
  distinct: Cause[];
}

const effectKey = (e: Effect): string => `${e.meter}|${e.delta}|${e.fork ?? ''}|${e.reason}`;

const largestFirst = (list: readonly StepEffect[], max: number): Cause[] =>
  list
    .map((e, order) => ({ e, order }))
    .sort((x, y) => Math.abs(y.e.delta) - Math.abs(x.e.delta) || x.order - y.order)
    .slice(0, max)
    .map(({ e }) => ({ meter: e.meter, delta: e.delta, reason: e.reason, fork: e.fork, year: e.year, step: e.step }));

/**
 * The recorded changes from choice `from` on, grouped by meter, largest first. `against`:
 * the other path's changes over the same stretch; those it has too (same meter, change,
 * reason and fork) are left out of `distinct`.
 */
export function causesFrom(
  effects: readonly StepEffect[],
  from: number | null,
  against: readonly StepEffect[] = [],
  perMeter = MAX_CAUSES_PER_METER,
): CauseGroup[] {
  if (from === null) return [];
  const theirs = new Map<string, number>();
  for (const e of against) theirs.set(effectKey(e), (theirs.get(effectKey(e)) ?? 0) + 1);
  const groups: CauseGroup[] = [];
  for (const meter of [...METERS, 'lives'] as const) {
    const mine = effects.filter((e) => e.meter === meter && e.step >= from && e.delta !== 0);
    if (!mine.length) continue;
    const distinct = mine.filter((e) => {
      const n = theirs.get(effectKey(e)) ?? 0;
      if (n > 0) theirs.set(effectKey(e), n - 1);
      return n === 0;
    });
    groups.push({
      meter,
      total: mine.reduce((sum, e) => sum + e.delta, 0),
      count: mine.length,
      causes: largestFirst(mine, perMeter),
      distinctTotal: distinct.reduce((sum, e) => sum + e.delta, 0),
      distinct: largestFirst(distinct, perMeter),
    });
  }
  return groups;
}
