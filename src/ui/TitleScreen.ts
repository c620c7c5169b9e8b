/** The title screen: the poster, a message or a problem notice, and the main menu. */
import { h } from './dom';

export interface TitleMenu {
  /** A readable game to continue. */
  canContinue: boolean;
  /** A class session to resume. */
  hasClassSession: boolean;
  continueGame(): void;
  newGame(): void;
  openPaths(): void;
  resumeClass(): void;
  runClass(): void;
  settings(): void;
  about(): void;
}

export function showTitleScreen(root: HTMLElement, menu: TitleMenu, notices: (Node | null)[]): void {
  const buttons: HTMLButtonElement[] = [];
  const add = (label: string, onClick: () => void, primary = false): void => {
    const b = h('button', { type: 'button', class: primary ? 'title-button primary' : 'title-button' }, label);
    b.addEventListener('click', onClick);
    buttons.push(b);
  };
  if (menu.canContinue) add('Continue', () => menu.continueGame(), true);
  add('New game', () => menu.newGame(), !menu.canContinue);
  add('Your paths', () => menu.openPaths());
  if (menu.hasClassSession) add('Resume the class session', () => menu.resumeClass());
  add('Run a class', () => menu.runClass());
  add('Settings', () => menu.settings());
  add('About', () => menu.about());

  const screen = h(
    'main',
    { class: 'title-screen' },
    h(
      'div',
      { class: 'title-poster' },
      h('p', { class: 'title-years poster' }, '1917 — 1991'),
      h('h1', { class: 'title-name poster' }, 'October ', h('span', {}, 'Paths')),
      h(
        'p',
        { class: 'title-tagline' },
        'You sit on the revolutionary leadership. At each fork of the Soviet century, choose — and see where it leads.',
      ),
    ),
    ...notices,
    h('nav', { class: 'title-menu', 'aria-label': 'Main menu' }, ...buttons),
  );
  root.replaceChildren(screen);
  buttons[0]?.focus();
}
