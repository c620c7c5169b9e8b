/**
 * The opening, rendered at build time (scripts/vite-plugin-opening.ts) by the app's own
 * code in a DOM emulation: the title screen a first-time visitor sees, and the game screen
 * at the first fork (shown by CSS alone when the address ends in #new). Because it is the
 * same code, the live app later draws the same thing in the same place; until the engine
 * has loaded, every button and input is disabled. Inline styles (meter fills, legend swatches) are
 * left to the live app: the CSP allows no style attributes in the page.
 */
import type { StoryBundle } from '../../engine/Game';
import { App } from '../App';
import { memoryStorage } from '../../storage';

export interface Opening {
  /** The title screen's markup. */
  title: string;
  /** The game screen at the first fork, with id="new" so `#new` (`:target`) shows it. */
  firstFork: string;
}

/** Needs a browser-like `window`/`document` in globalThis (happy-dom at build time). */
export function renderOpening(bundle: StoryBundle): Opening {
  const render = (hash: string): HTMLElement => {
    history.replaceState(null, '', `/${hash}`);
    const root = document.createElement('div');
    new App(root, bundle, memoryStorage()).start();
    // Inputs too (the title's reading choice): a setting changed before the engine is in would
    // not be kept, so it waits for the live title (earlyPress.ts takes buttons only).
    for (const b of root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) b.disabled = true;
    // The strict CSP refuses style attributes in markup (scripts may still set styles).
    for (const el of root.querySelectorAll('[style]')) el.removeAttribute('style');
    const screen = root.firstElementChild;
    if (!(screen instanceof HTMLElement)) throw new Error(`the app rendered nothing for "${hash || '/'}"`);
    return screen;
  };
  const title = render('');
  const game = render('#new');
  game.id = 'new';
  return { title: title.outerHTML, firstFork: game.outerHTML };
}
