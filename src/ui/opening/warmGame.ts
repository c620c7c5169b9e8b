/**
 * The story parsed while the title is read: a Game made ahead, in idle time, and handed to
 * the next "New game" (otherwise a new game parses the story when the player asks for it).
 */
import { Game, type StoryBundle } from '../../engine/Game';

let warm: { bundle: StoryBundle; game: Game } | null = null;

export function warmUp(bundle: StoryBundle): void {
  warm ??= { bundle, game: new Game(bundle) };
}

/** A game at the first scene: the one made ahead if there is one for this story, else a new one. */
export function freshGame(bundle: StoryBundle): Game {
  if (warm?.bundle === bundle) {
    const { game } = warm;
    warm = null;
    return game;
  }
  return new Game(bundle);
}

/** Run `f` when the browser is idle (soon after at the latest). */
export function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 3000 });
  else setTimeout(f, 300);
}
