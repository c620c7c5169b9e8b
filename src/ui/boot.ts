/**
 * The app's start, once its code is in (main.ts loads this chunk at once; index.html
 * preloads it): a returning player's Continue as soon as the save is read, then the app
 * takes over the pre-rendered screen when the story is in, honouring a press made before:
 * a story choice is played, a menu button is pressed again on the live title.
 */
import type { StoryBundle } from '../engine/Game';
import { browserStorage } from '../storage';
import { App } from './App';
import { showEarlyContinue, showLoadProblem } from './opening/earlyTitle';
import type { EarlyPresses } from './opening/earlyPress';
import { warmUp, whenIdle } from './opening/warmGame';

export function boot(root: HTMLElement, story: Promise<StoryBundle>, early: EarlyPresses): void {
  const storage = browserStorage();
  showEarlyContinue(root, storage.autosave);
  story.then(
    (bundle) => {
      const press = early.take();
      new App(root, bundle, storage, press?.kind === 'choice' ? press.option : null).start();
      if (press?.kind === 'menu') {
        const buttons = [...root.querySelectorAll<HTMLButtonElement>('.title-menu button')];
        // Focused first, as a real press would: a dialog it opens gives focus back to it.
        const button = buttons.find((b) => b.textContent === press.label);
        button?.focus();
        button?.click();
      }
      if (!location.hash) whenIdle(() => warmUp(bundle));
    },
    (e: unknown) => {
      early.take();
      showLoadProblem(root, e);
    },
  );
}
