/**
 * The app shell: title screen, game screen, autosave and the lazy Phaser view.
 * It only relays: the engine decides, the views render.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { makeSave, restore, type LoadProblem } from '../engine/save';
import type { GameState, Scene } from '../engine/types';
import { h } from './dom';
import { MeterStrip } from './MeterStrip';
import { NarrativeView } from './NarrativeView';
import { MapPanel } from './MapPanel';
import { aboutDialog, confirmDialog, openDialog, whyDialog } from './Dialogs';
import { SaveStore, SESSION_KEY } from './SaveStore';
import type { WorldView } from './WorldViewPort';
import { loadWorld } from './loadWorld';
import { freshGame } from './opening/warmGame';
import { openSettings, reducedMotion } from './settings/current';
import { PathLibrary, defaultPathName, newEntryId, type LibraryEntry } from './paths/library';
import type { PathInput } from '../engine/compare';
// Share links, replays and the share dialog load when used: the first render does not need them.
const paths = () => Promise.all([import('../engine/pathCode'), import('../engine/compare')]);

export class App {
  private game: Game | null = null;
  private world: WorldView | null = null;
  private worldLoading = false;
  private keyHandler: ((e: KeyboardEvent) => void) | null = null;
  /** The Settings choice, or the system's preference (src/ui/settings). */
  private get reducedMotion(): boolean {
    return reducedMotion();
  }

  constructor(
    private readonly root: HTMLElement,
    private readonly bundle: StoryBundle,
    private readonly store: SaveStore,
    private readonly storage: Storage | null = null,
    private readonly library: PathLibrary = new PathLibrary(),
  ) {}

  /** The library entry the current game updates. */
  private pathId: string | null = null;
  private pathOrigin: { name: string; origin: LibraryEntry['origin'] } = { name: '', origin: 'played' };
  private libraryProblem: string | null = null;

  start(): void {
    this.root.removeAttribute('aria-busy');
    this.showTitle();
    // A link to "#new" starts a game at once (it still asks before replacing one in progress).
    this.librarySync = this.syncLibrary();
    this.onHash();
    // A share link pasted into the address bar of an open game is a hash change, not a load.
    window.addEventListener('hashchange', () => this.onHash());
  }

  private onHash(): void {
    if (location.hash === '#new') void this.newGame();
    if (location.hash === '#class') void this.openClass(false);
    if (location.hash.startsWith('#p=')) void this.openShared(decodeURIComponent(location.hash.slice(3)));
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
    add('Settings', () => void openSettings());
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
    try {
      return this.storage?.getItem(SESSION_KEY) != null;
    } catch {
      return false;
    }
  }

  /** Facilitator mode is its own chunk: a player never downloads it. */
  private async openClass(resume: boolean): Promise<void> {
    this.teardownGame();
    const { openClassroom } = await import('./classroom/entry');
    openClassroom({
      root: this.root, bundle: this.bundle, storage: this.storage, reducedMotion: this.reducedMotion, resume,
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
      this.store.keepAside();
    } else if (saved.kind === 'ok' && saved.value.steps.length > 0) {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (!sure) return;
    }
    this.play(freshGame(this.bundle));
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
    const meters = new MeterStrip();
    const whyButton = h('button', { type: 'button', class: 'menu-button why-button', 'aria-haspopup': 'dialog' }, 'Why?');
    whyButton.title = 'What moved the meters';
    whyButton.addEventListener('click', () => this.showWhy());
    const mapPanel = new MapPanel();
    const yearLabel = h('p', { class: 'year-label poster', 'aria-live': 'off' });
    const saveStatus = h('p', { class: 'save-status', role: 'status' });
    const menuButton = h('button', { type: 'button', class: 'menu-button' }, 'Menu');
    const narrative = new NarrativeView({
      choose: (i) => this.choose(i),
      restart: () => void this.restartFromEnd(),
      toTitle: () => this.showTitle(),
    });
    menuButton.addEventListener('click', () => void this.openMenu());

    const screen = h('div', { class: 'game-screen' },
      h('header', { class: 'top-bar' },
        h('p', { class: 'brand poster' }, 'October Paths'),
        yearLabel,
        saveStatus,
        whyButton,
        menuButton,
      ),
      h('main', { class: 'play-area' },
        h('div', { class: 'world-column' }, mapPanel.el, meters.el),
        narrative.el,
      ),
    );
    this.root.replaceChildren(screen);

    let lastChoice: string | null = game.state().timeline.at(-1)?.choice ?? null;
    const render = (scene: Scene, state: GameState, moveFocus: boolean): void => {
      yearLabel.textContent = scene.date || String(scene.year);
      narrative.render(scene, state, { lastChoice, moveFocus });
      meters.update(state, scene.effects);
      mapPanel.update(state);
      this.world?.update(state, scene);
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
    // The map must cost the reader nothing: load Phaser once the first text is painted.
    requestAnimationFrame(() => setTimeout(() => void this.loadWorld(mapPanel), 0));
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
        : this.libraryProblem ? 'Saved; path not kept (storage unavailable)' : 'Saved';
      if (this.libraryProblem) el.setAttribute('title', this.libraryProblem);
    };
    const id = this.pathId;
    if (id && (game.path().steps.length > 0 || this.pathOrigin.origin !== 'played')) {
      const s = game.state();
      void this.library
        .record(id, { storyVersion: save.storyVersion, steps: save.steps, ending: s.ending, year: s.year, finished: s.finished }, this.pathOrigin)
        .then((r) => {
          this.libraryProblem = r.ok ? null : r.message;
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
  private async openShared(code: string): Promise<void> {
    history.replaceState(null, '', location.pathname + location.search);
    const [{ decodePath }, { inputFromCode }] = await paths();
    const decoded = decodePath(code);
    if (!decoded.ok) {
      this.showTitle();
      this.root.querySelector('.title-menu')?.before(h('div', { class: 'notice problem', role: 'alert', 'data-testid': 'link-problem' },
        h('p', {}, h('strong', {}, 'This share link could not be opened. '), decoded.message),
        h('p', {}, 'Nothing in your saved game or your paths was changed.')));
      return;
    }
    await this.openReplayed(inputFromCode(decoded.path, 'Shared path'), 'link');
  }

  /** Replay a path from a link or a file into a new game, kept in the library as its own path. */
  async openReplayed(input: PathInput, origin: 'link' | 'file'): Promise<void> {
    const saved = this.store.read();
    if (saved.kind === 'ok' && saved.value.steps.length > 0 && !this.library.available) {
      const sure = await confirmDialog('Open this path?', 'Your game in progress will be replaced (this browser cannot keep it in Your paths).', 'Open the path');
      if (!sure) return this.showTitle();
    }
    if (saved.kind === 'problem') this.store.keepAside();
    const game = new Game(this.bundle);
    const { replayPath } = await import('../engine/compare');
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
    showPaths({
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
    const result = restore(this.bundle, { format: 1, storyVersion: entry.storyVersion, savedAt: entry.updatedAt, steps: entry.steps });
    if (result.ok) {
      this.play(result.game, { pathId: entry.id, name: entry.name, origin: entry.origin });
      return;
    }
    // The story changed: replay as far as it goes, as a new path; the original stays as it was.
    const go = await confirmDialog('The story has changed', `${result.problem.message} You can carry on from there as a new path; “${entry.name}” is kept as it was.`, 'Continue from there');
    if (!go) return;
    const game = new Game(this.bundle);
    const { replayPath } = await import('../engine/compare');
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

  private async loadWorld(panel: MapPanel): Promise<void> {
    if (this.world || this.worldLoading) return;
    this.worldLoading = true;
    this.world = await loadWorld(panel, this.reducedMotion, {
      stillWanted: () => this.game !== null,
      onReady: (world) => {
        this.world = world;
        // Only the map draws: re-rendering the story would take focus from a choice the
        // reader may have tabbed to while the map was loading.
        if (this.game) world.update(this.game.state(), this.game.scene());
      },
    });
    this.worldLoading = false;
  }

  private async restartFromEnd(): Promise<void> {
    this.play(freshGame(this.bundle));
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
      { label: 'Settings', value: 'settings' },
      { label: 'About', value: 'about' },
      { label: 'Title screen', value: 'title' },
    ], 'menu');
    if (choice === 'why') this.showWhy();
    if (choice === 'share' && this.game) {
      const s = this.game.state();
      const entry = this.pathId ? await this.library.get(this.pathId) : null;
      const { shareDialog } = await import('./paths/share');
      void shareDialog({ name: entry?.name ?? this.pathOrigin.name, ...this.game.path(), ending: s.ending, year: s.year });
    }
    if (choice === 'paths') void this.openPaths();
    if (choice === 'about') void aboutDialog();
    if (choice === 'settings') void openSettings();
    if (choice === 'title') this.showTitle();
    if (choice === 'new') {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (sure) this.play(freshGame(this.bundle));
    }
  }

  private teardownGame(): void {
    if (this.keyHandler) document.removeEventListener('keydown', this.keyHandler);
    this.keyHandler = null;
    this.world?.destroy();
    this.world = null;
    document.body.classList.remove('world-ready');
    this.game = null;
  }
}
