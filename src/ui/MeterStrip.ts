/**
 * The seven meters and two tallies as DOM: ARIA meters with names, values and their latest
 * change (an arrow and a number, never colour alone). On narrow screens this is the compact
 * strip always in view above the story; on wide ones Phaser draws the meters and this strip
 * is kept for screen readers (and tests). Each meter has a button that opens Why? at it.
 */
import { METERS, METER_LABELS, type Effect, type GameState, type MeterId } from '../engine/types';
import { h } from './dom';
import { formatDelta, formatPeople } from '../shared/numbers';
import { territoryReading } from '../shared/territory';

interface MeterParts {
  root: HTMLElement;
  value: HTMLElement;
  change: HTMLElement;
  fill: HTMLElement;
  why: HTMLButtonElement;
}

export class MeterStrip {
  readonly el: HTMLElement;
  private readonly meters = new Map<MeterId, MeterParts>();
  private readonly lives: HTMLElement;
  private readonly territory: HTMLElement;
  private onWhy: ((meter: MeterId) => void) | null = null;

  constructor() {
    this.el = h('section', { class: 'meter-strip', 'aria-label': 'Meters' });
    const list = h('div', { class: 'meter-list', role: 'group', 'aria-label': 'Seven meters, 0 to 100' });
    for (const id of METERS) {
      const { name, hint } = METER_LABELS[id];
      const value = h('span', { class: 'meter-value' }, '0');
      const change = h('span', { class: 'meter-change' });
      const fill = h('span', { class: 'meter-fill' });
      const root = h(
        'div',
        {
          class: `meter meter-${id}`,
          role: 'meter',
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': 0,
          'aria-label': name,
          'data-meter': id,
          title: hint,
        },
        h('span', { class: 'meter-name' }, name),
        h('span', { class: 'meter-reading' }, value, change),
        h('span', { class: 'meter-track', 'aria-hidden': 'true' }, fill),
      );
      // Over the whole cell, so a tap on the gauge opens Why? at it (hidden until Why? is offered).
      const why = h('button', {
        type: 'button',
        class: 'meter-why',
        'aria-label': `Why? ${name}`,
        'aria-haspopup': 'dialog',
        hidden: true,
      });
      why.addEventListener('click', () => this.onWhy?.(id));
      list.append(h('div', { class: 'meter-cell' }, root, why));
      this.meters.set(id, { root, value, change, fill, why });
    }
    this.lives = h('span', { class: 'tally-value', 'data-tally': 'lives' }, '0');
    this.territory = h('span', { class: 'tally-value', 'data-tally': 'territory' }, '0%');
    this.el.append(
      list,
      h(
        'p',
        { class: 'tallies' },
        h('span', { class: 'tally' }, h('span', { class: 'tally-name' }, 'Lives lost '), this.lives),
        h('span', { class: 'tally' }, h('span', { class: 'tally-name' }, 'Territory '), this.territory),
      ),
    );
  }

  /** Offer Why? from each meter. */
  offerWhy(open: (meter: MeterId) => void): void {
    this.onWhy = open;
    for (const m of this.meters.values()) m.why.hidden = false;
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
      // The latest change as text: ▲ up, ▼ down (read out in aria-valuetext above).
      m.change.textContent = total === 0 ? '' : `${total > 0 ? '▲' : '▼'}${Math.abs(total)}`;
      m.change.dataset.dir = total > 0 ? 'up' : total < 0 ? 'down' : '';
      m.change.setAttribute('aria-hidden', 'true');
      m.fill.style.width = `${v}%`;
    }
    this.lives.textContent = formatPeople(state.livesLost);
    const territory = territoryReading(state);
    this.territory.textContent = territory.text;
    this.territory.title = territory.title;
  }
}
