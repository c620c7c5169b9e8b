/**
 * Paths where Stalin never leads the party (Trotsky succeeds Lenin, or the party removes Stalin
 * as Lenin asked) must not show what only his rule made true: the city renamed Stalingrad in
 * his honour in 1925, or Stalin arguing for an option that the path's own text gives to others.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import type { Game } from '../../src/engine/Game';
import { roleName } from '../../src/engine/roles';
import type { Scene } from '../../src/engine/types';
import { branch } from './paths';
import { storyRoleBook } from './roleBook';

const bundle = loadBundle();
const book = storyRoleBook();

/** Every scene from here to the end, taking history's option at each choice point. */
function scenesToEnd(game: Game): Scene[] {
  const scenes: Scene[] = [];
  let scene = game.scene();
  for (;;) {
    scenes.push(scene);
    const h = scene.choices.find((c) => c.historical);
    if (!h) return scenes;
    scene = game.choose(h.index);
  }
}

const storyText = (scene: Scene): string[] => scene.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

/** Does the text name this person as someone who speaks or acts, not only as "Stalin's …"? */
const names = (text: string, person: string): boolean => new RegExp(`\\b${person}\\b(?!['’]s)`).test(text);

describe.each([
  ['Trotsky succeeds Lenin', 'trotsky-succeeds'],
  ['the party removes Stalin and governs collectively', 'remove-stalin'],
])('where %s', (_, option) => {
  // The rest of the path is history's, so it meets the same forks and the battle on the Volga.
  const game = branch(bundle, [option], null);
  const scenes = scenesToEnd(game);
  const after = scenes.slice(1); // the scene the choice leads to, and every one after it

  it('plays through the war to an ending, past the battle on the Volga', () => {
    expect(scenes.at(-1)?.ending).not.toBeNull();
    expect(after.flatMap((s) => s.markers).some((m) => m.region === 'volga' && m.year === 1942)).toBe(true);
  });

  it('never calls Tsaritsyn Stalingrad, in the story or on the map', () => {
    const text = after.flatMap(storyText).filter((t) => t.includes('Stalingrad'));
    const captions = after.flatMap((s) => s.markers.map((m) => m.caption)).filter((c) => c.includes('Stalingrad'));
    expect(text).toEqual([]);
    expect(captions).toEqual([]);
    expect(after.flatMap(storyText).some((t) => t.includes('Tsaritsyn'))).toBe(true);
  });

  it('names Stalin as an advocate only where the text has him speak or his card is written for this path', () => {
    // In the war his cards make him one member of the leadership among several (story/roles).
    const taken = game.path().steps.map((s) => s.option);
    const cardForThisPath = (fork: string | null): boolean =>
      book.cards.some((c) => c.fork === fork && c.role === 'Stalin' && (c.paths ?? []).some((v) => v.after.some((o) => taken.includes(o))));
    const stray = after.flatMap((s) =>
      s.choices
        .filter((c) => c.advocates.map(roleName).includes('Stalin'))
        .filter(() => !storyText(s).some((t) => names(t, 'Stalin')) && !cardForThisPath(s.fork))
        .map((c) => `${s.fork ?? '?'}/${c.option}`),
    );
    expect(stray).toEqual([]);
  });
});
