import { afterEach, describe, expect, it, vi } from 'vitest';
import { Story } from 'inkjs';
import { loadBundle, rng } from '../../src/cli/headless';
import { Game, type StoryBundle } from '../../src/engine/Game';
import { makeSave, serializeSave } from '../../src/engine/save';
import { METERS, type Scene } from '../../src/engine/types';
import { fixtureBundle } from './fixture';

const bundle = loadBundle();
const AT = new Date('2026-12-04T00:00:00Z');

/** ink's whole state as JSON: story position, variables, visit counts, random seed. */
const inkJson = (g: Game): string => (g as unknown as { story: Story }).story.state.toJson();

/** Everything a player or a save could tell apart, as one string. */
function fingerprint(g: Game): string {
  const why = Object.fromEntries([...METERS, 'lives' as const].map((m) => [m, g.why(m)]));
  return JSON.stringify({ save: serializeSave(makeSave(g, AT)), state: g.state(), why, errors: g.storyErrors(), ink: inkJson(g) });
}

/**
 * One seeded walk to the end, played twice: `plain` chooses by ink's step every time, `looked`
 * previews the options first (as the game screen does), so its choice loads the game played ahead.
 */
function walk(b: StoryBundle, seed: number): { scenes: [Scene, Scene][]; plain: Game; looked: Game } {
  const next = rng(seed);
  const plain = new Game(b);
  const looked = new Game(b);
  const scenes: [Scene, Scene][] = [];
  for (let scene = plain.scene(); scene.choices.length && scenes.length < 200;) {
    looked.preview();
    const i = Math.floor(next() * scene.choices.length);
    scene = plain.choose(i);
    scenes.push([scene, looked.choose(i)]);
  }
  return { scenes, plain, looked };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a choice played ahead by the stakes preview', () => {
  it('over seeded walks through the century, ends byte-identical to a game played without previews', () => {
    let choices = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { scenes, plain, looked } = walk(bundle, seed);
      for (const [a, b] of scenes) expect(JSON.stringify(b), `seed ${seed}, ${a.fork}`).toBe(JSON.stringify(a));
      expect(fingerprint(looked), `seed ${seed}`).toBe(fingerprint(plain));
      choices += scenes.length;
    }
    expect(choices).toBeGreaterThan(10 * 8);
  });

  it('keeps ink’s random lines the same (a story that rolls dice)', () => {
    const fixture = fixtureBundle();
    for (let seed = 1; seed <= 20; seed++) {
      const { scenes, plain, looked } = walk(fixture, seed);
      expect(scenes.map(([, b]) => b)).toEqual(scenes.map(([a]) => a));
      expect(fingerprint(looked)).toBe(fingerprint(plain));
    }
  });

  it('lands a previewed choice without running ink again, and any other moment by ink as before', () => {
    const game = new Game(bundle);
    const ink = vi.spyOn(Story.prototype, 'ChooseChoiceIndex');
    const inkStepsIn = (f: () => void): number => {
      const before = ink.mock.calls.length;
      f();
      return ink.mock.calls.length - before;
    };
    game.preview();
    expect(inkStepsIn(() => game.choose(0))).toBe(0);
    // Not previewed at this scene: ink plays it.
    expect(inkStepsIn(() => game.choose(0))).toBe(1);
    // Previewed, then the game restored elsewhere: the options kept no longer apply.
    const here = game.snapshot();
    game.preview();
    game.restore(here);
    expect(inkStepsIn(() => game.choose(0))).toBe(1);
    // Previewed, then reset to the start: ink again.
    game.preview();
    game.reset();
    expect(inkStepsIn(() => game.choose(0))).toBe(1);
  });

  it('tells a view what each option leads to: the scene and state the choice then lands on', () => {
    const game = new Game(bundle);
    expect(game.upcoming()).toEqual([]);
    game.preview();
    const next = game.upcoming();
    expect(next.map((n) => n.scene.fork)).toHaveLength(game.scene().choices.length);
    const last = next.length - 1;
    const ahead = next[last];
    const scene = game.choose(last);
    // The very scene a view built ahead for, so it can tell which of its pages to show.
    expect(scene).toBe(ahead?.scene);
    expect(game.state()).toEqual(ahead?.state);
    // A new scene: nothing is played ahead of it until the stakes are asked for again.
    expect(game.upcoming()).toEqual([]);
  });
});
