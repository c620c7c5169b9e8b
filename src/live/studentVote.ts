/**
 * The student's options at a fork: a plain list while the class reads, and the vote form
 * while the vote is open (one choice, changeable until the teacher closes the vote).
 */
import type { LiveScene } from '../engine/live';
import { h } from '../ui/dom';

export function optionList(scene: LiveScene): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'options-title' },
    h('h2', { id: 'options-title' }, 'The options'),
    h(
      'ol',
      { class: 'live-options' },
      ...scene.choices.map((c) =>
        h('li', {}, c.text, c.advocates.length ? h('span', { class: 'live-advocates' }, ` — argued by ${c.advocates.join(', ')}`) : null),
      ),
    ),
  );
}

/**
 * `vote`: this device's vote so far (null: none); `cast` sends one and answers with the vote
 * the server counted, or an error to show.
 */
export function voteForm(
  scene: LiveScene,
  vote: string | null,
  cast: (option: string) => Promise<{ ok: true; vote: string | null } | { ok: false; error: string }>,
): HTMLElement {
  let counted = vote;
  const mine = h('p', { class: 'live-mine', role: 'status' });
  const error = h('p', { class: 'live-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'live-button primary' }, 'Cast my vote');
  const setMine = () => {
    const text = scene.choices.find((c) => c.option === counted)?.text;
    mine.textContent = text ? `Your vote is in: ${text}. You can change it until the vote closes.` : 'You have not voted yet.';
    submit.textContent = counted ? 'Change my vote' : 'Cast my vote';
  };
  const form = h(
    'form',
    { class: 'live-vote', 'aria-labelledby': 'vote-title' },
    h('h2', { id: 'vote-title' }, 'Your vote'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Choose one option'),
      ...scene.choices.map((c) =>
        h(
          'label',
          { class: 'live-radio' },
          h('input', { type: 'radio', name: 'option', value: c.option, checked: counted === c.option }),
          ` ${c.text}`,
          c.advocates.length ? h('span', { class: 'live-advocates' }, ` — ${c.advocates.join(', ')}`) : null,
        ),
      ),
    ),
    submit,
    mine,
    error,
    h('p', { class: 'live-voted' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const option = form.querySelector<HTMLInputElement>('input[name="option"]:checked')?.value;
    if (!option) {
      error.textContent = 'Choose an option first.';
      return;
    }
    error.textContent = '';
    void cast(option).then((r) => {
      if (!r.ok) {
        error.textContent = r.error;
        return;
      }
      counted = r.vote;
      setMine();
    });
  });
  setMine();
  return form;
}
