/**
 * The solo game screen: one game on the shared game screen (GameShell) with the story and
 * its choices, the number keys, Why?, the menu, and the autosave after every choice (the
 * save slot at once, the path library after it). Made by the router (App) for each game and
 * destroyed with it, so nothing it listens to outlives it.
 */
import type { Game, StoryBundle } from '../engine/Game';
import { makeSave } from '../engine/save';
import type { GameState, Scene } from '../engine/types';
import type { SaveSlot } from '../storage/saves';
import type { LibraryEntry, PathLibrary } from '../storage/library';
import { h } from './dom';
import { NarrativeView } from './NarrativeView';
import { GameShell } from './GameShell';
import { aboutDialog, confirmDialog, openDialog, whyDialog } from './Dialogs';
import { shareDialog } from './paths/share';

export interface PlayScreenOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  store: SaveSlot;
  library: PathLibrary;
  reducedMotion: boolean;
  game: Game;
  /** The library entry this game updates. */
  pathId: string;
  name: string;
  origin: LibraryEntry['origin'];
  /** Said above the story (a replayed link or file). */
  notice?: string;
  toTitle(): void;
  openPaths(): void;
  /** Start a fresh game (the player has agreed to replace this one). */
  restart(): void;
}

export class PlayScreen {
  private readonly shell: GameShell;
  private readonly narrative: NarrativeView;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
    if (this.narrative.handleKey(e.key)) e.preventDefault();
  };
  private lastChoice: string | null;
  private libraryProblem: string | null = null;
  private libraryNote: string | null = null;
  private destroyed = false;

  constructor(private readonly opts: PlayScreenOptions) {
    const whyButton = h('button', { type: 'button', class: 'menu-button why-button', 'aria-haspopup': 'dialog' }, 'Why?');
    whyButton.title = 'What moved the meters';
    whyButton.addEventListener('click', () => this.showWhy());
    const menuButton = h('button', { type: 'button', class: 'menu-button' }, 'Menu');
    menuButton.addEventListener('click', () => void this.openMenu());
    this.shell = new GameShell({ brand: 'October Paths', reducedMotion: opts.reducedMotion, controls: [whyButton, menuButton] });
    this.narrative = new NarrativeView({
      choose: (i) => this.choose(i),
      restart: () => opts.restart(),
      toTitle: () => opts.toTitle(),
    });
    this.lastChoice = opts.game.state().timeline.at(-1)?.choice ?? null;
  }

  get game(): Game {
    return this.opts.game;
  }

  show(): void {
    const { root, notice } = this.opts;
    root.replaceChildren(this.shell.screen(h('main', { class: 'play-area' }, this.shell.worldColumn, this.narrative.el)));
    document.addEventListener('keydown', this.onKey);
    this.render(false);
    if (notice) this.narrative.el.prepend(dismissible(notice));
    this.autosave();
    // Start reading at the top; number keys and Tab reach the choices.
    this.narrative.el.querySelector<HTMLElement>('.scene')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    this.shell.loadMapSoon();
  }

  destroy(): void {
    this.destroyed = true;
    document.removeEventListener('keydown', this.onKey);
    this.shell.destroy();
  }

  private render(moveFocus: boolean): void {
    const game = this.opts.game;
    const scene: Scene = game.scene();
    const state: GameState = game.state();
    this.narrative.render(scene, state, { lastChoice: this.lastChoice, moveFocus });
    this.shell.show(state, scene);
  }

  private choose(index: number): void {
    if (this.destroyed) return;
    const game = this.opts.game;
    const text = game.scene().choices[index]?.text ?? '';
    game.choose(index);
    this.lastChoice = text;
    this.autosave();
    this.render(true);
  }

  /** Save the game (the autosave slot) and its path (the library); false if the save failed. */
  private autosave(): boolean {
    const { game, store, library, pathId } = this.opts;
    const save = makeSave(game);
    save.pathId = pathId;
    const ok = store.write(save);
    const status = (): void => {
      const el = this.shell.saveStatus;
      el.textContent = !ok ? 'Not saved: this browser is blocking storage'
        : this.libraryProblem ? 'Saved; path not kept (storage unavailable)' : this.libraryNote ? `Saved. ${this.libraryNote}` : 'Saved';
      if (this.libraryProblem) el.setAttribute('title', this.libraryProblem);
    };
    // A path is kept once it has a choice: opening a link that replays none adds nothing.
    if (game.path().steps.length > 0) {
      const s = game.state();
      void library
        .record(pathId, { storyVersion: save.storyVersion, steps: save.steps, ending: s.ending, year: s.year, finished: s.finished },
          { name: this.opts.name, origin: this.opts.origin })
        .then((r) => {
          this.libraryProblem = r.ok ? null : r.message;
          this.libraryNote = r.ok && r.value.pruned.length
            ? `To make room in Your paths, the oldest unnamed, unfinished path (“${r.value.pruned.map((e) => e.name).join('”, “')}”) was removed.`
            : null;
          status();
        });
      status();
    }
    return ok;
  }

  private showWhy(): void {
    const g = this.opts.game;
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
    if (choice === 'share') {
      const s = this.opts.game.state();
      const entry = await this.opts.library.get(this.opts.pathId);
      void shareDialog({ name: entry?.name ?? this.opts.name, ...this.opts.game.path(), ending: s.ending, year: s.year });
    }
    if (choice === 'paths') this.opts.openPaths();
    if (choice === 'about') void aboutDialog();
    if (choice === 'title') this.opts.toTitle();
    if (choice === 'new') {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (sure) this.opts.restart();
    }
  }
}

function dismissible(text: string): HTMLElement {
  const close = h('button', { type: 'button', class: 'link-button' }, 'Dismiss');
  const note = h('div', { class: 'notice', role: 'status', 'data-testid': 'game-notice' }, h('p', {}, text, ' ', close));
  close.addEventListener('click', () => note.remove());
  return note;
}
