/** A path row's branch parts in Your paths: "branched from …", "Try another choice", "Compare with …". */
import type { StoryBundle } from '../../engine/Game';
import { forkTitle } from '../../engine/branch';
import { h } from '../dom';
import { COMPARE_WITH_PARENT, compareWithParent, pickFork } from './branching';
import type { LibraryEntry, PathLibrary } from '../../storage/library';

interface RowContext {
  root: HTMLElement;
  bundle: StoryBundle;
  library: PathLibrary;
  branchEntry(entry: LibraryEntry, step: number): void;
}

type Action = (label: string, onClick: () => void, testid?: string) => HTMLButtonElement;

/** "Branched from “…” at …", or null for a path that is not a branch. */
export function branchNote(e: LibraryEntry, entries: readonly LibraryEntry[]): HTMLElement | null {
  if (!e.branch) return null;
  const parent = entries.find((p) => p.id === e.branch?.parentId);
  const from = parent ? `“${parent.name}”` : 'a path no longer kept';
  return h('span', { class: 'path-meta branch-of' }, `Branched from ${from} at ${forkTitle(e.branch.fork)}`);
}

/** Actions for a row; `back` returns to Your paths from the compare view. */
export function branchActions(
  e: LibraryEntry,
  ctx: RowContext,
  action: Action,
  problem: (message: string) => void,
  back: () => void,
): HTMLButtonElement[] {
  const buttons = [
    action(
      'Try another choice',
      () =>
        void pickFork(ctx.bundle, e).then((step) => {
          if (step !== null) ctx.branchEntry(e, step);
        }),
      'branch-path',
    ),
  ];
  if (e.branch) {
    buttons.push(
      action(
        COMPARE_WITH_PARENT,
        () =>
          void compareWithParent({ root: ctx.root, bundle: ctx.bundle, library: ctx.library, branchId: e.id, onBack: back }).then((r) => {
            if (!r.ok) problem(r.message);
          }),
        'compare-parent',
      ),
    );
  }
  return buttons;
}
