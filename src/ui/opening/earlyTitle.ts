/**
 * What the pre-rendered title can do before the engine has loaded: show a returning
 * player's Continue as soon as the save is read (pressable at once, as the rest of the menu:
 * earlyPress.ts keeps the press for the engine), and say so plainly if the story cannot be
 * loaded (every button then stays disabled: there is nothing to answer it).
 */
import { h } from '../dom';
import type { SaveSlot } from '../../storage/saves';

export function showEarlyContinue(root: HTMLElement, saves: SaveSlot): void {
  const menu = root.querySelector('.title-screen .title-menu');
  if (!menu || saves.read().kind !== 'ok') return;
  // As the live title screen: Continue first and primary, New game no longer primary.
  menu.querySelector('.title-button.primary')?.classList.remove('primary');
  // Unless another menu button was pressed already and waits for the engine.
  const waiting = menu.querySelector('[aria-busy="true"]') !== null;
  menu.prepend(h('button', { type: 'button', class: 'title-button primary', disabled: waiting }, 'Continue'));
}

export function showLoadProblem(root: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  for (const b of root.querySelectorAll('button')) b.disabled = true;
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
