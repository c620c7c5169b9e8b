/**
 * The teacher's first screen: the form that starts a live class (the lesson's span, the
 * groups, the discussion minutes and when the history cards are shown). It only reads the
 * form; `start` asks the server and answers with an error to show, or null.
 */
import { SPANS, defaultLesson } from '../engine/classroom';
import { h } from '../ui/dom';

export function setupForm(message: string, start: (msg: Record<string, string | number>) => Promise<string | null>): HTMLElement {
  const lesson = defaultLesson();
  const error = h('p', { class: 'live-error', role: 'alert' }, message);
  const spanSelect = h(
    'select',
    { id: 'span' },
    ...SPANS.map((s) => h('option', { value: s.id, selected: s.id === lesson.span }, s.title)),
  );
  const groups = h('input', { id: 'groups', type: 'number', min: 1, max: 8, value: 4, inputmode: 'numeric' });
  const minutes = h('input', { id: 'minutes', type: 'number', min: 1, max: 60, value: 3, inputmode: 'numeric' });
  const cards = h(
    'select',
    { id: 'cards' },
    h('option', { value: 'after-each-fork' }, 'After each fork'),
    h('option', { value: 'debrief' }, 'In the debrief only'),
  );
  const form = h(
    'form',
    { class: 'live-form', 'aria-labelledby': 'setup-title' },
    h('h1', { id: 'setup-title' }, 'Start a live class'),
    h(
      'p',
      { class: 'live-help' },
      'Students join on their own phones or laptops with a code: no accounts, no install. Only display names are asked; the class is deleted after 24 hours or when you end it.',
    ),
    h('label', { for: 'span' }, 'Lesson'),
    spanSelect,
    h('label', { for: 'groups' }, 'Groups (1–8)'),
    groups,
    h('label', { for: 'minutes' }, 'Discussion minutes per fork'),
    minutes,
    h('label', { for: 'cards' }, 'History cards'),
    cards,
    h('button', { type: 'submit', class: 'live-button primary' }, 'Start the live class'),
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // The server checks every field (protocol.ts): a bad value comes back as an error.
    const msg = {
      span: spanSelect.value,
      groups: Math.round(Number(groups.value)),
      timerSeconds: Math.round(Number(minutes.value) * 60),
      historyCards: cards.value,
    };
    void start(msg).then((problem) => {
      if (problem) error.textContent = problem;
    });
  });
  return form;
}
