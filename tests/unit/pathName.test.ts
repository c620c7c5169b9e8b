import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { historyPath, replayPath } from '../../src/engine/compare';
import { describePath, endingWhen, firstDifference } from '../../src/engine/pathName';
import { MAX_PATH_NAME } from '../../src/engine/pathFile';

const bundle = loadBundle();

function play(pick: Record<string, string>, stopAt: string | null = null): Game {
  const game = new Game(bundle);
  let scene = game.reset();
  while (scene.choices.length && scene.fork !== stopAt) {
    const wanted = scene.fork ? pick[scene.fork] : undefined;
    const c = scene.choices.find((x) => (wanted ? x.option === wanted : x.historical)) ?? scene.choices[0]!;
    scene = game.choose(c.index);
  }
  return game;
}
const nameOf = (game: Game): string => describePath(game.state());

describe('a path named by what makes it itself', () => {
  it('says an ending and its year once: never “1991: 1991”', () => {
    expect(endingWhen('dissolution-1991', 1991)).toBe('1991');
    expect(endingWhen('crushed', 1917)).toBe('Crushed, 1917');
  });

  it('history’s own path: its ending, and that it never parted from history', () => {
    const game = new Game(bundle);
    replayPath(bundle, historyPath(bundle), game);
    expect(nameOf(game)).toBe('1991 · history’s choices throughout');
  });

  it('a path that parts from history: its ending and the first fork where it chose otherwise, with the choice', () => {
    const game = play({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' });
    const apart = firstDifference(game.state().timeline);
    expect(apart?.fork).toBe('provisional-government');
    const name = nameOf(game);
    expect(name.startsWith('Crushed, 1917 · apart at The Provisional Government, March 1917: “')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(MAX_PATH_NAME);
    // Two paths that part at the same fork by different choices get different names.
    const other = play({ 'provisional-government': 'critical-support' }, 'october');
    expect(nameOf(other)).not.toBe(name);
    expect(nameOf(other)).toMatch(/^Up to 1917 · apart at The Provisional Government/);
  });

  it('an unfinished path on history’s choices says where it stopped; long choices are cut at a word', () => {
    expect(
      describePath({
        ending: null,
        year: 1921,
        finished: false,
        timeline: [{ fork: 'february', year: 1917, choice: 'x', historical: true }],
      }),
    ).toBe('Up to 1921 · history’s choices so far');
    const long = 'Force collectivization at once, with the whole apparatus of the party and the police behind it';
    const name = describePath({
      ending: null,
      year: 1930,
      finished: false,
      timeline: [{ fork: 'great-turn', year: 1928, choice: long, historical: false }],
    });
    expect(name).toMatch(/^Up to 1930 · apart at The Great Turn, 1928: “Force collectivization at once, with the whole…”$/);
  });
});
