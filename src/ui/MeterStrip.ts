/**
 * The seven meters and two tallies as DOM: ARIA meters with names and values. Visible until
 * the Phaser meters are drawn, then kept for screen readers (and tests) only.
 */
import { METERS, METER_LABELS, type Effect, type GameState, type MeterId } from '../engine/types';
import { h } from './dom';
import { formatDelta, formatPeople, formatShare } from './format';

export class MeterStrip {
  readonly el: HTMLElement;
  private readonly meters = new Map<MeterId, { root: HTMLElement; value: HTMLElement; fill: HTMLElement }>();
  private readonly lives: HTMLElement;
  private readonly territory: HTMLElement;

  constructor() {
    this.el = h('section', { class: 'meter-strip', 'aria-label': 'Meters' });
    const list = h('div', { class: 'meter-list', role: 'group', 'aria-label': 'Seven meters, 0 to 100' });
    for (const id of METERS) {
      const { name, hint } = METER_LABELS[id];
      const value = h('span', { class: 'meter-value' }, '0');
      const fill = h('span', { class: 'meter-fill' });
      const root = h(
        'div',
        { class: `meter meter-${id}`, role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-label': name, 'data-meter': id, title: hint },
        h('span', { class: 'meter-name' }, name),
        h('span', { class: 'meter-track', 'aria-hidden': 'true' }, fill),
        value,
      );
      list.append(root);
      this.meters.set(id, { root, value, fill });
    }
    this.lives = h('span', { class: 'tally-value', 'data-tally': 'lives' }, '0');
    this.territory = h('span', { class: 'tally-value', 'data-tally': 'territory' }, '0%');
    this.el.append(
      list,
      h('p', { class: 'tallies' },
        h('span', { class: 'tally' }, h('span', { class: 'tally-name' }, 'Lives lost '), this.lives),
        h('span', { class: 'tally' }, h('span', { class: 'tally-name' }, 'Territory '), this.territory),
      ),
    );
  }

  update(state: GameState, effects: readonly Effect[]): void {
    for (const id of METERS) {
      const m = this.meters.get(id);
      if (!m) continue;
      const v = state.meters[id];
      const moved = effects.filter((e) => e.meter === id && e.delta !== 0);
      const total = moved.reduce((s, e) => s + e.delta, 0);
      const change = moved.length ? `, ${formatDelta(total)}: ${moved.map((e) => e.reason).join('; ')}` : '';
      m.root.setAttribute('aria-valuenow', String(v));
      m.root.setAttribute('aria-valuetext', `${v} of 100${change}`);
      m.value.textContent = String(v);
      m.fill.style.width = `${v}%`;
    }
    this.lives.textContent = formatPeople(state.livesLost);
    this.territory.textContent = formatShare(state.territory);
    this.territory.title = 'Share of the former Russian Empire held by the government in Petrograd or Moscow';
  }
}
