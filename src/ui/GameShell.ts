/**
 * The game screen both solo play and the classroom use: the top bar (brand, year, save
 * status and the screen's own controls), the map panel with its lazily loaded Phaser view,
 * and the meters. The screen supplies its main column; the shell renders a state and scene
 * into the shared parts and owns the map's life: it loads it once the first text is
 * painted, only for a screen still on the page, and destroys it with the screen.
 */
import type { GameState, Scene } from '../engine/types';
import type { WorldView } from '../shared/worldView';
import { h } from './dom';
import { MapPanel } from './MapPanel';
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
  /** Top-bar buttons after the save status. */
  controls: Node[];
}

export class GameShell {
  readonly mapPanel = new MapPanel();
  readonly meters = new MeterStrip();
  readonly yearLabel = h('p', { class: 'year-label poster', 'aria-live': 'off' });
  readonly saveStatus = h('p', { class: 'save-status', role: 'status' });
  /** The map and meters column, for the screen to place in its layout. */
  readonly worldColumn = h('div', { class: 'world-column' }, this.mapPanel.el, this.meters.el);
  private world: WorldView | null = null;
  private latest: { state: GameState; scene: Scene } | null = null;
  private destroyed = false;

  constructor(private readonly opts: GameShellOptions) {}

  /** The whole screen around the screen's own main element. */
  screen(main: HTMLElement): HTMLElement {
    return h('div', { class: this.opts.className ? `game-screen ${this.opts.className}` : 'game-screen' },
      h('header', { class: 'top-bar' },
        h('p', { class: 'brand poster' }, this.opts.brand),
        this.yearLabel,
        ...(this.opts.beforeStatus ?? []),
        this.saveStatus,
        ...this.opts.controls,
      ),
      main,
    );
  }

  /** Render the shared parts: the year, the meters, the map's text and (once loaded) the map. */
  show(state: GameState, scene: Scene): void {
    this.latest = { state, scene };
    this.yearLabel.textContent = scene.date || String(scene.year);
    this.meters.update(state, scene.effects);
    this.mapPanel.update(state);
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
      onReady: (w) => {
        // Only the map draws: re-rendering the story or the vote panel would take focus or
        // wipe the counts being typed while the map was loading.
        if (this.latest) w.update(this.latest.state, this.latest.scene);
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
