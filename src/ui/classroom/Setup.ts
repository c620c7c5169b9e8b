/**
 * The lesson setup screen: span, timer, history cards, groups and who plays which role.
 * Every change is a move of engine/lesson.ts on the lesson; this view only renders it.
 */
import { SPANS, type Lesson } from '../../engine/classroom';
import {
  assignRole,
  cardsInSpan,
  chooseGroupCount,
  chooseSpan,
  chooseTimerMinutes,
  dealAgain,
  dealSpanRoles,
  rolesInSpan,
  MAX_GROUPS,
  MAX_TIMER_MINUTES,
  MIN_GROUPS,
  MIN_TIMER_MINUTES,
} from '../../engine/lesson';
import type { RoleBook } from '../../engine/roles';
import { FORKS, FORK_NAMES } from '../../engine/types';
import { h } from '../dom';
import { readingFieldset } from '../readingMode';
import { rolePagesText } from './printPages';

export interface SetupOptions {
  root: HTMLElement;
  book: RoleBook;
  bookProblems: readonly string[];
  lesson: Lesson;
  /** Why the stored session could not be read, if it could not. */
  problem?: string;
  start(lesson: Lesson): void;
  print(lesson: Lesson): void;
  back(): void;
}

export function showSetup(opts: SetupOptions): void {
  const { book } = opts;
  let lesson: Lesson = opts.lesson.groups.every((g) => g.roles.length === 0) ? dealSpanRoles(opts.lesson, book) : opts.lesson;

  const spanField = h(
    'fieldset',
    { class: 'setup-field' },
    h('legend', {}, 'Lesson span'),
    ...SPANS.map((s) => {
      const input = h('input', { type: 'radio', name: 'span', value: s.id, checked: s.id === lesson.span });
      input.addEventListener('change', () => {
        lesson = chooseSpan(lesson, s.id, book);
        renderRoles();
      });
      const forks = FORKS.indexOf(s.lastFork) + 1;
      return h('label', { class: 'radio' }, input, ` ${s.title} `, h('span', { class: 'hint' }, `(${forks} forks)`));
    }),
  );

  const minutes = h('input', {
    type: 'number',
    id: 'timer-minutes',
    min: MIN_TIMER_MINUTES,
    max: MAX_TIMER_MINUTES,
    step: 1,
    value: String(Math.round(lesson.timerSeconds / 60)),
    inputmode: 'numeric',
  });
  minutes.addEventListener('change', () => {
    lesson = chooseTimerMinutes(lesson, Number(minutes.value));
    minutes.value = String(lesson.timerSeconds / 60);
  });
  const timerField = h(
    'div',
    { class: 'setup-field' },
    h('label', { for: 'timer-minutes' }, 'Discussion timer (minutes per fork) '),
    minutes,
  );

  const cardsField = h(
    'fieldset',
    { class: 'setup-field' },
    h('legend', {}, 'History cards'),
    ...(
      [
        ['after-each-fork', 'Show after each fork'],
        ['debrief', 'Hold them for the debrief'],
      ] as const
    ).map(([value, label]) => {
      const input = h('input', { type: 'radio', name: 'history-cards', value, checked: lesson.historyCards === value });
      input.addEventListener('change', () => {
        lesson = { ...lesson, historyCards: value };
      });
      return h('label', { class: 'radio' }, input, ` ${label}`);
    }),
  );

  const counts = Array.from({ length: MAX_GROUPS - MIN_GROUPS + 1 }, (_, i) => MIN_GROUPS + i);
  const groupCount = h(
    'select',
    { id: 'group-count' },
    ...counts.map((n) => h('option', { value: String(n), selected: n === lesson.groups.length }, String(n))),
  );
  groupCount.addEventListener('change', () => {
    lesson = chooseGroupCount(lesson, Number(groupCount.value), book);
    renderRoles();
  });
  const again = h('button', { type: 'button', class: 'small-button' }, 'Deal the roles again');
  again.addEventListener('click', () => {
    lesson = dealAgain(lesson, book);
    renderRoles();
  });

  const roleTable = h('div', { class: 'role-assign' });
  // Before the print dialog: how much paper the span's cards take.
  const pages = h('p', { class: 'print-pages hint', id: 'print-pages', 'data-testid': 'print-pages' });
  const renderRoles = (): void => {
    pages.textContent = rolePagesText(cardsInSpan(book, lesson.span).length);
    const rows = rolesInSpan(book, lesson.span).map((role, i) => {
      const id = `role-${i}`;
      const select = h(
        'select',
        { id, 'data-role': role },
        ...lesson.groups.map((g) => h('option', { value: g.name, selected: g.roles.includes(role) }, g.name)),
      );
      select.addEventListener('change', () => {
        lesson = assignRole(lesson, role, select.value);
      });
      const forks = book.cards.filter((c) => c.role === role).map((c) => c.fork);
      const first = forks.map((f) => FORKS.indexOf(f)).sort((a, b) => a - b)[0];
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, h('label', { for: id }, role)),
        h(
          'td',
          { class: 'hint' },
          `${forks.length} fork${forks.length === 1 ? '' : 's'}, from ${first === undefined ? '—' : FORK_NAMES[FORKS[first] ?? 'february']}`,
        ),
        h('td', {}, select),
      );
    });
    roleTable.replaceChildren(
      rows.length
        ? h(
            'table',
            { class: 'role-table' },
            h('caption', {}, `${rows.length} roles in this span, dealt round-robin; change any group here.`),
            h(
              'thead',
              {},
              h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Appears at'), h('th', { scope: 'col' }, 'Group')),
            ),
            h('tbody', {}, ...rows),
          )
        : h('p', { class: 'notice' }, 'No role cards are available for this span.'),
    );
  };
  renderRoles();

  const print = h('button', { type: 'button', class: 'title-button', 'aria-describedby': 'print-pages' }, 'Print role cards');
  print.addEventListener('click', () => opts.print(lesson));
  const start = h('button', { type: 'button', class: 'title-button primary', 'data-testid': 'start-lesson' }, 'Start the lesson');
  start.addEventListener('click', () => opts.start(lesson));
  const back = h('button', { type: 'button', class: 'title-button' }, 'Back to the title screen');
  back.addEventListener('click', () => opts.back());

  const screen = h(
    'main',
    { class: 'class-setup', 'aria-labelledby': 'setup-title' },
    h('h1', { id: 'setup-title', class: 'poster' }, 'Run a class'),
    h(
      'p',
      { class: 'lede' },
      'Groups argue each fork from their role cards, the class votes, and the game plays the winner. At the end the class gets a debrief of its century beside history’s. Nothing about the students is stored.',
    ),
    opts.problem
      ? h(
          'p',
          { class: 'notice problem', role: 'alert' },
          `The saved class session could not be read: ${opts.problem} It is kept aside, not deleted, when a new lesson starts.`,
        )
      : null,
    opts.bookProblems.length
      ? h('p', { class: 'notice problem', role: 'alert' }, `Some role cards could not be read: ${opts.bookProblems.join('; ')}`)
      : null,
    h(
      'form',
      { class: 'setup-form', 'aria-label': 'Lesson options' },
      h(
        'div',
        { class: 'setup-options' },
        spanField,
        timerField,
        cardsField,
        readingFieldset(lesson.reading ?? 'short', (value) => (lesson.reading = value)),
      ),
      h(
        'div',
        { class: 'setup-roles' },
        h('div', { class: 'setup-field' }, h('label', { for: 'group-count' }, 'Number of groups '), groupCount, ' ', again),
        roleTable,
      ),
    ),
    h('nav', { class: 'title-menu', 'aria-label': 'Lesson' }, start, print, back),
    pages,
  );
  screen.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  start.focus({ preventScroll: true });
}
