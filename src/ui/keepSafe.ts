/**
 * Nothing the player made is lost on the way: an unreadable autosave is explained, can be
 * downloaded and is kept aside before anything replaces it; a game in progress is kept in
 * Your paths before a link or a file replaces it. When keeping fails (storage full or
 * blocked), the player is told what will be lost and decides.
 */
import type { StoryBundle } from '../engine/Game';
import { restore, type LoadProblem } from '../engine/save';
import { defaultPathName, newEntryId, type PathLibrary } from '../storage/library';
import type { SaveSlot } from '../storage/saves';
import { describePath } from '../engine/pathName';
import { confirmDialog } from './Dialogs';
import { h } from './dom';

export function problemNotice(problem: LoadProblem, store: SaveSlot): HTMLElement {
  const download = h('button', { type: 'button', class: 'link-button' }, 'Download the saved data');
  download.addEventListener('click', () => downloadRawSave(store));
  return h(
    'div',
    { class: 'notice problem', role: 'alert' },
    h('p', {}, h('strong', {}, 'Your saved game could not be loaded. '), problem.message),
    h('p', {}, 'It has not been deleted: starting a new game keeps it aside in this browser. ', download),
  );
}

function downloadRawSave(store: SaveSlot): void {
  const saved = store.read();
  if (saved.kind === 'none') return;
  const url = URL.createObjectURL(new Blob([saved.raw], { type: 'application/json' }));
  const a = h('a', { href: url, download: 'october-paths-save.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Keep an unreadable autosave aside before anything replaces it. When even that fails
 * (storage full), it is replaced only if the player agrees after being told.
 */
export async function keepUnreadableAside(store: SaveSlot, action: string): Promise<boolean> {
  const kept = store.keepAside();
  if (kept.ok) return true;
  return confirmDialog(
    'Your unreadable saved game cannot be kept',
    `${kept.problem.message} If you go on, it will be replaced and lost.`,
    `${action} anyway`,
  );
}

/**
 * Before a link or a file replaces the game in progress: keep that game in Your paths, and
 * check it was really kept. When it could not be (IndexedDB blocked, failing or full), the
 * game is replaced only if the player agrees after being told it will be lost.
 */
export async function keepGameInProgress(store: SaveSlot, library: PathLibrary, bundle: StoryBundle): Promise<boolean> {
  const saved = store.read();
  if (saved.kind === 'problem') return keepUnreadableAside(store, 'Open the path');
  if (saved.kind !== 'ok' || saved.value.steps.length === 0) return true;
  const restored = restore(bundle, saved.value);
  const state = restored.ok ? restored.game.state() : null;
  const kept = await library.record(
    saved.value.pathId ?? newEntryId(),
    {
      storyVersion: saved.value.storyVersion,
      steps: saved.value.steps,
      ending: state?.ending ?? null,
      year: state?.year ?? 1917,
      finished: state?.finished ?? false,
    },
    { name: state ? describePath(state) : defaultPathName(new Date(saved.value.savedAt)), origin: 'played', describes: !!state },
  );
  if (kept.ok) return true;
  return confirmDialog(
    'Open this path?',
    `Your game in progress could not be kept in Your paths (${kept.message}) If you open this path, that game will be replaced and lost.`,
    'Open the path and lose my game',
  );
}

/** What starting a new game must ask first: keep an unreadable save aside, or replace a game in progress. */
export function newGameAsks(store: SaveSlot, bundle: StoryBundle): 'nothing' | 'keep-aside' | 'replace' {
  const saved = store.read();
  if (saved.kind === 'problem' || (saved.kind === 'ok' && !restore(bundle, saved.value).ok)) return 'keep-aside';
  return saved.kind === 'ok' && saved.value.steps.length > 0 ? 'replace' : 'nothing';
}
