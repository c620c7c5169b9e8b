/**
 * The DOM around the Phaser map: the canvas host, the legend, and the text alternative —
 * every map change written out and announced politely, so the map never carries
 * information alone.
 */
import { CONTROLS, type Control, type GameState, type MapChange } from '../engine/types';
import { region } from '../engine/regions';
import { h } from './dom';
import { CONTROL_COLOURS, CONTROL_MARKS, CONTROL_NAMES } from './format';

export function describeChange(c: MapChange): string {
  return `${c.year}: ${region(c.region)?.name ?? c.region} — ${CONTROL_NAMES[c.control]}`;
}

export class MapPanel {
  readonly el: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly changes: HTMLElement;
  private readonly status: HTMLElement;

  constructor() {
    this.canvasHost = h('div', { class: 'world-canvas', 'data-testid': 'world-canvas', 'aria-hidden': 'true' });
    this.status = h('p', { class: 'map-status' }, 'Loading the map…');
    this.legend = h('ul', { class: 'legend', 'aria-label': 'Map legend' });
    this.changes = h('ol', { class: 'map-changes', 'aria-live': 'polite', 'aria-label': 'Map changes', tabindex: 0 });
    this.el = h(
      'section',
      { class: 'map-panel', 'aria-label': 'Map of Eurasia' },
      this.canvasHost,
      this.status,
      h('div', { class: 'map-text' },
        this.legend,
        h('details', { class: 'map-log' }, h('summary', {}, 'Map changes so far'), this.changes),
      ),
    );
  }

  setStatus(text: string): void {
    this.status.textContent = text;
    this.status.hidden = text === '';
  }

  update(state: GameState): void {
    const shown = new Set<Control>(Object.values(state.control));
    this.legend.replaceChildren(
      ...CONTROLS.filter((c) => shown.has(c)).map((c) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, CONTROL_MARKS[c]);
        swatch.style.background = CONTROL_COLOURS[c];
        return h('li', {}, swatch, CONTROL_NAMES[c]);
      }),
    );
    const items = state.mapLog.map((c) => h('li', {}, describeChange(c)));
    this.changes.replaceChildren(...items.reverse());
  }
}
