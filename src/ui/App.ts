/**
 * The app shell: title screen, game screen, autosave and the lazy Phaser view.
 * It only relays: the engine decides, the views render.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { makeSave, restore, type LoadProblem } from '../engine/save';
import type { AppStorage } from '../storage';
import type { GameState, Scene } from '../engine/types';
import { h } from './dom';
import { NarrativeView } from './NarrativeView';
import { GameShell } from './GameShell';
import { aboutDialog, confirmDialog, openDialog, whyDialog } from './Dialogs';
import { defaultPathName, newEntryId, type LibraryEntry } from '../storage/library';
import { shareDialog } from './paths/share';
import { decodeLink } from '../engine/pathCode';
import { inputFromCode, replayPath, type PathInput } from '../engine/compare';

export class App {
  private game: Game | null = null;
  private shell: GameShell | null = null;
  private keyHandler: ((e: KeyboardEvent) => void) | null = null;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  private readonly store: AppStorage['autosave'];
  private readonly library: AppStorage['library'];
  private readonly onHashChange = (): void => this.onHash();

  constructor(
    private readonly root: HTMLElement,
    private readonly bundle: StoryBundle,
    private readonly storage: AppStorage,
  ) {
    this.store = storage.autosave;
    this.library = storage.library;
  }

  /** The library entry the current game updates. */
  private pathId: string | null = null;
  private pathOrigin: { name: string; origin: LibraryEntry['origin'] } = { name: '', origin: 'played' };
  private libraryProblem: string | null = null;
  private libraryNote: string | null = null;

  start(): void {
    this.root.removeAttribute('aria-busy');
    this.showTitle();
    // A link to "#new" starts a game at once (it still asks before replacing one in progress).
    // Open IndexedDB now: `library.available` then tells what the browser really allows.
    void this.library.probe();
    this.librarySync = this.syncLibrary();
    this.onHash();
    // A share link pasted into the address bar of an open game is a hash change, not a load.
    window.addEventListener('hashchange', this.onHashChange);
  }

  private onHash(): void {
    if (location.hash === '#new') void this.newGame();
    if (location.hash === '#class') void this.openClass(false);
    // Decoded (percent-escapes too) in the engine: a broken link is explained, never thrown.
    if (location.hash.startsWith('#p=')) void this.openShared(location.hash);
  }

  private librarySync: Promise<void> = Promise.resolve();

  /**
   * The autosave (written synchronously after every choice) is the truth about the game in
   * progress; the library write after it is asynchronous and a reload can cut it short.
   * On start, bring the library entry up to date with the autosave.
   */
  private async syncLibrary(): Promise<void> {
    const saved = this.store.read();
    if (saved.kind !== 'ok' || !saved.value.pathId || saved.value.steps.length === 0) return;
    const entry = await this.library.get(saved.value.pathId);
    if (entry && entry.steps.length >= saved.value.steps.length) return;
    const result = restore(this.bundle, saved.value);
    if (!result.ok) return;
    const s = result.game.state();
    await this.library.record(saved.value.pathId, {
      storyVersion: saved.value.storyVersion, steps: saved.value.steps, ending: s.ending, year: s.year, finished: s.finished,
    }, { name: defaultPathName(new Date(saved.value.savedAt)), origin: 'played' });
  }

  showTitle(message?: string): void {
    this.teardownGame();
    const saved = this.store.read();
    const buttons: HTMLButtonElement[] = [];
    const add = (label: string, onClick: () => void, primary = false): void => {
      const b = h('button', { type: 'button', class: primary ? 'title-button primary' : 'title-button' }, label);
      b.addEventListener('click', onClick);
      buttons.push(b);
    };
    if (saved.kind === 'ok') add('Continue', () => this.continueSaved(), true);
    add('New game', () => void this.newGame(), saved.kind !== 'ok');
    add('Your paths', () => void this.openPaths());
    if (this.hasClassSession()) add('Resume the class session', () => void this.openClass(true));
    add('Run a class', () => void this.openClass(false));
    add('About', () => void aboutDialog());

    const notice = saved.kind === 'problem' ? this.problemNotice(saved.problem) : null;
    const screen = h(
      'main',
      { class: 'title-screen' },
      h('div', { class: 'title-poster' },
        h('p', { class: 'title-years poster' }, '1917 — 1991'),
        h('h1', { class: 'title-name poster' }, 'October ', h('span', {}, 'Paths')),
        h('p', { class: 'title-tagline' }, 'You sit on the revolutionary leadership. At each fork of the Soviet century, choose — and see where it leads.'),
      ),
      message ? h('p', { class: 'notice', role: 'status' }, message) : null,
      notice,
      h('nav', { class: 'title-menu', 'aria-label': 'Main menu' }, ...buttons),
    );
    this.root.replaceChildren(screen);
    buttons[0]?.focus();
  }

  private hasClassSession(): boolean {
    return this.storage.session.read().kind !== 'none';
  }

  /** Facilitator mode is its own chunk: a player never downloads it. */
  private async openClass(resume: boolean): Promise<void> {
    this.teardownGame();
    const { openClassroom } = await import('./classroom/entry');
    openClassroom({
      root: this.root, bundle: this.bundle, slot: this.storage.session, reducedMotion: this.reducedMotion, resume,
      exit: (message) => this.showTitle(message),
    });
  }

  private problemNotice(problem: LoadProblem): HTMLElement {
    const download = h('button', { type: 'button', class: 'link-button' }, 'Download the saved data');
    download.addEventListener('click', () => this.downloadRawSave());
    return h('div', { class: 'notice problem', role: 'alert' },
      h('p', {}, h('strong', {}, 'Your saved game could not be loaded. '), problem.message),
      h('p', {}, 'It has not been deleted: starting a new game keeps it aside in this browser. ', download),
    );
  }

  private downloadRawSave(): void {
    const saved = this.store.read();
    if (saved.kind === 'none') return;
    const url = URL.createObjectURL(new Blob([saved.raw], { type: 'application/json' }));
    const a = h('a', { href: url, download: 'october-paths-save.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async newGame(): Promise<void> {
    const saved = this.store.read();
    // A save this version cannot load is kept aside, never overwritten.
    if (saved.kind === 'problem' || (saved.kind === 'ok' && !restore(this.bundle, saved.value).ok)) {
      if (!(await this.keepUnreadableAside('Start a new game'))) return;
    } else if (saved.kind === 'ok' && saved.value.steps.length > 0) {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (!sure) return;
    }
    this.play(new Game(this.bundle));
  }

  /**
   * Keep an unreadable autosave aside before anything replaces it. When even that fails
   * (storage full), it is replaced only if the player agrees after being told.
   */
  private async keepUnreadableAside(action: string): Promise<boolean> {
    const kept = this.store.keepAside();
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
  private async keepGameInProgress(): Promise<boolean> {
    const saved = this.store.read();
    if (saved.kind === 'problem') return this.keepUnreadableAside('Open the path');
    if (saved.kind !== 'ok' || saved.value.steps.length === 0) return true;
    const restored = restore(this.bundle, saved.value);
    const state = restored.ok ? restored.game.state() : null;
    const kept = await this.library.record(saved.value.pathId ?? newEntryId(), {
      storyVersion: saved.value.storyVersion, steps: saved.value.steps,
      ending: state?.ending ?? null, year: state?.year ?? 1917, finished: state?.finished ?? false,
    }, { name: defaultPathName(new Date(saved.value.savedAt)), origin: 'played' });
    if (kept.ok) return true;
    return confirmDialog(
      'Open this path?',
      `Your game in progress could not be kept in Your paths (${kept.message}) If you open this path, that game will be replaced and lost.`,
      'Open the path and lose my game',
    );
  }

  private continueSaved(): void {
    const saved = this.store.read();
    if (saved.kind !== 'ok') return this.showTitle();
    const result = restore(this.bundle, saved.value);
    if (!result.ok) {
      this.showTitle();
      const note = this.root.querySelector('.title-menu');
      note?.before(this.problemNotice(result.problem));
      return;
    }
    this.play(result.game, { pathId: saved.value.pathId ?? null });
  }

  private play(game: Game, opts: { pathId?: string | null; notice?: string; name?: string; origin?: LibraryEntry['origin'] } = {}): void {
    this.teardownGame();
    this.game = game;
    this.pathId = opts.pathId ?? newEntryId();
    this.pathOrigin = { name: opts.name ?? defaultPathName(new Date()), origin: opts.origin ?? 'played' };
    const whyButton = h('button', { type: 'button', class: 'menu-button why-button', 'aria-haspopup': 'dialog' }, 'Why?');
    whyButton.title = 'What moved the meters';
    whyButton.addEventListener('click', () => this.showWhy());
    const menuButton = h('button', { type: 'button', class: 'menu-button' }, 'Menu');
    menuButton.addEventListener('click', () => void this.openMenu());
    const shell = new GameShell({ brand: 'October Paths', reducedMotion: this.reducedMotion, controls: [whyButton, menuButton] });
    this.shell = shell;
    const narrative = new NarrativeView({
      choose: (i) => this.choose(i),
      restart: () => this.restartFromEnd(),
      toTitle: () => this.showTitle(),
    });
    this.root.replaceChildren(shell.screen(h('main', { class: 'play-area' }, shell.worldColumn, narrative.el)));

    let lastChoice: string | null = game.state().timeline.at(-1)?.choice ?? null;
    const render = (scene: Scene, state: GameState, moveFocus: boolean): void => {
      narrative.render(scene, state, { lastChoice, moveFocus });
      shell.show(state, scene);
    };
    this.render = (moveFocus: boolean) => {
      const g = this.game;
      if (!g) return;
      render(g.scene(), g.state(), moveFocus);
    };
    this.afterChoice = (choiceText: string) => {
      lastChoice = choiceText;
      this.autosave();
    };
    this.keyHandler = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
      if (narrative.handleKey(e.key)) e.preventDefault();
    };
    document.addEventListener('keydown', this.keyHandler);

    this.render(false);
    if (opts.notice) narrative.el.prepend(this.dismissible(opts.notice));
    this.autosave();
    // Start reading at the top; number keys and Tab reach the choices.
    narrative.el.querySelector<HTMLElement>('.scene')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    shell.loadMapSoon();
  }

  private render: (moveFocus: boolean) => void = () => {};

  /** Save the game (localStorage) and its path (the library, IndexedDB); false if the save failed. */
  private autosave(): boolean {
    const game = this.game;
    if (!game) return false;
    const save = makeSave(game);
    if (this.pathId) save.pathId = this.pathId;
    const ok = this.store.write(save);
    const status = (): void => {
      const el = this.root.querySelector('.save-status');
      if (!el) return;
      el.textContent = !ok ? 'Not saved: this browser is blocking storage'
        : this.libraryProblem ? 'Saved; path not kept (storage unavailable)' : this.libraryNote ? `Saved. ${this.libraryNote}` : 'Saved';
      if (this.libraryProblem) el.setAttribute('title', this.libraryProblem);
    };
    const id = this.pathId;
    // A path is kept once it has a choice: opening a link that replays none adds nothing.
    if (id && game.path().steps.length > 0) {
      const s = game.state();
      void this.library
        .record(id, { storyVersion: save.storyVersion, steps: save.steps, ending: s.ending, year: s.year, finished: s.finished }, this.pathOrigin)
        .then((r) => {
          this.libraryProblem = r.ok ? null : r.message;
          this.libraryNote = r.ok && r.value.pruned.length
            ? `To make room in Your paths, the oldest unnamed, unfinished path (“${r.value.pruned.map((e) => e.name).join('”, “')}”) was removed.`
            : null;
          status();
        });
    }
    if (game.path().steps.length > 0) status();
    return ok;
  }

  private dismissible(text: string): HTMLElement {
    const close = h('button', { type: 'button', class: 'link-button' }, 'Dismiss');
    const note = h('div', { class: 'notice', role: 'status', 'data-testid': 'game-notice' }, h('p', {}, text, ' ', close));
    close.addEventListener('click', () => note.remove());
    return note;
  }

  /** A share link: replay its choices and show where they led; a bad code changes nothing. */
  private async openShared(link: string): Promise<void> {
    history.replaceState(null, '', location.pathname + location.search);
    const decoded = decodeLink(link);
    if (!decoded.ok) {
      this.showTitle();
      this.root.querySelector('.title-menu')?.before(h('div', { class: 'notice problem', role: 'alert', 'data-testid': 'link-problem' },
        h('p', {}, h('strong', {}, 'This share link could not be opened. '), decoded.problem.message),
        h('p', {}, 'Nothing in your saved game or your paths was changed.')));
      return;
    }
    await this.openReplayed(inputFromCode(decoded.value, 'Shared path'), 'link');
  }

  /** Replay a path from a link or a file into a new game, kept in the library as its own path. */
  async openReplayed(input: PathInput, origin: 'link' | 'file'): Promise<void> {
    if (!(await this.keepGameInProgress())) return this.showTitle();
    const game = new Game(this.bundle);
    const replay = replayPath(this.bundle, input, game);
    const where = replay.ending ? `It ended in ${replay.ending.year}: ${replay.ending.title}.` : `It stops in ${replay.year}.`;
    const notes = [
      `${origin === 'link' ? 'A shared path' : 'An imported path'}: ${replay.snapshots.length - 1} choices replayed. ${where}`,
      replay.notice,
      replay.stoppedAt !== null ? replay.message : null,
    ].filter(Boolean).join(' ');
    const name = origin === 'link'
      ? `Shared path${replay.ending ? `: ${replay.ending.title}` : ''}`
      : input.label;
    this.play(game, { notice: notes, name, origin });
  }

  private async openPaths(message?: string): Promise<void> {
    this.teardownGame();
    await this.librarySync;
    const { showPaths } = await import('./paths/PathsScreen');
    void showPaths({
      root: this.root,
      bundle: this.bundle,
      library: this.library,
      message,
      toTitle: () => this.showTitle(),
      continueEntry: (entry) => void this.continueEntry(entry),
      openInput: (input, origin) => void this.openReplayed(input, origin),
    });
  }

  private async continueEntry(entry: LibraryEntry): Promise<void> {
    const result = restore(this.bundle, entry);
    if (result.ok) {
      this.play(result.game, { pathId: entry.id, name: entry.name, origin: entry.origin });
      return;
    }
    // The story changed: replay as far as it goes, as a new path; the original stays as it was.
    const go = await confirmDialog('The story has changed', `${result.problem.message} You can carry on from there as a new path; “${entry.name}” is kept as it was.`, 'Continue from there');
    if (!go) return;
    const game = new Game(this.bundle);
    const replay = replayPath(this.bundle, { label: entry.name, storyVersion: entry.storyVersion, steps: entry.steps }, game);
    this.play(game, { name: `${entry.name} (continued)`, notice: replay.message ?? undefined });
  }
  private afterChoice: (choiceText: string) => void = () => {};

  private choose(index: number): void {
    const game = this.game;
    if (!game) return;
    const text = game.scene().choices[index]?.text ?? '';
    game.choose(index);
    this.afterChoice(text);
    this.render(true);
  }

  private restartFromEnd(): void {
    this.play(new Game(this.bundle));
  }

  private showWhy(): void {
    const g = this.game;
    if (!g) return;
    const s = g.state();
    void whyDialog((m) => g.why(m), s.meters, s.livesLost);
  }

  private async openMenu(): Promise<void> {
    const choice = await openDialog('Menu', [], [
      { label: 'Back to the game', value: 'close', primary: true },
      { label: 'Why? (what moved the meters)', value: 'why' },
      { label: 'Share this path', value: 'share' },
      { label: 'Your paths', value: 'paths' },
      { label: 'New game', value: 'new' },
      { label: 'About', value: 'about' },
      { label: 'Title screen', value: 'title' },
    ], 'menu');
    if (choice === 'why') this.showWhy();
    if (choice === 'share' && this.game) {
      const s = this.game.state();
      const entry = this.pathId ? await this.library.get(this.pathId) : null;
      void shareDialog({ name: entry?.name ?? this.pathOrigin.name, ...this.game.path(), ending: s.ending, year: s.year });
    }
    if (choice === 'paths') void this.openPaths();
    if (choice === 'about') void aboutDialog();
    if (choice === 'title') this.showTitle();
    if (choice === 'new') {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (sure) this.play(new Game(this.bundle));
    }
  }

  private teardownGame(): void {
    if (this.keyHandler) document.removeEventListener('keydown', this.keyHandler);
    this.keyHandler = null;
    this.shell?.destroy();
    this.shell = null;
    this.game = null;
  }
}
