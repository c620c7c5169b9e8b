/**
 * How the compare view names a path: a letter (A, B, C; H for history) in a box, a colour and
 * a line style. The path's full name is said once, in the table of paths; everywhere else
 * (where they part, the charts, every fork side by side, the maps) the letter stands for it.
 */
import type { PathReplay } from '../../engine/compare';
import { HISTORY_COLOUR, PATH_COLOURS } from '../charts';
import { h } from '../dom';
import { FORK_NAMES, type ForkId } from '../../engine/types';

export const FIRST_YEAR = 1917;

export interface Shown {
  replay: PathReplay;
  history: boolean;
  /** A, B, C; H for history. */
  mark: string;
  colour: string;
}

/** History is the last path compared. */
export function describe(paths: readonly PathReplay[]): Shown[] {
  let n = 0;
  return paths.map((replay, i) => {
    if (i === paths.length - 1) return { replay, history: true, mark: 'H', colour: HISTORY_COLOUR };
    const mark = String.fromCharCode(65 + n);
    const colour = PATH_COLOURS[n++ % PATH_COLOURS.length] ?? '#c8102e';
    return { replay, history: false, mark, colour };
  });
}

export const lastYear = (r: PathReplay): number => Math.max(r.year, r.snapshots.at(-1)?.year ?? FIRST_YEAR);

/** "Path A", "History (H)": short enough to stand in headers and screen-reader labels. */
export const shortName = (p: Shown): string => (p.history ? 'History (H)' : `Path ${p.mark}`);

/** The letter in a box: the non-colour marker used everywhere a path is named. */
export const markChip = (p: Shown): HTMLElement => h('span', { class: 'path-mark', 'aria-hidden': 'true' }, p.mark);

/** A short sample of the path's line in the charts: its colour, solid or dashed. */
export function lineSample(p: Shown): HTMLElement {
  const line = h('span', { class: `legend-line${p.history ? ' dashed' : ''}`, 'aria-hidden': 'true' });
  line.style.borderTopColor = p.colour;
  return line;
}

/** The letter (and, for screen readers, the short name) where a path is referred to. */
export const byMark = (p: Shown): HTMLElement =>
  h('span', { class: 'path-named' }, markChip(p), h('span', { class: 'visually-hidden' }, shortName(p)));

export const quote = (text: string): string => `“${text}”`;

/** The fork's name, with the year only when the name does not already give it. */
export function forkWhen(fork: ForkId | null, year: number): string {
  const name = fork ? FORK_NAMES[fork] : 'The opening';
  return name.includes(String(year)) ? name : `${name} (${year})`;
}
