/**
 * The time axis of a short lesson's charts. Over a year or two the charts' year ticks would
 * show one or two years for the whole lesson; instead both paths are placed by choice, with
 * a tick at each vote named by its fork's month, the year under the first tick of each year.
 * A lesson over more years keeps the year ticks.
 */
import type { DebriefRow } from '../../engine/debrief';

export interface AxisTick {
  at: number;
  label: string;
}

/** Fork ticks for lessons whose votes fall within this many calendar years. */
export const FORK_TICK_YEARS = 2;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 February (8 March) 1917" → "Feb" (the first month named, the date the story leads with). */
export function monthOf(date: string): string | null {
  const found = MONTHS.map((m) => ({ m, at: date.indexOf(m) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return found ? found.m.slice(0, 3) : null;
}

/**
 * A tick at each vote, or null to keep the year ticks. The charts of a short lesson put the
 * paths' states on x by choice (0 the start, k after the k-th choice), so the vote at step
 * k (0-based) is at k + 1.
 */
export function forkTicks(rows: readonly Pick<DebriefRow, 'step' | 'year' | 'date'>[]): AxisTick[] | null {
  const years = new Set(rows.map((r) => r.year));
  if (rows.length < 2 || years.size > FORK_TICK_YEARS) return null;
  let lastYear: number | null = null;
  return rows.map((r) => {
    const month = monthOf(r.date);
    const label = month ? (r.year === lastYear ? month : `${month}\n${r.year}`) : String(r.year);
    lastYear = r.year;
    return { at: r.step + 1, label };
  });
}

/** A path's states placed by choice instead of by year (for charts with fork ticks), up to `steps` choices. */
export function byChoice<T extends { snapshots: readonly S[] }, S extends { step: number; year: number }>(path: T, steps: number): T {
  return { ...path, snapshots: path.snapshots.filter((s) => s.step <= steps).map((s) => ({ ...s, year: s.step })) };
}
