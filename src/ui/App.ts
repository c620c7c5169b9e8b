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
import { SaveStore } from './SaveStore';
import type { WorldView } from './WorldViewPort';

export class App {
  private game: Game | null = null;
  private world: WorldView | null = null;
  private worldLoading = false;
  private keyHandler: ((e: KeyboardEvent) => void) | null = null;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  constructor(
    private readonly root: HTMLElement,
    private readonly bundle: StoryBundle,
    private readonly store: SaveStore,
  ) {}

  start(): void {
    this.root.removeAttribute('aria-busy');
    this.showTitle();
    // A link to "#new" starts a game at once (it still asks before replacing one in progress).
    if (location.hash === '#new') void this.newGame();
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
    if (saved.kind === 'problem' || (saved.kind === 'ok' && !restore(this.bundle, saved.save).ok)) {
      this.store.keepAside();
    } else if (saved.kind === 'ok' && saved.save.steps.length > 0) {
      const sure = await confirmDialog('Start a new game?', 'Your game in progress will be replaced by a new one.', 'Start a new game');
      if (!sure) return;
    }
    this.play(new Game(this.bundle));
  }

  private continueSaved(): void {
    const saved = this.store.read();
    if (saved.kind !== 'ok') return this.showTitle();
    const result = restore(this.bundle, saved.save);
    if (!result.ok) {
      this.showTitle();
      const note = this.root.querySelector('.title-menu');
      note?.before(this.problemNotice(result.problem));
      return;
    }
    this.play(result.game);
  }

  private play(game: Game): void {
    this.teardownGame();
    this.game = game;
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
      const saved = this.game ? this.store.write(makeSave(this.game)) : false;
      saveStatus.textContent = saved ? 'Saved' : 'Not saved: this browser is blocking storage';
    };
    this.keyHandler = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
      if (narrative.handleKey(e.key)) e.preventDefault();
    };
    document.addEventListener('keydown', this.keyHandler);

    this.render(false);
    this.store.write(makeSave(game));
    // Start reading at the top; number keys and Tab reach the choices.
    narrative.el.querySelector<HTMLElement>('.scene')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // The map must cost the reader nothing: load Phaser once the first text is painted.
    requestAnimationFrame(() => setTimeout(() => void this.loadWorld(mapPanel), 0));
  }

  private render: (moveFocus: boolean) => void = () => {};
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
    try {
      const { createWorldView } = await import('../scenes/createWorldView');
      if (!this.game) return;
      this.world = createWorldView({
        host: panel.canvasHost,
        reducedMotion: this.reducedMotion,
        onSelect: (id) => panel.select(id),
        onReady: () => {
          if (this.world) panel.connect(this.world);
          panel.setStatus('');
          document.body.classList.add('world-ready');
          this.render(false);
        },
      });
    } catch (e) {
      panel.setStatus('The map could not be drawn in this browser; the story and meters work without it.');
      console.warn('Map unavailable:', e);
    } finally {
      this.worldLoading = false;
    }
  }

  private async restartFromEnd(): Promise<void> {
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
      { label: 'New game', value: 'new' },
      { label: 'About', value: 'about' },
      { label: 'Title screen', value: 'title' },
    ], 'menu');
    if (choice === 'why') this.showWhy();
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
    this.world?.destroy();
    this.world = null;
    document.body.classList.remove('world-ready');
    this.game = null;
  }
}
