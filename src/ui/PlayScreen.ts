/**
 * The solo game screen: one game on the shared game screen (GameShell) with the story and
 * its choices, the number keys, Why?, the menu, and the autosave after every choice (the
 * save slot at once, the path library after it). Made by the router (App) for each game and
 * destroyed with it, so nothing it listens to outlives it.
 */
import type { Game, StoryBundle } from '../engine/Game';
import { makeSave, type SaveData } from '../engine/save';
import type { GameState, MeterId, Scene } from '../engine/types';
import type { SaveSlot } from '../storage/saves';
import type { LibraryEntry, PathLibrary } from '../storage/library';
import { h } from './dom';
import { dismissible } from './notice';
import { NarrativeView } from './NarrativeView';
import { afterNextFrame } from './afterFrame';
import { GameShell, whyButton } from './GameShell';
import { aboutDialog, confirmDialog, openDialog, whyDialog } from './Dialogs';
import { shareDialog } from './paths/share';
import { glossaryDialog } from './Glossary';
import { openSettings } from './settings/current';
import type { BranchLink } from '../engine/branch';
import type { PathInput } from '../engine/compare';
import { describePath } from '../engine/pathName';
import { compareParentButton, pickFork, type BranchTarget } from './paths/branching';

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
  /** Set when this path branched from another ("Try another choice here"). */
  branch?: BranchLink;
  /** The option the parent path took at the fork this branch starts from (marked there). */
  parentOption?: string;
  toTitle(): void;
  openPaths(): void;
  /** Continue `target` as a new path from the fork of its choice `step`. */
  branchFrom(target: BranchTarget, step: number): void;
  /** Compare this branch with its parent, once `recorded` (the last library write) is done. */
  compareParent(id: string, recorded: Promise<void>): void;
  /** Start a fresh game (the player has agreed to replace this one). */
  restart(): void;
  /** The end screen: compare this path with history, or open the flowchart, once `recorded` is done. */
  compareHistory?(path: PathInput, recorded: Promise<void>): void;
  openFlowchart?(recorded: Promise<void>): void;
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
  /** The library write of the last autosave. */
  private recorded: Promise<void> = Promise.resolve();
  /** The autosave made in the last click, until it is written. */
  private unsaved: SaveData | null = null;
  /** Whether the last autosave written was stored. */
  private saveOk = true;

  constructor(private readonly opts: PlayScreenOptions) {
    const menuButton = h('button', { type: 'button', class: 'menu-button' }, 'Menu');
    menuButton.addEventListener('click', () => void this.openMenu());
    this.shell = new GameShell({
      brand: 'October Paths',
      reducedMotion: opts.reducedMotion,
      foldableMap: true,
      controls: [whyButton(() => this.showWhy()), menuButton],
      onMeter: (m) => this.showWhy(m),
    });
    this.narrative = new NarrativeView({
      choose: (i) => this.choose(i),
      restart: () => opts.restart(),
      toTitle: () => opts.toTitle(),
      branchAt: (step) => void this.branchFromGame(step),
      compareWithParent: opts.branch ? () => this.compareParent() : undefined,
      share: () => void this.share(),
      compareWithHistory: opts.compareHistory ? () => void this.compareHistory() : undefined,
      flowchart: opts.openFlowchart ? () => opts.openFlowchart?.(this.recorded) : undefined,
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
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.writeSave);
    this.render(false);
    if (notice) this.narrative.el.prepend(dismissible(notice, this.opts.branch ? compareParentButton(() => this.compareParent()) : null));
    this.autosave();
    // Start reading at the top; number keys and Tab reach the choices. Focus and scrolling read
    // the new screen's style and layout: done as its first frame starts, where they are worked
    // out anyway, not in this task (which ends with the choices live).
    requestAnimationFrame(() => {
      if (this.destroyed) return;
      this.narrative.el.querySelector<HTMLElement>('.scene')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    });
    this.shell.loadMapSoon();
  }

  destroy(): void {
    this.destroyed = true;
    this.writeSave();
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.writeSave);
    this.shell.destroy();
  }

  private render(moveFocus: boolean): void {
    const game = this.opts.game;
    const scene: Scene = game.scene();
    const state: GameState = game.state();
    // At the fork a branch starts from, the option taken on the path it branched from is marked.
    const atFork = this.opts.branch && game.path().steps.length === this.opts.branch.step;
    this.narrative.render(scene, state, {
      lastChoice: this.lastChoice,
      moveFocus,
      stakes: () => game.preview(),
      ahead: () => this.prepareNext(scene),
      chosenBefore: atFork ? (this.opts.parentOption ?? null) : null,
    });
    this.shell.show(state, scene);
  }

  /** While the player reads: the story's page and the map's texts each option leads to, built ahead. */
  private prepareNext(from: Scene): void {
    if (this.destroyed) return;
    const next = this.opts.game.upcoming();
    this.narrative.prepare(
      from,
      next.map((n) => n.scene),
    );
    this.shell.prepare(next);
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

  /**
   * Save the game (the autosave slot) and its path (the library). Both are written once the new
   * scene is on screen, so a choice's click does only what its frame shows; the save is made
   * from the game now, and written at once if the page is hidden, left or closed first.
   */
  private autosave(): void {
    const { game, library, pathId } = this.opts;
    const save = makeSave(game);
    save.pathId = pathId;
    this.unsaved = save;
    const status = (): void => {
      const el = this.shell.saveStatus;
      el.classList.toggle('save-problem', !this.saveOk || this.libraryProblem !== null);
      el.textContent = !this.saveOk
        ? 'Not saved: this browser is blocking storage'
        : this.libraryProblem
          ? 'Saved; path not kept (storage unavailable)'
          : this.libraryNote
            ? `Saved. ${this.libraryNote}`
            : 'Saved';
      if (this.libraryProblem) el.setAttribute('title', this.libraryProblem);
    };
    const shown = new Promise<void>((resolve) => afterNextFrame(resolve)).then(() => {
      this.writeSave();
      status();
    });
    // A path is kept once it has a choice (or branched from one): a link that replays none adds nothing.
    this.recorded = Promise.resolve();
    if (game.path().steps.length > 0 || this.opts.branch) {
      const s = game.state();
      const entry = { storyVersion: save.storyVersion, steps: save.steps, ending: s.ending, year: s.year, finished: s.finished };
      const naming = { ...this.pathName(s), origin: this.opts.origin, branch: this.opts.branch };
      // The autosave slot is the truth: the app brings the library up to it on the next start.
      this.recorded = shown
        .then(() => library.record(pathId, entry, naming))
        .then((r) => {
          this.libraryProblem = r.ok ? null : r.message;
          this.libraryNote =
            r.ok && r.value.pruned.length
              ? `To make room in Your paths, the oldest unnamed, unfinished path (“${r.value.pruned.map((e) => e.name).join('”, “')}”) was removed.`
              : null;
          status();
        });
    }
  }

  /** Write the autosave not yet written, if any (after the frame, or as the page goes). */
  private readonly writeSave = (): void => {
    if (!this.unsaved) return;
    this.saveOk = this.opts.store.write(this.unsaved);
    this.unsaved = null;
  };

  private readonly onHide = (): void => {
    if (document.visibilityState === 'hidden') this.writeSave();
  };

  /** A played path is named by what makes it itself (engine/pathName.ts); an imported file keeps its name. */
  private pathName(s: GameState): { name: string; describes: boolean } {
    return this.opts.origin === 'file' ? { name: this.opts.name, describes: false } : { name: describePath(s), describes: true };
  }

  /** "Try another choice here" at a fork of this game (null: pick the fork first). */
  private async branchFromGame(step: number | null): Promise<void> {
    const { game, library, pathId } = this.opts;
    if (
      !library.available &&
      !game.state().finished &&
      !(await confirmDialog('Try another choice?', 'This browser cannot keep paths, so the game in progress will be replaced.', 'Go on'))
    )
      return;
    const target: BranchTarget = { id: pathId, name: (await library.get(pathId))?.name ?? this.opts.name, ...game.path() };
    const at = step ?? (await pickFork(this.opts.bundle, target));
    if (at !== null) this.opts.branchFrom(target, at);
  }

  private compareParent(): void {
    this.opts.compareParent(this.opts.pathId, this.recorded);
  }

  private async share(): Promise<void> {
    const s = this.opts.game.state();
    const entry = await this.opts.library.get(this.opts.pathId);
    void shareDialog({ name: entry?.name ?? this.opts.name, ...this.opts.game.path(), ending: s.ending, year: s.year });
  }

  private async compareHistory(): Promise<void> {
    const entry = await this.opts.library.get(this.opts.pathId);
    this.opts.compareHistory?.({ label: entry?.name ?? this.opts.name, ...this.opts.game.path() }, this.recorded);
  }

  /** Why? for every meter, opened at `meter`'s section when one was asked about. */
  private showWhy(meter?: MeterId | 'lives'): void {
    const g = this.opts.game;
    const s = g.state();
    void whyDialog((m) => g.why(m), s.meters, s.livesLost, meter);
  }

  private async openMenu(): Promise<void> {
    const choice = await openDialog(
      'Menu',
      [],
      [
        { label: 'Back to the game', value: 'close', primary: true },
        { label: 'Why? (what moved the meters)', value: 'why' },
        { label: "Who's who and terms", value: 'glossary' },
        { label: 'Share this path', value: 'share' },
        { label: 'Try another choice at an earlier fork', value: 'branch' },
        ...(this.opts.branch ? [{ label: 'Compare with the path it branched from', value: 'compare-parent' }] : []),
        { label: 'Your paths', value: 'paths' },
        { label: 'New game', value: 'new' },
        { label: 'Settings', value: 'settings' },
        { label: 'About', value: 'about' },
        { label: 'Title screen', value: 'title' },
      ],
      'menu',
    );
    if (choice === 'why') this.showWhy();
    if (choice === 'glossary') void glossaryDialog();
    if (choice === 'share') void this.share();
    if (choice === 'paths') this.opts.openPaths();
    if (choice === 'branch') void this.branchFromGame(null);
    if (choice === 'compare-parent') this.compareParent();
    if (choice === 'about') void aboutDialog();
    if (choice === 'settings') void openSettings();
    if (choice === 'title') this.opts.toTitle();
    if (choice === 'new') {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (sure) this.opts.restart();
    }
  }
}
