/**
 * The pre-rendered opening works before the engine has loaded: its story choices and its
 * title menu can be pressed at once, and a press is never lost. A choice is taken (marked,
 * said, the other options set aside) and played as soon as the story is in; "New game" with
 * no game in progress opens the pre-rendered first fork at once; any other menu button is
 * pressed again on the live title. This file runs before the engine's code has arrived, so
 * it imports nothing of it.
 */
import { AUTOSAVE_KEY } from '../../storage/keys';

export type EarlyPress = { kind: 'choice'; option: string } | { kind: 'menu'; label: string };

export interface EarlyPresses {
  /** The press waiting for the engine (null when none), handed over once; early presses stop here. */
  take(): EarlyPress | null;
}

/** Is there anything in the autosave slot? (A game in progress makes "New game" ask first.) */
function autosaveStored(): boolean {
  try {
    return window.localStorage.getItem(AUTOSAVE_KEY) !== null;
  } catch {
    return false;
  }
}

const firstForkShown = (): boolean => location.hash === '#new';

export function acceptEarlyPresses(root: HTMLElement): EarlyPresses {
  let pressed: EarlyPress | null = null;
  let done = false;
  const choices = (): HTMLButtonElement[] => [...root.querySelectorAll<HTMLButtonElement>('#new .choice')];
  const menu = (): HTMLButtonElement[] => [...root.querySelectorAll<HTMLButtonElement>('.title-screen .title-menu button')];
  for (const b of [...choices(), ...menu()]) b.disabled = false;

  const takeChoice = (button: HTMLButtonElement): void => {
    const option = button.dataset.option;
    if (!option) return;
    pressed = { kind: 'choice', option };
    for (const b of choices()) b.disabled = true;
    button.classList.add('early-pressed');
    const text = button.querySelector('.choice-text')?.textContent ?? '';
    const say = root.querySelector('#new [data-testid="story-announcer"]');
    if (say) say.textContent = `You chose: ${text}. The story goes on in a moment.`;
  };

  const takeMenu = (button: HTMLButtonElement): void => {
    const label = button.textContent ?? '';
    if (label === 'New game' && !autosaveStored()) {
      // The first fork is in the page already: show it now; the engine starts the game it shows.
      location.replace('#new');
      root.querySelector<HTMLElement>('#new .scene')?.focus({ preventScroll: true });
      return;
    }
    pressed = { kind: 'menu', label };
    for (const b of menu()) b.disabled = true;
    button.setAttribute('aria-busy', 'true');
  };

  const onClick = (e: MouseEvent): void => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button || button.disabled) return;
    if (button.matches('#new .choice') && firstForkShown()) takeChoice(button);
    else if (button.matches('.title-screen .title-menu button')) takeMenu(button);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || !firstForkShown() || !/^[1-9]$/.test(e.key)) return;
    const button = choices()[Number(e.key) - 1];
    if (!button || button.disabled) return;
    e.preventDefault();
    takeChoice(button);
  };
  root.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);

  return {
    take() {
      if (!done) {
        done = true;
        root.removeEventListener('click', onClick);
        document.removeEventListener('keydown', onKey);
      }
      const p = pressed;
      pressed = null;
      return p;
    },
  };
}
