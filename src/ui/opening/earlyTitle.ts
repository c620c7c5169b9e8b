/**
 * What the pre-rendered title can do before the engine has loaded: show a returning
 * player's Continue as soon as the save is read (disabled until the story is in, as every
 * pre-rendered button is), and say so plainly if the story cannot be loaded.
 */
import { h } from '../dom';
import type { SaveSlot } from '../../storage/saves';

export function showEarlyContinue(root: HTMLElement, saves: SaveSlot): void {
  const menu = root.querySelector('.title-screen .title-menu');
  if (!menu || saves.read().kind !== 'ok') return;
  // As the live title screen: Continue first and primary, New game no longer primary.
  menu.querySelector('.title-button.primary')?.classList.remove('primary');
  menu.prepend(h('button', { type: 'button', class: 'title-button primary', disabled: true }, 'Continue'));
}

export function showLoadProblem(root: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const notice = h(
    'div',
    { class: 'notice problem', role: 'alert', 'data-testid': 'load-problem' },
    h('p', {}, h('strong', {}, 'The game could not start. '), message),
    h('p', {}, 'Your saved game and your paths are untouched. Check the connection and reload the page.'),
  );
  const menu = root.querySelector('.title-screen .title-menu');
  if (menu) menu.before(notice);
  else root.prepend(notice);
}
