/**
 * The stakes of an option, shown before choosing: a compact row of the meters it moves, each
 * with ▲ or ▼ (no numbers), and "Lives" when it costs lives; screen readers get a sentence
 * ("Raises Bread and Army; lowers Land; costs lives") as the option's description.
 * Colour only repeats what the arrow already says.
 */
import { describeStakes, type ChoicePreview } from '../engine/preview';
import { METER_LABELS } from '../engine/types';
import { h } from './dom';
import './stakes.css';

let counter = 0;

/** The visible row (hidden from screen readers) and the sentence they read instead. */
export function stakesRow(p: ChoicePreview): { row: HTMLElement; description: HTMLElement } {
  const chips = p.meters.map(({ meter, direction }) =>
    h(
      'span',
      { class: `stake stake-${direction}`, 'data-meter': meter, 'data-direction': direction },
      h('span', { class: 'stake-arrow' }, direction === 'up' ? '▲' : '▼'),
      METER_LABELS[meter].name,
    ),
  );
  if (p.costsLives)
    chips.push(h('span', { class: 'stake stake-lives', 'data-meter': 'lives' }, h('span', { class: 'stake-arrow' }, '✝'), 'Lives'));
  if (!chips.length) chips.push(h('span', { class: 'stake stake-none' }, 'No meter moves'));
  const row = h('span', { class: 'stakes', 'aria-hidden': 'true', 'data-testid': 'stakes' }, ...chips);
  const description = h('span', { id: `stakes-${++counter}`, hidden: true, class: 'stakes-text' }, describeStakes(p));
  return { row, description };
}

/** Put an option's stakes inside `target` and describe `described` (a button, an input) by them. */
export function attachStakes(target: HTMLElement, described: HTMLElement, p: ChoicePreview | undefined): void {
  if (!p) return;
  const { row, description } = stakesRow(p);
  target.append(row, description);
  described.setAttribute('aria-describedby', description.id);
}

/** The key above the options (screen readers get each option's sentence instead). */
export function stakesKey(): HTMLElement {
  return h('p', { class: 'stakes-key', 'aria-hidden': 'true' }, '▲ raises · ▼ lowers a meter before the next fork · ✝ costs lives');
}
