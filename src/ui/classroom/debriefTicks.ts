/**
 * The time axis of a short lesson's charts. Over a year or two the charts' year ticks would
 * show one or two years for the whole lesson; instead there is a tick at each vote, named
 * by its fork's month, the year written under the first tick of each year. A lesson over
 * more years keeps the year ticks.
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
 * A tick at each vote, or null to keep the year ticks. `xs`: the x of each snapshot of the
 * class's path on the chart (snapshot 0 is the start; the vote at step k leads to k + 1).
 */
export function forkTicks(rows: readonly Pick<DebriefRow, 'step' | 'year' | 'date'>[], xs: readonly number[]): AxisTick[] | null {
  const years = new Set(rows.map((r) => r.year));
  if (rows.length < 2 || years.size > FORK_TICK_YEARS) return null;
  const ticks: AxisTick[] = [];
  let lastYear: number | null = null;
  for (const r of rows) {
    const at = xs[r.step + 1];
    if (at === undefined) continue;
    const month = monthOf(r.date);
    const label = month ? (r.year === lastYear ? month : `${month}\n${r.year}`) : String(r.year);
    lastYear = r.year;
    ticks.push({ at, label });
  }
  return ticks.length > 1 ? ticks : null;
}
