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

/** Where a path stands, said once: its ending with the year, or how far it went. */
export function endLabel(p: { ending: EndingId | null; year: number; finished: boolean }): string {
  return p.ending ? endingWhen(p.ending, p.year) : p.finished ? `Ended in ${p.year}` : `Up to ${p.year}`;
}

/**
 * A path's name without what a column beside it already says: a name made by describePath
 * ("Crushed, 1917 · apart at …") loses its ending ("Apart at …"); any other name is kept whole.
 */
export function nameBesideEnd(name: string, p: { ending: EndingId | null; year: number; finished: boolean }): string {
  const prefix = `${endLabel(p)} · `;
  if (!name.startsWith(prefix) || name.length === prefix.length) return name;
  const rest = name.slice(prefix.length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * The line under a path's name in Your paths: how far it went, without saying again what the
 * name already says ("Crushed, 1917 · …" is not followed by "Ending: Crushed, 1917").
 */
export function pathProgress(p: {
  name: string;
  ending: EndingId | null;
  year: number;
  finished: boolean;
  forksReached: number;
  forksTotal: number;
}): string {
  if (!p.forksReached && !p.ending) return 'Not started';
  const count = `${p.forksReached} of ${p.forksTotal} forks`;
  const end = endLabel(p);
  if (p.name === end || p.name.startsWith(`${end} ·`)) return count;
  return p.ending ? `Ending: ${end} · ${count}` : `${count}, ${end.charAt(0).toLowerCase()}${end.slice(1)}`;
}

/**
 * Territory held at the end, read sensibly after the Union is gone: once it has dissolved
 * (1991) no government in Moscow holds the former Empire as one, so "0%" would read as a
 * blank; the share is given otherwise.
 */
export function territoryAtEnd(ending: EndingId | null, share: number): string {
  if (ending === 'dissolution-1991' && share === 0) return 'None: the Union dissolved';
  return `${Math.round(share * 100)}%`;
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
  const where = endLabel(p);
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
