/** Paths through the real story for the story tests: history's, and history with a few other options. */
import { Game, type StoryBundle } from '../../src/engine/Game';
import type { ForkId, Scene } from '../../src/engine/types';

/** Take history's option at every choice point until the first choice point of `fork`. */
export function historyUntil(game: Game, fork: ForkId): Scene {
  let scene = game.scene();
  while (scene.choices.length && scene.fork !== fork) {
    const h = scene.choices.find((c) => c.historical);
    if (!h) throw new Error(`no historical option at ${scene.fork}`);
    scene = game.choose(h.index);
  }
  if (scene.fork !== fork) throw new Error(`history never reached ${fork} (ended: ${scene.ending})`);
  return scene;
}

/** Take history's option at every choice point to the end. */
export function historyToEnd(game: Game): Scene {
  let scene = game.scene();
  while (scene.choices.length) {
    const h = scene.choices.find((c) => c.historical);
    if (!h) throw new Error(`no historical option at ${scene.fork}`);
    scene = game.choose(h.index);
  }
  return scene;
}

/** Play these options (by id) in order, history elsewhere, then history up to `until` (null: stop there). */
export function branch(bundle: StoryBundle, options: string[], until: ForkId | null): Game {
  const game = new Game(bundle);
  for (const option of options) {
    let scene = game.scene();
    while (!scene.choices.some((c) => c.option === option)) {
      const h = scene.choices.find((c) => c.historical);
      if (!h) throw new Error(`option ${option} never offered`);
      scene = game.choose(h.index);
    }
    game.chooseOption(option);
  }
  if (until) historyUntil(game, until);
  return game;
}
