/**
 * A path's name as the player tells it apart from the others: where it ended (or stopped) and
 * where it first parted from history, not the time it was played. Pure; the library keeps it
 * until the player renames the path.
 */
import { ENDING_TITLES, FORK_NAMES, type EndingId, type TimelineEntry } from './types.ts';
import { MAX_PATH_NAME } from './pathFile.ts';

/** The longest quoted choice in a name (cut at a word, with an ellipsis). */
const MAX_QUOTED = 48;

/** An ending with its year, said once: "Crushed, 1917", "1991" (never "1991: 1991"). */
export function endingWhen(ending: EndingId, year: number): string {
  const title = ENDING_TITLES[ending];
  return title.includes(String(year)) ? title : `${title}, ${year}`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export interface NamedPath {
  ending: EndingId | null;
  year: number;
  finished: boolean;
  timeline: readonly Pick<TimelineEntry, 'fork' | 'year' | 'choice' | 'historical'>[];
}

/** The first fork where the path chose otherwise than history, or null if it never did. */
export function firstDifference(timeline: NamedPath['timeline']): NamedPath['timeline'][number] | null {
  return timeline.find((t) => !t.historical) ?? null;
}

/**
 * "Crushed, 1917 · apart at The Provisional Government, March 1917: “Give the government
 * critical support”"; "1991 · history’s choices throughout"; "Up to 1929 · …" while unfinished.
 */
export function describePath(p: NamedPath): string {
  const where = p.ending ? endingWhen(p.ending, p.year) : p.finished ? `Ended in ${p.year}` : `Up to ${p.year}`;
  const apart = firstDifference(p.timeline);
  let how: string;
  if (apart) {
    const fork = apart.fork ? FORK_NAMES[apart.fork] : `the opening, ${apart.year}`;
    how = `apart at ${fork}: “${shorten(apart.choice, MAX_QUOTED)}”`;
  } else {
    how = p.timeline.length === 0 ? 'not begun' : p.ending || p.finished ? 'history’s choices throughout' : 'history’s choices so far';
  }
  return shorten(`${where} · ${how}`, MAX_PATH_NAME);
}
