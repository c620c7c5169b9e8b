/**
 * The player's paths as a tree on history's spine: history's route through the forks is the
 * trunk; each path leaves it at the fork where it first chose otherwise, runs on through its
 * own choices (sharing a branch with every path that made the same ones) and ends at its
 * ending, or where it stopped. At every fork of the trunk, the options no path of the player's
 * has taken from there are "not yet taken". Pure: built from the fork index, history's
 * choices and the paths' choices; the flowchart view draws it.
 */
import type { ForkIndex } from './forkIndex.ts';
import { type EndingId, type ForkId, type PathStep } from './types.ts';

export interface TreePath {
  name: string;
  /** The player named it (a name of their own is shown; a made-up one would only repeat the tree). */
  named?: boolean;
  steps: readonly PathStep[];
  ending: EndingId | null;
  year: number;
  finished: boolean;
}

/** Paths that end (or stop) at one step, grouped by how they end. */
export interface PathEnd {
  ending: EndingId | null;
  year: number;
  finished: boolean;
  count: number;
  /** The names the player gave (unnamed paths are only counted). */
  names: string[];
}

export interface TreeStep {
  fork: ForkId | null;
  option: string;
  text: string;
  historical: boolean;
  /** The player's paths that made this choice here (after the same choices before it). */
  paths: number;
  /** Paths whose last choice this is. */
  ends: PathEnd[];
  /** Paths that chose otherwise at this same fork, after the same choices: each a branch. */
  branches: Branch[];
  /** On the trunk only: this fork's options that no path has taken from here. */
  notYetTaken: { option: string; text: string; historical: boolean }[];
}

/** A run of choices; steps[0] is the choice where it leaves the trunk or its parent branch. */
export interface Branch {
  steps: TreeStep[];
}

export interface PathTree {
  /** History's choices, the trunk. */
  trunk: TreeStep[];
  history: { ending: EndingId | null; year: number };
  paths: number;
}

interface Node {
  fork: ForkId | null;
  option: string;
  paths: number;
  ends: TreePath[];
  children: Node[];
}

const key = (s: { fork: ForkId | null; option: string }): string => `${s.fork ?? ''}|${s.option}`;

function insert(root: Node, steps: readonly PathStep[], path: TreePath | null): void {
  let node = root;
  for (const s of steps) {
    let next = node.children.find((c) => key(c) === key(s));
    if (!next) {
      next = { fork: s.fork, option: s.option, paths: 0, ends: [], children: [] };
      node.children.push(next);
    }
    if (path) next.paths++;
    node = next;
  }
  if (path && steps.length) node.ends.push(path);
}

function groupEnds(paths: readonly TreePath[]): PathEnd[] {
  const out: PathEnd[] = [];
  for (const p of paths) {
    const same = out.find((e) => e.ending === p.ending && e.year === p.year && e.finished === p.finished);
    const names = p.named ? [p.name] : [];
    if (same) {
      same.count++;
      same.names.push(...names);
    } else out.push({ ending: p.ending, year: p.year, finished: p.finished, count: 1, names });
  }
  return out;
}

export function buildPathTree(
  forks: ForkIndex,
  history: { steps: readonly PathStep[]; ending: EndingId | null; year: number },
  paths: readonly TreePath[],
): PathTree {
  const optionOf = (fork: ForkId | null, option: string): { text: string; historical: boolean } => {
    const o = forks.find((f) => f.fork === fork)?.options.find((x) => x.option === option);
    return { text: o?.text ?? option, historical: o?.historical ?? false };
  };
  const root: Node = { fork: null, option: '', paths: 0, ends: [], children: [] };
  insert(root, history.steps, null);
  for (const p of paths) insert(root, p.steps, p);

  const step = (node: Node, branches: Branch[]): TreeStep => ({
    fork: node.fork,
    option: node.option,
    ...optionOf(node.fork, node.option),
    paths: node.paths,
    ends: groupEnds(node.ends),
    branches,
    notYetTaken: [],
  });

  /** A branch from `start` on: it follows the child most paths took; the others branch off. */
  const branch = (start: Node): Branch => {
    const steps: TreeStep[] = [step(start, [])];
    let node = start;
    while (node.children.length) {
      const [main, ...others] = [...node.children].sort((a, b) => b.paths - a.paths);
      if (!main) break;
      steps.push(step(main, others.map(branch)));
      node = main;
    }
    return { steps };
  };

  const trunk: TreeStep[] = [];
  let parent = root;
  const taken = new Set(history.steps.map(key));
  const listed = new Set<string>();
  for (const s of history.steps) {
    const here = parent.children.find((c) => key(c) === key(s));
    if (!here) break;
    const others = parent.children.filter((c) => c !== here && c.paths > 0);
    const t = step(here, others.map(branch));
    const used = new Set([...parent.children.map(key), ...taken, ...listed]);
    t.notYetTaken = (forks.find((f) => f.fork === s.fork)?.options ?? [])
      .filter((o) => !used.has(key({ fork: s.fork, option: o.option })))
      .map((o) => ({ option: o.option, text: o.text, historical: o.historical }));
    // A fork the story comes back to (Brest-Litovsk, June 1941) lists each open option once.
    for (const o of t.notYetTaken) listed.add(key({ fork: s.fork, option: o.option }));
    trunk.push(t);
    parent = here;
  }
  return { trunk, history: { ending: history.ending, year: history.year }, paths: paths.length };
}

/** A stretch of steps where nothing happens (no path leaves, none ends), or one step that counts. */
export type Run = { quiet: true; steps: TreeStep[] } | { quiet: false; step: TreeStep };

/** A step where no path turns off and none ends: the paths that came this far all go on alike. */
export const isQuiet = (s: TreeStep): boolean => !s.branches.length && !s.ends.length;

/**
 * The steps with every stretch of at least `min` quiet steps in a row folded into one run, so a
 * reader sees at once where paths part and end ("6 forks as history") and opens a stretch on
 * demand. Shorter quiet stretches stay as they are: folding one line into one line saves nothing.
 */
export function foldQuiet(steps: readonly TreeStep[], min = 2): Run[] {
  const out: Run[] = [];
  let quiet: TreeStep[] = [];
  const flush = (): void => {
    if (quiet.length >= min) out.push({ quiet: true, steps: quiet });
    else out.push(...quiet.map((step): Run => ({ quiet: false, step })));
    quiet = [];
  };
  for (const s of steps) {
    if (isQuiet(s)) quiet.push(s);
    else {
      flush();
      out.push({ quiet: false, step: s });
    }
  }
  flush();
  return out;
}
