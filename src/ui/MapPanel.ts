/**
 * The DOM around the Phaser map: the canvas host, the view controls, the legend, and the
 * text alternative — every map change written out and announced politely, and every named
 * region listed with who holds it, so the map never carries information alone.
 *
 * The canvas host is aria-hidden; keyboard control of the map lives on a focusable wrapper
 * around it, and region details on a DOM card. All of it works before (or without) the map:
 * the list and the card read the game state, the map only mirrors the selection.
 */
import { CONTROLS, type Control, type GameState, type MapChange } from '../engine/types';
import { REGIONS, region, type RegionInfo } from '../engine/regions';
import { ERAS } from '../engine/eras';
import { h } from './dom';
import { CONTROL_COLOURS, CONTROL_MARKS, controlName } from '../shared/palette';
import type { WorldView } from '../shared/worldView';
import './map.css';

export function describeChange(c: MapChange): string {
  return `${c.year}: ${region(c.region)?.name ?? c.region} — ${controlName(c.control, c.year)}`;
}

/** Most regions named in one announcement; the rest are counted ("and 12 more"). */
const NEWS_NAMES = 4;

/** A scene's map changes in one sentence for a screen reader: "Map: Ukraine now Independent." */
export function mapNews(changes: readonly MapChange[]): string {
  if (!changes.length) return '';
  const said = changes.slice(0, NEWS_NAMES).map((c) => `${region(c.region)?.name ?? c.region} now ${controlName(c.control, c.year)}`);
  const more = changes.length - said.length;
  return `Map: ${said.join('; ')}${more ? `; and ${more} more (open the map for all)` : ''}.`;
}

/** CSS pixels per arrow-key press (Shift for a bigger step). */
const PAN_STEP = 80;
const ZOOM_STEP = 1.5;

const NAMED = REGIONS.filter((r) => r.name !== '');

export class MapPanel {
  readonly el: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly view: HTMLElement;
  private readonly tools: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly eraCaption: HTMLElement;
  private readonly changes: HTMLElement;
  private readonly status: HTMLElement;
  private readonly card: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly regionButtons = new Map<string, { button: HTMLButtonElement; control: HTMLElement }>();
  private readonly regionListsEl = h('div', { class: 'region-lists' });
  private legendKey = '';
  private world: WorldView | null = null;
  private state: GameState | null = null;
  private selected: string | null = null;

  constructor() {
    this.canvasHost = h('div', { class: 'world-canvas', 'data-testid': 'world-canvas', 'aria-hidden': 'true' });
    this.view = h('div', { class: 'map-view', role: 'group', 'aria-label': 'Map view', 'aria-describedby': 'map-keys' }, this.canvasHost);
    this.view.addEventListener('keydown', (e) => this.onKey(e));
    this.tools = h(
      'div',
      { class: 'map-tools', role: 'group', 'aria-label': 'Map zoom', hidden: true },
      this.toolButton('+', 'Zoom in', () => this.world?.zoom(ZOOM_STEP)),
      this.toolButton('−', 'Zoom out', () => this.world?.zoom(1 / ZOOM_STEP)),
      this.toolButton('⟲', 'Reset view', () => this.world?.resetView()),
    );
    this.card = h('section', { class: 'region-card', hidden: true, 'aria-labelledby': 'region-card-name' });
    this.status = h('p', { class: 'map-status' }, 'Loading the map…');
    this.announcer = h('p', { class: 'visually-hidden', role: 'status' });
    this.legend = h('ul', { class: 'legend', 'aria-label': 'Map legend' });
    this.eraCaption = h('p', { class: 'map-era', 'data-testid': 'map-era', hidden: true });
    this.changes = h('ol', { class: 'map-changes', 'aria-live': 'polite', 'aria-label': 'Map changes', tabindex: 0 });
    this.el = h(
      'section',
      { class: 'map-panel', 'aria-label': 'Map of Eurasia' },
      h(
        'div',
        { class: 'map-stage' },
        this.view,
        this.tools,
        // Over the map's top-left corner on wide screens, under the map on phones.
        h(
          'div',
          { class: 'map-corner' },
          // The era's borders, titled on the map itself.
          this.eraCaption,
          this.card,
          h(
            'p',
            { class: 'map-keys', id: 'map-keys' },
            'Arrow keys move the map, + and − zoom, 0 resets the view. Every region is listed under the map.',
          ),
        ),
      ),
      this.status,
      this.announcer,
      h(
        'div',
        { class: 'map-text' },
        this.legend,
        this.regionDetails(),
        h('details', { class: 'map-log' }, h('summary', {}, 'Map changes so far'), this.changes),
      ),
    );
  }

