/**
 * Branch and compare, as the player sees it: "Try another choice here" at any fork of a path
 * (the fork list, the end screen's table), a branch's name and opening notice, "Compare with
 * the path it branched from", and the "Endings seen" line. The engine (branch.ts) replays.
 */
import type { StoryBundle } from '../../engine/Game';
import { branchAt, endingsSeen, forkTitle, pathForks, type BranchLink, type BranchSource, type PathFork } from '../../engine/branch';
import type { Game } from '../../engine/Game';
import type { PathInput } from '../../engine/compare';
import { h } from '../dom';
import type { LibraryEntry, PathLibrary } from '../../storage/library';
import './branching.css';

/** A path that can be branched: a library entry, or the game being played (with its entry id). */
export interface BranchTarget extends BranchSource {
  id: string;
  name: string;
}

export const TRY_ANOTHER = 'Try another choice here';
export const COMPARE_WITH_PARENT = 'Compare with the path it branched from';

/** The fork's name, with the year when the name does not give it. */
function forkWhen(at: { fork: PathFork['fork']; year: number }): string {
  const name = forkTitle(at.fork);
  return name.includes(String(at.year)) ? name : `${name}, ${at.year}`;
}

/** The visible label and, for screen readers, which fork it is. */
export function tryAnotherButton(at: { fork: PathFork['fork']; year: number }, onClick: () => void): HTMLButtonElement {
  const b = h(
    'button',
    { type: 'button', class: 'small-button try-another', 'aria-label': `${TRY_ANOTHER}: ${forkWhen(at)}`, 'data-testid': 'try-another' },
    TRY_ANOTHER,
  );
  b.addEventListener('click', onClick);
  return b;
}

/** A dialog with every fork of the path; resolves to the step picked, or null. */
export function pickFork(bundle: StoryBundle, target: BranchTarget): Promise<number | null> {
  return new Promise((resolve) => {
    let picked: number | null = null;
    const forks = pathForks(bundle, target);
    const heading = h('h2', { id: `fork-picker-${Date.now()}` }, 'Try another choice');
    const dialog = h('dialog', { class: 'dialog fork-picker', 'aria-labelledby': heading.id, 'data-testid': 'fork-picker' });
    const rows = forks.map((f) =>
      h(
        'li',
        { class: 'fork-row' },
        h('span', { class: 'fork-where' }, h('strong', {}, forkWhen(f))),
        h('span', { class: 'fork-choice' }, `You chose: ${f.choiceText}${f.historical ? ' (as history did)' : ''}`),
        tryAnotherButton(f, () => {
          picked = f.step;
          dialog.close();
        }),
      ),
    );
    const cancel = h('button', { type: 'button', class: 'small-button' }, 'Cancel');
    cancel.addEventListener('click', () => dialog.close());
    dialog.append(
      heading,
      h(
        'p',
        {},
        `Pick a fork of “${target.name}”: a new path replays the choices before it and you choose again there. “${target.name}” stays as it is.`,
      ),
      forks.length ? h('ol', { class: 'fork-list' }, ...rows) : h('p', {}, 'This path has no choices yet.'),
      h('div', { class: 'dialog-actions' }, cancel),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(picked);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

export type StartedBranch =
  { ok: true; game: Game; name: string; notice: string; branch: BranchLink; parentOption: string } | { ok: false; message: string };

/** A new game at the fork of the parent's choice `step`, with its name, notice and link. */
export function startBranch(bundle: StoryBundle, parent: BranchTarget, step: number): StartedBranch {
  const r = branchAt(bundle, parent, step);
  if (!r.ok) return r;
  const where = forkTitle(r.at.fork);
  return {
    ok: true,
    game: r.game,
    name: `Another choice at ${where}`.slice(0, 120),
    notice: `A new path from “${parent.name}”, at ${where}. There you chose “${r.at.choiceText}”: try another choice. “${parent.name}” is kept as it was.`,
    branch: { parentId: parent.id, step, fork: r.at.fork },
    parentOption: r.at.option,
  };
}

/** "Compare with the path it branched from", one click from anywhere on a branch. */
export function compareParentButton(onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'small-button', 'data-testid': 'compare-parent' }, COMPARE_WITH_PARENT);
  b.addEventListener('click', onClick);
  return b;
}

const asInput = (e: LibraryEntry): PathInput => ({ label: e.name, storyVersion: e.storyVersion, steps: e.steps });

/** The compare view with a branch and the path it branched from (and history). */
export async function compareWithParent(opts: {
  root: HTMLElement;
  bundle: StoryBundle;
  library: PathLibrary;
  branchId: string;
  onBack: () => void;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  const child = await opts.library.get(opts.branchId);
  const parent = child?.branch ? await opts.library.get(child.branch.parentId) : null;
  if (!child?.branch) return { ok: false, message: 'This path was not branched from another one.' };
  if (!parent) return { ok: false, message: 'The path this one branched from is no longer in Your paths.' };
  const { showCompare } = await import('./CompareView');
  showCompare({ root: opts.root, bundle: opts.bundle, paths: [asInput(parent), asInput(child)], onBack: opts.onBack });
  return { ok: true };
}

/**
 * "Endings seen: 4 of 7" for the title screen, from the library's finished paths; null before
 * the first ending (nothing to count yet) or when the library cannot be read.
 */
export async function endingsSeenLine(library: PathLibrary): Promise<HTMLElement | null> {
  const r = await library.list();
  if (!r.ok) return null;
  const { seen, total } = endingsSeen(r.value.entries);
  return seen.length ? endingsSeenView(seen.length, total) : null;
}

export function endingsSeenView(seen: number, total: number): HTMLElement {
  return h(
    'p',
    { class: 'endings-seen', 'data-testid': 'endings-seen' },
    h('span', { class: 'label' }, 'Endings seen '),
    h('strong', {}, `${seen} of ${total}`),
  );
}
