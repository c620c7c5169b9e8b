/** A notice above the story (a replayed link or file) that the player can dismiss. */
import { h } from './dom';

export function dismissible(text: string, action: HTMLElement | null = null): HTMLElement {
  const close = h('button', { type: 'button', class: 'link-button' }, 'Dismiss');
  const note = h(
    'div',
    { class: 'notice', role: 'status', 'data-testid': 'game-notice' },
    h('p', {}, text, ' ', action, action ? ' ' : null, close),
  );
  close.addEventListener('click', () => note.remove());
  return note;
}