  /** The map is drawn: its controls become usable and it mirrors the selection. */
  connect(world: WorldView): void {
    this.world = world;
    this.tools.hidden = false;
    this.view.tabIndex = 0;
    world.select(this.selected);
  }

  setStatus(text: string): void {
    this.status.textContent = text;
    this.status.hidden = text === '';
  }

  update(state: GameState): void {
    this.state = state;
    const shown = new Set<Control>(Object.values(state.control));
    this.eraCaption.textContent = state.era ? `Borders: ${ERAS[state.era].title}` : '';
    this.eraCaption.hidden = !state.era;
    // The legend changes only when a side appears or goes, or is renamed with the years.
    const legend = CONTROLS.filter((c) => shown.has(c));
    const legendKey = legend.map((c) => this.nameOf(c)).join('|');
    if (legendKey !== this.legendKey) {
      this.legendKey = legendKey;
      this.legend.replaceChildren(
        ...legend.map((c) => {
          const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, CONTROL_MARKS[c]);
          swatch.style.background = CONTROL_COLOURS[c];
          return h('li', {}, swatch, this.nameOf(c));
        }),
      );
    }
    const items = state.mapLog.map((c) => h('li', {}, describeChange(c)));
    this.changes.replaceChildren(...items.reverse());
    for (const r of NAMED) {
      const entry = this.regionButtons.get(r.id);
      if (entry) entry.control.textContent = this.nameOf(this.controlOf(r));
    }
    this.renderCard();
  }

  /**
   * Show a region's details (null closes them). From the map the region is already in view;
   * from the list, the map brings it into view.
   */
  select(id: string | null, fromMap = true): void {
    const info = id ? region(id) : undefined;
    this.selected = info?.name ? info.id : null;
    for (const [rid, { button }] of this.regionButtons) button.setAttribute('aria-pressed', String(rid === this.selected));
    this.renderCard();
    this.world?.select(this.selected, !fromMap);
    this.announcer.textContent = info && this.selected ? this.summary(info) : '';
  }

  /** A side's name in the year on screen. */
  private nameOf(c: Control): string {
    return controlName(c, this.state?.year ?? 1917);
  }

  private controlOf(r: RegionInfo): Control {
    return this.state?.control[r.id] ?? r.initial;
  }

  private history(r: RegionInfo): MapChange[] {
    return this.state?.mapLog.filter((c) => c.region === r.id) ?? [];
  }

  private summary(r: RegionInfo): string {
    const n = this.history(r).length;
    const changes = n === 0 ? 'no changes yet' : n === 1 ? '1 change' : `${n} changes`;
    return `${r.name}: held by ${this.nameOf(this.controlOf(r))}; ${changes} in this playthrough.`;
  }

  private renderCard(): void {
    const r = this.selected ? region(this.selected) : undefined;
    this.card.hidden = !r;
    if (!r) {
      this.card.replaceChildren();
      return;
    }
    const control = this.controlOf(r);
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, CONTROL_MARKS[control]);
    swatch.style.background = CONTROL_COLOURS[control];
    const close = h('button', { type: 'button', class: 'region-close', 'aria-label': 'Close region details' }, '×');
    close.addEventListener('click', () => {
      const back = this.regionButtons.get(r.id)?.button;
      this.select(null);
      // Focus would otherwise fall to the page; return it to where the region was picked.
      if (back?.checkVisibility()) back.focus();
      else if (this.view.tabIndex === 0) this.view.focus();
    });
    const log = this.history(r);
    this.card.replaceChildren(
      h('div', { class: 'region-card-head' }, h('p', { class: 'region-name', id: 'region-card-name' }, r.name), close),
      h('p', { class: 'region-held' }, 'Held by', swatch, h('strong', {}, this.nameOf(control))),
      log.length
        ? h(
            'ol',
            { class: 'region-log', 'aria-label': `Changes to ${r.name} in this playthrough` },
            ...log.map((c) => h('li', {}, h('span', { class: 'region-year' }, String(c.year)), ' ', controlName(c.control, c.year))),
          )
        : h('p', { class: 'region-log-empty' }, 'No changes yet in this playthrough.'),
    );
  }

  /**
   * "Regions", a closed disclosure: its list of every named region is built when it is first
   * opened (a summary's click, by mouse or keyboard, comes before it opens), not with the screen.
   */
  private regionDetails(): HTMLElement {
    const summary = h('summary', {}, 'Regions');
    const details = h('details', { class: 'map-regions' }, summary, this.regionListsEl);
    summary.addEventListener('click', () => this.buildRegionLists());
    details.addEventListener('toggle', () => {
      if (details.open) this.buildRegionLists();
    });
    return details;
  }

  private buildRegionLists(): void {
    if (this.regionButtons.size) return;
    this.regionListsEl.append(...this.regionLists());
    if (this.selected) this.regionButtons.get(this.selected)?.button.setAttribute('aria-pressed', 'true');
  }

  /** Every named region as a button: the Empire's first, then the rest of Europe and Asia. */
  private regionLists(): HTMLElement[] {
    const groups: [string, string, RegionInfo[]][] = [
      ['regions-empire', 'The former Russian Empire', NAMED.filter((r) => r.inEmpire)],
      ['regions-world', 'Europe and Asia', NAMED.filter((r) => !r.inEmpire)],
    ];
    return groups.flatMap(([id, title, list]) => [
      h('p', { class: 'region-group', id }, title),
      h(
        'ul',
        { class: 'region-list', 'aria-labelledby': id },
        ...[...list].sort((a, b) => a.name.localeCompare(b.name)).map((r) => h('li', {}, this.regionButton(r))),
      ),
    ]);
  }

  private regionButton(r: RegionInfo): HTMLButtonElement {
    const control = h('span', { class: 'region-control' }, this.nameOf(this.controlOf(r)));
    const button = h(
      'button',
      { type: 'button', class: 'region-button', 'aria-pressed': 'false' },
      h('span', { class: 'region-button-name' }, r.name),
      h('span', { class: 'visually-hidden' }, ': '),
      control,
    );
    button.addEventListener('click', () => this.select(this.selected === r.id ? null : r.id, false));
    this.regionButtons.set(r.id, { button, control });
    return button;
  }

  private toolButton(text: string, label: string, action: () => void): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'map-tool', 'aria-label': label, title: label }, text);
    b.addEventListener('click', action);
    return b;
  }

  /** Keys on the focused map view; handled keys go no further (0 is not a choice key here). */
  private onKey(e: KeyboardEvent): void {
    const world = this.world;
    if (!world || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? PAN_STEP * 3 : PAN_STEP;
    const actions: Record<string, () => void> = {
      // A drag to the right shows what lies to the left: the arrow names the direction you look.
      ArrowLeft: () => world.pan(step, 0),
      ArrowRight: () => world.pan(-step, 0),
      ArrowUp: () => world.pan(0, step),
      ArrowDown: () => world.pan(0, -step),
      '+': () => world.zoom(ZOOM_STEP),
      '=': () => world.zoom(ZOOM_STEP),
      '-': () => world.zoom(1 / ZOOM_STEP),
      _: () => world.zoom(1 / ZOOM_STEP),
      '0': () => world.resetView(),
    };
    if (this.selected) actions.Escape = () => this.select(null);
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  }
}
