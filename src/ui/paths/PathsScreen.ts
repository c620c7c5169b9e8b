/**
 * "Your paths": every playthrough kept in the library. Rename, delete (with undo),
 * continue, share, export; import a file or open a code; pick up to three to compare
 * with history; the flowchart of every fork.
 */
import type { StoryBundle } from '../../engine/Game';
import { decodeLink } from '../../engine/pathCode';
import { MAX_PATH_FILE_CHARS, parsePathFile } from '../../engine/pathFile';
import { inputFromCode, inputFromFile, type PathInput } from '../../engine/compare';
import { FORKS } from '../../engine/types';
import { pathProgress } from '../../engine/pathName';
import { h } from '../dom';
import { exportPath, shareDialog } from './share';
import type { LibraryEntry, PathLibrary } from '../../storage/library';
import { branchActions, branchNote } from './branchRow';
import { endingsSeenView } from './branching';
import { endingsSeen } from '../../engine/branch';
import { flowchartOfPaths } from './fromEnd';
import './library.css';

export interface PathsScreenOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  library: PathLibrary;
  message?: string;
  toTitle(): void;
  continueEntry(entry: LibraryEntry): void;
  openInput(input: PathInput, origin: 'link' | 'file'): void;
  /** Continue a path as a new one from the fork of its choice `step`. */
  branchEntry(entry: LibraryEntry, step: number): void;
}

const MAX_COMPARE = 3;

function progress(e: LibraryEntry): string {
  const forksReached = new Set(e.steps.map((s) => s.fork).filter(Boolean)).size;
  return pathProgress({ ...e, forksReached, forksTotal: FORKS.length });
}

