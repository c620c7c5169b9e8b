/**
 * The vote panel: a count for each option, the tie rule, the teacher's casting vote on a
 * tie, and "Play the winning option". It only reads counts and shows answers: what a count
 * may be, who wins and what a tie needs are the engine's rules (engine/lesson.ts). A count
 * that is not a whole number of votes is explained, never rounded, clamped or read as 0.
 */
import { MAX_VOTES, TIE_RULE } from '../../engine/classroom';
import { parseVoteCount, type Tally } from '../../engine/lesson';
import type { Problem, Result } from '../../engine/result';
import type { ChoicePreview } from '../../engine/preview';
import type { Scene } from '../../engine/types';
import { h } from '../dom';
import { optionBody } from './voteStakes';

/** Where the vote panel sits beside the map (classroom.css): wider than its one-column layout. */
const SIDE_BY_SIDE = '(min-width: 901px)';

/** Play the vote: the engine records it, or says why not (a tie needs the casting vote). */
export type PlayVote = (tallies: Tally[], castingVote: string | null) => Result<unknown, Problem<string>>;

/** `stakes`: each option's preview (the meters it moves), shown under its text. */
export function votePanel(scene: Scene, play: PlayVote, stakes: readonly ChoicePreview[] = []): Node[] {
  const inputs = scene.choices.map((c) => ({
    choice: c,
    input: h('input', {
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      value: '0',
      id: `votes-${c.index}`,
      size: 6,
      'data-option': c.option,
      class: 'vote-count',
      'aria-describedby': 'vote-message',
    }),
  }));
  const casting = h('fieldset', { class: 'casting', hidden: true }, h('legend', {}, 'Tie: the teacher’s casting vote'));
  const message = h('p', { class: 'vote-message', role: 'status', id: 'vote-message' });
  const playButton = h('button', { type: 'button', class: 'choice primary', 'data-testid': 'play-winner' }, 'Play the winning option');

  /**
   * Side by side with the map, the panel keeps its height while the casting vote shows: the
   * tied options scroll inside it (the Play button stays pinned in view) and the map beside
   * it is not squeezed. The panel's own height returns when the counts are edited.
   */
  const panel = (): HTMLElement | null => playButton.closest<HTMLElement>('.vote-panel');
  const holdHeight = (height: number | null): void => {
    if (height !== null && window.matchMedia(SIDE_BY_SIDE).matches) panel()?.style.setProperty('height', `${height}px`);
    else panel()?.style.removeProperty('height');
  };
  const edited = (): void => {
    if (!casting.hidden) holdHeight(null);
    casting.hidden = true;
    message.textContent = '';
    for (const { input } of inputs) input.removeAttribute('aria-invalid');
  };
  const stepper = (input: HTMLInputElement, delta: number, label: string): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: 'step-button', 'aria-label': label }, delta > 0 ? '+' : '−');
    b.addEventListener('click', () => {
      const count = parseVoteCount(input.value);
      // A count that cannot be read is left for the teacher to correct, not replaced.
      if (count.ok) input.value = String(Math.max(0, Math.min(MAX_VOTES, count.value + delta)));
      edited();
    });
    return b;
  };
  for (const { input } of inputs) input.addEventListener('input', edited);

  /** Every count read, or the first one that cannot be (marked, focused and explained). */
  const readTallies = (): Tally[] | null => {
    const tallies: Tally[] = [];
    for (const { choice, input } of inputs) {
      const count = parseVoteCount(input.value);
      if (!count.ok) {
        input.setAttribute('aria-invalid', 'true');
        message.textContent = `Option ${choice.index + 1}: ${count.problem.message}`;
        input.focus();
        return null;
      }
      tallies.push({ option: choice.option, text: choice.text, votes: count.value });
    }
    return tallies;
  };

  playButton.addEventListener('click', () => {
    const height = panel()?.getBoundingClientRect().height ?? null; // before a message or a tie shows
    const tallies = readTallies();
    if (!tallies) return;
    const picked = casting.hidden ? null : (casting.querySelector<HTMLInputElement>('input[name="casting"]:checked')?.value ?? null);
    // Nothing is chosen for the teacher: on a tie they pick the deciding vote themselves.
    if (!casting.hidden && picked === null) {
      message.textContent = 'Pick the teacher’s deciding vote among the tied options, then press “Play” again.';
      casting.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const played = play(tallies, picked);
    if (played.ok) return;
    message.textContent = played.problem.message;
    if (played.problem.kind !== 'tie') return;
    const leaders = Math.max(...tallies.map((t) => t.votes));
    const tied = tallies.filter((t) => t.votes === leaders);
    casting.replaceChildren(
      h('legend', {}, 'Tie: the teacher’s casting vote'),
      ...tied.map((t) => h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'casting', value: t.option }), ` ${t.text}`)),
    );
    holdHeight(height);
    casting.hidden = false;
    casting.querySelector<HTMLInputElement>('input')?.focus();
  });

  return [
    h('h2', { id: 'vote-title', class: 'section-title' }, 'The vote'),
    h(
      'ol',
      { class: 'vote-list' },
      ...inputs.map(({ choice, input }) =>
        h(
          'li',
          { class: 'vote-row' },
          h(
            'label',
            { for: input.id, class: 'vote-option' },
            h('span', { class: 'key', 'aria-hidden': 'true' }, String(choice.index + 1)),
            optionBody(choice, input, stakes),
          ),
          h(
            'span',
            { class: 'vote-input' },
            stepper(input, -1, `One vote fewer for option ${choice.index + 1}`),
            input,
            stepper(input, 1, `One vote more for option ${choice.index + 1}`),
          ),
        ),
      ),
    ),
    h('p', { class: 'tie-rule hint' }, TIE_RULE),
    casting,
    message,
    playButton,
  ];
}
