/**
 * The router: the title screen, the address hash (#new, #class, #p=<share code>) and which
 * screen is on show (the game, Your paths, the classroom). It decides what replaces what
 * and makes sure nothing the player made is lost on the way; the screens render.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { restore, type LoadProblem } from '../engine/save';
import type { AppStorage } from '../storage';
import { h } from './dom';
import { aboutDialog, confirmDialog } from './Dialogs';
import { defaultPathName, newEntryId, type LibraryEntry } from '../storage/library';
import { decodeLink } from '../engine/pathCode';
import { inputFromCode, type PathInput } from '../engine/compare';
import { PlayScreen } from './PlayScreen';
import { showTitleScreen } from './TitleScreen';
import type { BranchLink } from '../engine/branch';
import { compareWithParent, endingsSeenLine, startBranch, type BranchTarget } from './paths/branching';
import { readingChoice } from './readingMode';
import { compareWithHistory, flowchartOfPaths } from './paths/fromEnd';
import { describePath, endingWhen } from '../engine/pathName';
import { freshGame } from './opening/warmGame';
import { openSettings, reducedMotion } from './settings/current';
import { keepGameInProgress, keepUnreadableAside, newGameAsks, problemNotice } from './keepSafe';

export class App {
  private screen: PlayScreen | null = null;

  private readonly store: AppStorage['autosave'];
  private readonly library: AppStorage['library'];
  private readonly onHashChange = (): void => this.onHash();
  /** `earlyChoice`: an option pressed on the pre-rendered first fork (#new) before the engine was in. */
  constructor(
    private readonly root: HTMLElement,
    private readonly bundle: StoryBundle,
    private readonly storage: AppStorage,
    private earlyChoice: string | null = null,
  ) {
    this.store = storage.autosave;
    this.library = storage.library;
  }

  start(): void {
    this.root.removeAttribute('aria-busy');
    // A link to "#new" starts a game at once, the title not drawn only to be replaced (unless it must ask first).
    if (location.hash !== '#new' || newGameAsks(this.store, this.bundle) !== 'nothing') this.showTitle();
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
   * The autosave (written after every choice, once its frame is drawn) is the truth about the game in
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
    await this.library.record(
      saved.value.pathId,
      {
        storyVersion: saved.value.storyVersion,
        steps: saved.value.steps,
        ending: s.ending,
        year: s.year,
        finished: s.finished,
      },
      { name: describePath(s), origin: 'played', describes: true },
    );
  }

  showTitle(message?: string, problem?: LoadProblem): void {
    this.teardownGame();
    const saved = this.store.read();
    const shown = problem ?? (saved.kind === 'problem' ? saved.problem : null);
    showTitleScreen(
      this.root,
      {
        canContinue: saved.kind === 'ok',
        hasClassSession: this.storage.session.read().kind !== 'none',
        continueGame: () => this.continueSaved(),
        newGame: () => void this.newGame(),
        openPaths: () => void this.openPaths(),
        resumeClass: () => void this.openClass(true),
        runClass: () => void this.openClass(false),
        settings: () => void openSettings(),
        about: () => void aboutDialog(),
      },
      [message ? h('p', { class: 'notice', role: 'status' }, message) : null, shown ? problemNotice(shown, this.store) : null],
    );
    const screen = this.root.firstElementChild;
    screen?.querySelector('.title-menu')?.after(readingChoice());
    void this.librarySync
      .then(() => endingsSeenLine(this.library))
      .then((line) => {
        if (line && screen?.isConnected) screen.querySelector('.title-menu')?.after(line);
      });
  }

  /** Facilitator mode is its own chunk: a player never downloads it. */
  private async openClass(resume: boolean): Promise<void> {
    this.teardownGame();
    const { openClassroom } = await import('./classroom/entry');
    openClassroom({
      root: this.root,
      bundle: this.bundle,
      slot: this.storage.session,
      reducedMotion: reducedMotion(),
      resume,
      exit: (message) => this.showTitle(message),
    });
  }

  private async newGame(): Promise<void> {
    const asks = newGameAsks(this.store, this.bundle);
    // A save this version cannot load is kept aside, never overwritten.
    const go =
      asks === 'nothing' ||
      (asks === 'keep-aside'
        ? await keepUnreadableAside(this.store, 'Start a new game')
        : await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game'));
    // A choice pressed on the pre-rendered first fork is played once, in the game it was pressed for.
    const [early, game] = [this.earlyChoice, go ? freshGame(this.bundle) : null];
    this.earlyChoice = null;
    if (early) game?.chooseOption(early);
    if (game) this.play(game);
    // "#new" has done its work: a reload must resume this game, not ask to start another.
    if (location.hash === '#new') history.replaceState(null, '', location.pathname + location.search);
  }

  private continueSaved(): void {
    const saved = this.store.read();
    if (saved.kind !== 'ok') return this.showTitle();
    const result = restore(this.bundle, saved.value);
    if (!result.ok) return this.showTitle(undefined, result.problem);
    this.play(result.game, { pathId: saved.value.pathId ?? null });
  }

  private play(
    game: Game,
    opts: {
      pathId?: string | null;
      notice?: string;
      name?: string;
      origin?: LibraryEntry['origin'];
      branch?: BranchLink;
      parentOption?: string;
    } = {},
  ): void {
    this.teardownGame();
    this.screen = new PlayScreen({
      root: this.root,
      bundle: this.bundle,
      store: this.store,
      library: this.library,
      reducedMotion: reducedMotion(),
      game,
      pathId: opts.pathId ?? newEntryId(),
      name: opts.name ?? defaultPathName(new Date()),
      origin: opts.origin ?? 'played',
      notice: opts.notice,
      branch: opts.branch,
      parentOption: opts.parentOption,
      toTitle: () => this.showTitle(),
      openPaths: () => void this.openPaths(),
      branchFrom: (target, step) => this.branchFrom(target, step),
      compareParent: (id, recorded) => void this.compareParent(id, recorded),
      restart: () => this.play(freshGame(this.bundle)),
      compareHistory: (path, recorded) =>
        void this.leaveEnd(recorded, (root, onBack) => compareWithHistory({ root, bundle: this.bundle, path, onBack })),
      openFlowchart: (recorded) =>
        void this.leaveEnd(recorded, (root, onBack) => flowchartOfPaths({ root, bundle: this.bundle, library: this.library, onBack })),
    });
    this.screen.show();
  }

  /** A share link: replay its choices and show where they led; a bad code changes nothing. */
  private async openShared(link: string): Promise<void> {
    history.replaceState(null, '', location.pathname + location.search);
    const decoded = decodeLink(link);
    if (!decoded.ok) {
      this.showTitle();
      this.root
        .querySelector('.title-menu')
        ?.before(
          h(
            'div',
            { class: 'notice problem', role: 'alert', 'data-testid': 'link-problem' },
            h('p', {}, h('strong', {}, 'This share link could not be opened. '), decoded.problem.message),
            h('p', {}, 'Nothing in your saved game or your paths was changed.'),
          ),
        );
      return;
    }
    await this.openReplayed(inputFromCode(decoded.value, 'Shared path'), 'link');
  }

  /** Replay a path from a link or a file into a new game, kept in the library as its own path. */
  async openReplayed(input: PathInput, origin: 'link' | 'file'): Promise<void> {
    if (!(await keepGameInProgress(this.store, this.library, this.bundle))) return this.showTitle();
    const game = new Game(this.bundle);
    const { replayPath } = await import('../engine/compare');
    const replay = replayPath(this.bundle, input, game);
    const where = replay.ending ? `Its ending: ${endingWhen(replay.ending.id, replay.ending.year)}.` : `It stops in ${replay.year}.`;
    const notes = [
      `${origin === 'link' ? 'A shared path' : 'An imported path'}: ${replay.snapshots.length - 1} choices replayed. ${where}`,
      replay.notice,
      replay.stoppedAt !== null ? replay.message : null,
    ]
      .filter(Boolean)
      .join(' ');
    // A link's path is named by what makes it itself once kept; a file keeps its own name.
    this.play(game, { notice: notes, name: input.label, origin });
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
      branchEntry: (entry, step) => this.branchFrom(entry, step),
    });
  }

  private async continueEntry(entry: LibraryEntry): Promise<void> {
    const result = restore(this.bundle, entry);
    if (result.ok) {
      this.play(result.game, { pathId: entry.id, name: entry.name, origin: entry.origin, branch: entry.branch });
      return;
    }
    // The story changed: replay as far as it goes, as a new path; the original stays as it was.
    const go = await confirmDialog(
      'The story has changed',
      `${result.problem.message} You can carry on from there as a new path; “${entry.name}” is kept as it was.`,
      'Continue from there',
    );
    if (!go) return;
    const game = new Game(this.bundle);
    const { replayPath } = await import('../engine/compare');
    const replay = replayPath(this.bundle, { label: entry.name, storyVersion: entry.storyVersion, steps: entry.steps }, game);
    this.play(game, { name: `${entry.name} (continued)`, notice: replay.message ?? undefined });
  }

  /** A new path replayed to the fork of the parent's choice `step`, linked to the parent (kept as it was). */
  private branchFrom(parent: BranchTarget, step: number): void {
    const r = startBranch(this.bundle, parent, step);
    if (!r.ok) return this.showTitle(r.message);
    this.play(r.game, { name: r.name, notice: r.notice, branch: r.branch, parentOption: r.parentOption });
  }

  /** The branch `id` and the path it branched from, side by side (once its last write is done). */
  private async compareParent(id: string, recorded: Promise<void>): Promise<void> {
    await recorded;
    this.teardownGame();
    const r = await compareWithParent({
      root: this.root,
      bundle: this.bundle,
      library: this.library,
      branchId: id,
      onBack: () => void this.openPaths(),
    });
    if (!r.ok) void this.openPaths(r.message);
  }

  /** The end screen's compare and flowchart, once the last write is done (back to Your paths). */
  private async leaveEnd(recorded: Promise<void>, show: (root: HTMLElement, onBack: () => void) => Promise<void>): Promise<void> {
    await recorded;
    this.teardownGame();
    await show(this.root, () => void this.openPaths());
  }

  private teardownGame(): void {
    this.screen?.destroy();
    this.screen = null;
  }
}