const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export async function showPaths(opts: PathsScreenOptions): Promise<void> {
  const status = h('div', { class: 'paths-status', role: 'status', 'data-testid': 'paths-status' });
  const alert = h('div', { class: 'paths-alert', role: 'alert' });
  const list = h('ol', { class: 'path-list', 'aria-label': 'Your paths', 'data-testid': 'path-list' });
  const selected = new Set<string>();
  const endingsLine = h('div', { class: 'paths-endings' });
  let entries: LibraryEntry[] = [];

  const say = (text: string, problem = false): void => {
    (problem ? alert : status).replaceChildren(text ? h('p', { class: problem ? 'notice problem' : 'notice' }, text) : '');
  };

  const compareButton = h(
    'button',
    { type: 'button', class: 'title-button primary', disabled: true, 'data-testid': 'compare-selected' },
    'Compare with history',
  );
  const flowButton = h('button', { type: 'button', class: 'title-button' }, 'Flowchart of the forks');
  const backButton = h('button', { type: 'button', class: 'title-button' }, 'Back to the title screen');
  backButton.addEventListener('click', () => opts.toTitle());

  const updateCompare = (): void => {
    compareButton.disabled = selected.size === 0;
    compareButton.textContent = selected.size > 1 ? `Compare ${selected.size} paths with history` : 'Compare with history';
  };

  const undoDelete = (entry: LibraryEntry): void => {
    const undo = h('button', { type: 'button', class: 'link-button', 'data-testid': 'undo-delete' }, 'Undo');
    undo.addEventListener(
      'click',
      () =>
        void (async () => {
          const r = await opts.library.put(entry);
          if (!r.ok) return say(r.message, true);
          say(`“${entry.name}” is back.`);
          await refresh();
        })(),
    );
    status.replaceChildren(h('p', { class: 'notice' }, `Deleted “${entry.name}”. `, undo));
  };

  const row = (e: LibraryEntry): HTMLElement => {
    const pick = h('input', { type: 'checkbox', id: `pick-${e.id}`, 'data-testid': 'pick-path', checked: selected.has(e.id) });
    pick.addEventListener('change', () => {
      if (pick.checked && selected.size >= MAX_COMPARE) {
        pick.checked = false;
        say(`Compare up to ${MAX_COMPARE} of your paths at once (history is always added).`, true);
        return;
      }
      if (pick.checked) selected.add(e.id);
      else selected.delete(e.id);
      updateCompare();
    });
    const name = h('span', { class: 'path-name' }, e.name);
    const action = (label: string, onClick: () => void, testid?: string): HTMLButtonElement => {
      const b = h('button', { type: 'button', class: 'small-button', 'data-testid': testid, 'aria-label': `${label}: ${e.name}` }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    const li = h('li', { class: 'path-row', 'data-path-id': e.id });
    const rename = (): void => {
      const input = h('input', { type: 'text', value: e.name, maxlength: 120, 'aria-label': 'New name', class: 'rename-input' });
      const ok = h('button', { type: 'button', class: 'small-button' }, 'Save name');
      const cancel = h('button', { type: 'button', class: 'small-button' }, 'Cancel');
      const form = h('span', { class: 'rename' }, input, ok, cancel);
      const done = async (save: boolean): Promise<void> => {
        if (save) {
          const r = await opts.library.rename(e.id, input.value);
          if (!r.ok) return say(r.message, true);
          say(`Renamed to “${r.value.name}”.`);
        }
        await refresh();
      };
      ok.addEventListener('click', () => void done(true));
      cancel.addEventListener('click', () => void done(false));
      input.addEventListener('keydown', (k) => {
        if (k.key === 'Enter') void done(true);
        if (k.key === 'Escape') void done(false);
      });
      name.replaceWith(form);
      input.focus();
      input.select();
    };
    li.append(
      h('label', { class: 'path-pick', for: pick.id }, pick, h('span', { class: 'visually-hidden' }, `Compare ${e.name}`)),
      h(
        'div',
        { class: 'path-info' },
        name,
        h(
          'span',
          { class: 'path-meta' },
          `${progress(e)} · ${when(e.updatedAt)}${e.origin === 'link' ? ' · from a link' : e.origin === 'file' ? ' · from a file' : ''}`,
        ),
        branchNote(e, entries),
      ),
      h(
        'div',
        { class: 'path-actions' },
        action('Continue', () => opts.continueEntry(e), 'continue-path'),
        ...branchActions(
          e,
          opts,
          action,
          (m) => say(m, true),
          () => void showPaths(opts),
        ),
        action('Rename', rename, 'rename-path'),
        action('Share', () => void shareDialog(e), 'share-path'),
        action('Export', () => exportPath(e)),
        action(
          'Delete',
          () =>
            void (async () => {
              const r = await opts.library.remove(e.id);
              if (!r.ok) return say(r.message, true);
              selected.delete(e.id);
              await refresh();
              if (r.value) undoDelete(r.value);
            })(),
          'delete-path',
        ),
      ),
    );
    return li;
  };

  const refresh = async (): Promise<void> => {
    const r = await opts.library.list();
    if (!r.ok) {
      entries = [];
      list.replaceChildren(h('li', { class: 'path-empty' }, 'No paths can be shown.'));
      say(r.message, true);
      return;
    }
    entries = r.value.entries;
    for (const id of [...selected]) if (!entries.some((e) => e.id === id)) selected.delete(id);
    const seen = endingsSeen(entries);
    endingsLine.replaceChildren(endingsSeenView(seen.seen.length, seen.total));
    list.replaceChildren(
      ...(entries.length ? entries.map(row) : [h('li', { class: 'path-empty' }, 'No paths yet: every game you play is kept here.')]),
    );
    if (r.value.unreadable)
      say(
        `${r.value.unreadable} stored path${r.value.unreadable === 1 ? '' : 's'} could not be read and ${r.value.unreadable === 1 ? 'is' : 'are'} left untouched.`,
        true,
      );
    updateCompare();
  };

  compareButton.addEventListener(
    'click',
    () =>
      void (async () => {
        const chosen = entries.filter((e) => selected.has(e.id));
        if (!chosen.length) return;
        const { showCompare } = await import('./CompareView');
        showCompare({
          root: opts.root,
          bundle: opts.bundle,
          paths: chosen.map((e) => ({ label: e.name, storyVersion: e.storyVersion, steps: e.steps })),
          onBack: () => void showPaths(opts),
        });
      })(),
  );
  flowButton.addEventListener(
    'click',
    () => void flowchartOfPaths({ root: opts.root, bundle: opts.bundle, library: opts.library, onBack: () => void showPaths(opts) }),
  );

  // Import a file or open a code: validated first; a bad one is explained and nothing is touched.
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', id: 'import-file', 'data-testid': 'import-file' });
  fileInput.addEventListener(
    'change',
    () =>
      void (async () => {
        const file = fileInput.files?.[0];
        fileInput.value = '';
        if (!file) return;
        if (file.size > MAX_PATH_FILE_CHARS * 4)
          return say('This file is too large to be a path of October Paths. Nothing was changed.', true);
        const parsed = parsePathFile(await file.text());
        if (!parsed.ok) return say(`${parsed.problem.message} Nothing was changed.`, true);
        opts.openInput(inputFromFile(parsed.value), 'file');
      })(),
  );
  const codeInput = h('input', {
    type: 'text',
    id: 'open-code',
    maxlength: 1000,
    spellcheck: false,
    autocomplete: 'off',
    'data-testid': 'open-code',
  });
  const openCode = h('button', { type: 'button', class: 'small-button' }, 'Open');
  const tryCode = (): void => {
    // A bare code, a whole link or a hash; broken %-escapes are explained, never thrown.
    const d = decodeLink(codeInput.value);
    if (!d.ok) return say(`${d.problem.message} Nothing was changed.`, true);
    opts.openInput(inputFromCode(d.value, 'Shared path'), 'link');
  };
  openCode.addEventListener('click', tryCode);
  codeInput.addEventListener('keydown', (k) => {
    if (k.key === 'Enter') tryCode();
  });

  const screen = h(
    'main',
    { class: 'paths-screen', 'aria-labelledby': 'paths-title', 'data-testid': 'paths-screen' },
    h('h1', { id: 'paths-title', class: 'poster' }, 'Your paths'),
    h('p', { class: 'lede' }, 'Every game you play is kept here, in this browser only. Tick up to three to compare them with history.'),
    endingsLine,
    opts.message ? h('p', { class: 'notice', role: 'status' }, opts.message) : null,
    alert,
    status,
    h('nav', { class: 'title-menu', 'aria-label': 'Paths' }, compareButton, flowButton, backButton),
    list,
    h(
      'section',
      { class: 'path-import', 'aria-labelledby': 'import-title' },
      h('h2', { id: 'import-title' }, 'Open a path'),
      h('p', {}, h('label', { for: 'import-file' }, 'Import a path file (.json) '), fileInput),
      h('p', {}, h('label', { for: 'open-code' }, 'Or paste a share link or code '), codeInput, ' ', openCode),
    ),
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  await refresh();
  screen.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
  screen.querySelector<HTMLElement>('h1')?.focus();
}
