import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { historyPath, replayPath } from '../../src/engine/compare';
import {
  describePath,
  endLabel,
  endingWhen,
  firstDifference,
  nameBesideEnd,
  pathProgress,
  territoryAtEnd,
} from '../../src/engine/pathName';
import { ENDINGS, ENDING_TITLES } from '../../src/engine/types';
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

/** "1991: 1991", "1991 (1991)", "Crushed, 1917 … Crushed, 1917": a label that says one thing twice. */
const sayTwice = (text: string, said: string): boolean => text.split(said).length > 2;

describe('labels that say each thing once, for every ending', () => {
  const YEARS = [1917, 1929, 1941, 1991];
  it('an ending and its year: the title once, the year once', () => {
    for (const ending of ENDINGS) {
      for (const year of YEARS) {
        const label = endLabel({ ending, year, finished: true });
        expect(sayTwice(label, String(year)), label).toBe(false);
        expect(sayTwice(label, ENDING_TITLES[ending]), label).toBe(false);
        expect(label).toContain(String(year));
        expect(label).not.toMatch(/^Ended in \d+: /);
      }
    }
    expect(endLabel({ ending: null, year: 1929, finished: true })).toBe('Ended in 1929');
    expect(endLabel({ ending: null, year: 1929, finished: false })).toBe('Up to 1929');
  });

  it('Your paths: the line under a name made from the ending does not give the ending again', () => {
    for (const ending of ENDINGS) {
      const year = ending === 'dissolution-1991' ? 1991 : 1929;
      const name = describePath({
        ending,
        year,
        finished: true,
        timeline: [{ fork: 'february', year: 1917, choice: 'Wait', historical: false }],
      });
      const line = pathProgress({ name, ending, year, finished: true, forksReached: 9, forksTotal: 23 });
      expect(line).toBe('9 of 23 forks');
      expect(sayTwice(`${name} ${line}`, endLabel({ ending, year, finished: true })), name).toBe(false);
      // A name the player chose: the line says the ending, once.
      const renamed = pathProgress({ name: 'Bread first', ending, year, finished: true, forksReached: 9, forksTotal: 23 });
      expect(renamed).toBe(`Ending: ${endLabel({ ending, year, finished: true })} · 9 of 23 forks`);
    }
    expect(
      pathProgress({ name: 'Up to 1918 · apart at …', ending: null, year: 1918, finished: false, forksReached: 5, forksTotal: 23 }),
    ).toBe('5 of 23 forks');
    expect(pathProgress({ name: 'Mine', ending: null, year: 1918, finished: false, forksReached: 5, forksTotal: 23 })).toBe(
      '5 of 23 forks, up to 1918',
    );
    expect(pathProgress({ name: 'Mine', ending: null, year: 1917, finished: false, forksReached: 0, forksTotal: 23 })).toBe('Not started');
  });

  it('compare: a name beside its ending loses the ending it starts with, and only that', () => {
    for (const ending of ENDINGS) {
      const p = { ending, year: 1991, finished: true };
      const name = `${endLabel(p)} · apart at February 1917: “Wait”`;
      expect(nameBesideEnd(name, p)).toBe('Apart at February 1917: “Wait”');
    }
    expect(nameBesideEnd('1991 · history’s choices throughout', { ending: 'dissolution-1991', year: 1991, finished: true })).toBe(
      'History’s choices throughout',
    );
    // Another ending, or a name of the player's own, stays whole.
    expect(nameBesideEnd('Crushed, 1917 · apart at …', { ending: 'thermidor', year: 1929, finished: true })).toBe(
      'Crushed, 1917 · apart at …',
    );
    expect(nameBesideEnd('Bread first', { ending: 'crushed', year: 1917, finished: true })).toBe('Bread first');
  });

  it('territory after the Union is gone reads as none, not as a blank 0%', () => {
    expect(territoryAtEnd('dissolution-1991', 0)).toBe('None: the Union dissolved');
    expect(territoryAtEnd('party-market', 0.97)).toBe('97%');
    expect(territoryAtEnd(null, 0.5)).toBe('50%');
  });
});
