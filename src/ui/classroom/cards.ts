/** Role cards on screen (one per advocate at the fork) and as a printed set. */
import type { Group } from '../../engine/classroom';
import { groupOf } from '../../engine/classroom';
import type { RoleCard } from '../../engine/roles';
import { FORK_NAMES, type ChoiceView } from '../../engine/types';
import { h } from '../dom';

function cardBody(card: RoleCard, group: string | null, argues: string): HTMLElement[] {
  return [
    h('p', { class: 'role-who' }, card.who),
    h('p', { class: 'role-position' }, h('strong', {}, 'Position: '), card.position),
    argues ? h('p', { class: 'role-argues hint' }, `Argues for: ${argues}`) : h('span', {}),
    h('h4', {}, 'In their words'),
    h('ul', { class: 'role-arguments' }, ...card.arguments.map((a) => h('li', {}, a))),
    h('p', { class: 'role-fears' }, h('strong', {}, 'What they fear: '), card.fears),
    group ? h('p', { class: 'role-group hint' }, `Played by ${group}`) : h('span', {}),
  ];
}

/** A card at the current fork: a disclosure, so a projector shows names until opened. */
export function roleCardView(card: RoleCard, group: string | null, choices: readonly ChoiceView[]): HTMLElement {
  const argues = choices
    .filter((c) => card.options.includes(c.option))
    .map((c) => `${c.index + 1}. ${c.text}`)
    .join('; ');
  return h(
    'details',
    { class: 'role-card', 'data-role': card.role },
    h('summary', {}, h('span', { class: 'role-name' }, card.role), group ? h('span', { class: 'role-group-chip' }, group) : null),
    ...cardBody(card, group, argues),
  );
}

/** Print every card of the lesson, one per half page, grouped by the group that plays it. */
export function printRoleCards(cards: readonly RoleCard[], groups: readonly Group[]): void {
  const sorted = [...cards].sort((a, b) => {
    const ga = groups.findIndex((g) => g.roles.includes(a.role));
    const gb = groups.findIndex((g) => g.roles.includes(b.role));
    return ga - gb;
  });
  const sheet = h(
    'section',
    { class: 'print-sheet role-cards-print', 'aria-hidden': 'true' },
    ...sorted.map((card) =>
      h(
        'article',
        { class: 'print-card' },
        h('header', {}, h('h3', {}, card.role), h('p', { class: 'print-fork' }, FORK_NAMES[card.fork])),
        ...cardBody(card, groupOf(groups, card.role), ''),
      ),
    ),
  );
  document.body.append(sheet);
  document.body.classList.add('printing-cards');
  const done = (): void => {
    sheet.remove();
    document.body.classList.remove('printing-cards');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
