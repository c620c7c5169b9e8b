/** The one replay loop: every feature that rebuilds a game from its choices goes through it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { historyPath, playHistory, replayPath } from '../../src/engine/compare';
import { replay } from '../../src/engine/replay';
import { restore } from '../../src/engine/save';

const bundle = loadBundle();

describe('replay', () => {
  it('history: plays history’s option until the story ends', () => {
    const game = new Game(bundle);
    const outcome = replay(game, { history: true });
    expect(outcome.stop).toBeNull();
    expect(game.state().finished).toBe(true);
    expect(game.state().timeline.every((t) => t.historical)).toBe(true);
    expect(outcome.played).toBe(game.path().steps.length);
    expect(playHistory(new Game(bundle))).toEqual(game.scene());
  });

  it('restore, replayPath and a share code’s positions reach the same state for any path played', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (picks) => {
        const game = new Game(bundle);
        for (const p of picks) {
          const scene = game.scene();
          if (!scene.choices.length) break;
          game.choose(p % scene.choices.length);
        }
        const path = game.path();
        const restored = restore(bundle, path);
        expect(restored.ok && restored.game.state()).toEqual(game.state());
        const r = replayPath(bundle, { label: 'p', ...path });
        expect(r.stoppedAt).toBeNull();
        expect(r.steps).toEqual(path.steps);
        const byPosition = new Game(bundle);
        expect(replay(byPosition, { storyVersion: path.storyVersion, indices: path.steps.map((s) => s.index) }).stop).toBeNull();
        expect(byPosition.state()).toEqual(game.state());
      }),
      { numRuns: 15 },
    );
  });

  it('stops with a message where a recorded option is gone, having played what came before', () => {
    const steps = historyPath(bundle).steps.slice(0, 3);
    const broken = [...steps, { ...steps[0]!, option: 'vanished' }];
    const game = new Game(bundle);
    const outcome = replay(game, { storyVersion: bundle.version, steps: broken }, { what: 'save' });
    expect(outcome).toMatchObject({ played: 3, stop: { at: 3 } });
    expect(outcome.stop?.message).toContain('This save was made with another version of the story; choice 4 ("vanished"');
    expect(game.path().steps).toEqual(steps);
  });

  it('calls back once per choice played, with the scenes before and after', () => {
    const seen: number[] = [];
    const game = new Game(bundle);
    replay(
      game,
      { storyVersion: bundle.version, indices: [0, 0] },
      {
        onChoice: ({ i, before, after, choice }) => {
          seen.push(i);
          expect(before.choices).toContainEqual(choice);
          expect(after).toBe(game.scene());
        },
      },
    );
    expect(seen).toEqual([0, 1]);
  });
});
