/**
 * The game screen both solo play and the classroom use: the top bar (brand, year, save
 * status and the screen's own controls), the map panel with its lazily loaded Phaser view,
 * and the meters. The screen supplies its main column; the shell renders a state and scene
 * into the shared parts and owns the map's life: it loads it once the first text is
 * painted, only for a screen still on the page, and destroys it with the screen.
 */
import type { GameState, MeterId, Scene } from '../engine/types';
import type { WorldView } from '../shared/worldView';
import type { Upcoming } from '../engine/Game';
import { h } from './dom';
import { MapPanel, mapNews } from './MapPanel';
import { MeterStrip } from './MeterStrip';
import { loadWorld } from './loadWorld';

export interface GameShellOptions {
  /** The brand in the top bar ("October Paths", "Class session"). */
  brand: string;
  /** Extra class on the screen ("facilitator"). */
  className?: string;
  reducedMotion: boolean;
  /** Top-bar items between the year and the save status (the classroom timer). */
  beforeStatus?: Node[];
  /** On narrow screens, fold the map under a "Map" button so the story comes first (solo play). */
  foldableMap?: boolean;
  /** Open Why? at a meter (from its gauge); without it the gauges are not buttons. */
  onMeter?: (meter: MeterId) => void;
  /** Top-bar buttons after the save status. */
  controls: Node[];
}

/** The top bar's Why? button (solo and classroom). */
export function whyButton(open: () => void): HTMLButtonElement {
  const b = h(
    'button',
    { type: 'button', class: 'menu-button why-button', 'aria-haspopup': 'dialog', title: 'What moved the meters' },
    'Why?',
  );
  b.addEventListener('click', open);
  return b;
}

let narrow: MediaQueryList | null = null;
/** The width at which narrow.css folds the map away under its button. */
const narrowScreen = (): MediaQueryList => (narrow ??= window.matchMedia('(max-width: 820px)'));

export class GameShell {
  readonly mapPanel = new MapPanel();
  readonly meters = new MeterStrip();
  readonly yearLabel = h('p', { class: 'year-label poster', 'aria-live': 'off' });
  readonly saveStatus = h('p', { class: 'save-status', role: 'status' });
  /** On narrow screens the map folds away under this button, one tap from the story. */
  readonly mapButton = h(
    'button',
    {
      type: 'button',
      class: 'menu-button map-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'game-map',
    },
    'Map',
  );
  /** Says the map's changes aloud while the map is folded away (its own list is hidden then). */
  readonly mapNews = h('p', { class: 'visually-hidden', role: 'status', 'data-testid': 'map-news' });
  /** The map and meters column, for the screen to place in its layout. */
  readonly worldColumn = h('div', { class: 'world-column' }, this.mapPanel.el, this.meters.el);
  private world: WorldView | null = null;
  private latest: { state: GameState; scene: Scene } | null = null;
  /** What each option of the latest scene leads to, once played ahead (drawn when the map is in). */
  private next: readonly Upcoming[] | null = null;
  private destroyed = false;
  private root: HTMLElement | null = null;
  private mapChanges = -1;

  constructor(private readonly opts: GameShellOptions) {
    this.mapPanel.el.id = 'game-map';
    this.mapButton.addEventListener('click', () => this.toggleMap());
    if (opts.onMeter) this.meters.offerWhy(opts.onMeter);
  }

  /** Open or fold the map (narrow screens; on wide ones the map is always shown). */
  toggleMap(open = this.mapButton.getAttribute('aria-expanded') !== 'true'): void {
    this.mapButton.setAttribute('aria-expanded', String(open));
    this.root?.classList.toggle('map-open', open);
    if (open) this.markMapNews(false);
  }

  /** Say on the folded map's button that the map changed since it was last open. */
  private markMapNews(news: boolean): void {
    this.mapButton.replaceChildren('Map', ...(news ? [h('span', { class: 'map-news' }, ' • new')] : []));
  }

  /** The whole screen around the screen's own main element. */
  screen(main: HTMLElement): HTMLElement {
    const classes = ['game-screen', this.opts.className, this.opts.foldableMap ? 'foldable-map' : ''].filter(Boolean).join(' ');
    this.root = h(
      'div',
      { class: classes },
      h(
        'header',
        { class: 'top-bar' },
        h('p', { class: 'brand poster' }, this.opts.brand),
        this.yearLabel,
        ...(this.opts.beforeStatus ?? []),
        this.saveStatus,
        this.opts.foldableMap ? this.mapButton : null,
        ...this.opts.controls,
      ),
      this.mapNews,
      main,
    );
    return this.root;
  }

  /** Draw ahead what the map and meters would show after each option (see WorldView.prepare). */
  prepare(next: readonly Upcoming[]): void {
    this.next = next;
    this.world?.prepare(next);
  }

  /** Render the shared parts: the year, the meters, the map's text and (once loaded) the map. */
  show(state: GameState, scene: Scene): void {
    this.latest = { state, scene };
    this.next = null;
    this.yearLabel.textContent = scene.date || String(scene.year);
    this.meters.update(state, scene.effects);
    this.mapPanel.update(state);
    const changes = state.mapLog.length;
    // On the first show, the choice that led here (pressed before the engine was in, or the
    // last one of a resumed game) is news too if it moved the map.
    const changed = this.mapChanges >= 0 ? changes > this.mapChanges : scene.mapChanges.length > 0;
    if (changed && this.mapButton.getAttribute('aria-expanded') !== 'true') this.markMapNews(true);
    this.mapChanges = changes;
    // Folded (display: none), the map panel's own live list is silent: say the changes here.
    // Asked of the screen's width, not the panel's style: reading style here would work out the
    // whole new page's style inside the choice's click (narrow.css folds the map at 820 px).
    const folded = this.opts.foldableMap === true && !this.root?.classList.contains('map-open') && narrowScreen().matches;
    this.mapNews.textContent = folded ? mapNews(scene.mapChanges) : '';
    this.world?.update(state, scene);
  }

  /** Load the Phaser view after the first paint: the map must cost the reader nothing. */
  loadMapSoon(): void {
    requestAnimationFrame(() => setTimeout(() => void this.loadMap(), 0));
  }

  private async loadMap(): Promise<void> {
    if (this.world || this.destroyed) return;
    const world = await loadWorld(this.mapPanel, this.opts.reducedMotion, {
      // A screen left while Phaser was loading gets no map (it would never be destroyed).
      stillWanted: () => !this.destroyed && this.mapPanel.el.isConnected,
      onMeter: this.opts.onMeter,
      onReady: (w) => {
        // Only the map draws: re-rendering the story or the vote panel would take focus or
        // wipe the counts being typed while the map was loading.
        if (this.latest) w.update(this.latest.state, this.latest.scene);
        if (this.next) w.prepare(this.next);
      },
    });
    if (this.destroyed) world?.destroy();
    else this.world = world;
  }

  destroy(): void {
    this.destroyed = true;
    this.world?.destroy();
    this.world = null;
    document.body.classList.remove('world-ready');
  }
}
