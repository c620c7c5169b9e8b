/**
 * Game.snapshot() and restore() copy ink's state in memory (engine/inkState.ts): a restored
 * game is exactly the game that was saved, however far it wandered off in between, and it
 * plays on exactly like a game that played the same choices from the start.
 */
import { describe, expect, it } from 'vitest';
import type { Story } from 'inkjs';
import { loadBundle, rng } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';

const bundle = loadBundle();
/** ink's own save of the whole story state: the reference the copy is held to. */
const inkJson = (game: Game): string => (game as unknown as { story: Story }).story.state.toJson();

describe('snapshot and restore', () => {
  it('restores ink’s whole state exactly after the game played on to the end', () => {
    const game = new Game(bundle);
    const random = rng(11);
    for (let scene = game.scene(); scene.choices.length;) {
      const saved = inkJson(game);
      const state = game.state();
      const snap = game.snapshot();
      for (let s = game.choose(scene.choices.length - 1); s.choices.length;) s = game.choose(0);
      expect(game.restore(snap)).toBe(scene);
      expect(inkJson(game)).toBe(saved);
      expect(game.state()).toEqual(state);
      scene = game.choose(Math.floor(random() * scene.choices.length));
    }
  });

  it('a snapshot restored twice plays on like a game replayed from the start', () => {
    const game = new Game(bundle);
    const random = rng(12);
    for (let w = 0; w < 5; w++) {
      game.reset();
      const path: number[] = [];
      for (let scene = game.scene(); scene.choices.length && path.length < 6;) {
        path.push(Math.floor(random() * scene.choices.length));
        scene = game.choose(path.at(-1)!);
      }
      const snap = game.snapshot();
      const ends = [0, 1].map(() => {
        game.restore(snap);
        for (let s = game.scene(); s.choices.length;) s = game.choose(s.choices.length > 1 ? 1 : 0);
        return { state: game.state(), ink: inkJson(game) };
      });
      const replayed = new Game(bundle);
      for (const i of path) replayed.choose(i);
      for (let s = replayed.scene(); s.choices.length;) s = replayed.choose(s.choices.length > 1 ? 1 : 0);
      expect(ends[0]).toEqual({ state: replayed.state(), ink: inkJson(replayed) });
      expect(ends[1]).toEqual(ends[0]);
    }
  });
});
