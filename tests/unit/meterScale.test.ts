/** The engine's change() is the story's own: the same values as the ink functions it replaces. */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { Game, STORY_SEED } from '../../src/engine/Game';
import { soften } from '../../src/engine/meterScale';
import { METERS } from '../../src/engine/types';

const bundle = compileStory().bundle;
if (!bundle) throw new Error('story does not compile');

/** The story as Inky plays it: no bindings, so ink's own change() and soften() run. */
function inkOnly(): Story {
  const story = new Story(bundle!.json);
  story.allowExternalFunctionFallbacks = true;
  story.state.storySeed = STORY_SEED;
  story.state.previousRandom = 0;
  return story;
}

describe('the meters’ scale', () => {
  it('gives what ink’s soften() gives for every meter value and every change up to ±60', () => {
    const story = inkOnly();
    const differ: string[] = [];
    for (let x = 0; x <= 100; x++) {
      for (let delta = -60; delta <= 60; delta += 3) {
        const ink = Number(story.EvaluateFunction('soften', [x, delta]));
        if (soften(x, delta) !== ink) differ.push(`soften(${x}, ${delta}): ${soften(x, delta)} vs ink ${ink}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('leaves the meters where ink’s change() leaves them along history’s path', () => {
    const story = inkOnly();
    const game = new Game(bundle);
    let scene = game.scene();
    story.ContinueMaximally();
    let steps = 0;
    while (scene.choices.length) {
      const next = scene.choices.find((c) => c.historical) ?? scene.choices[0]!;
      scene = game.choose(next.index);
      story.ChooseChoiceIndex(next.index);
      story.ContinueMaximally();
      const { meters } = game.meters();
      for (const m of METERS) expect(meters[m], `${m} after ${steps + 1} choices`).toBe(Number(story.variablesState.$(m)));
      steps++;
    }
    expect(steps).toBeGreaterThan(10);
  });
});
