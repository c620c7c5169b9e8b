import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { historyPath, replayPath } from '../../src/engine/compare';
import { endingChain, MAX_CHAIN } from '../../src/engine/endingCauses';
import type { Effect, TimelineEntry } from '../../src/engine/types';

const bundle = loadBundle();

/** Play history's options except where `pick` says otherwise, to the end. */
function play(pick: Record<string, string> = {}): Game {
  const game = new Game(bundle);
  let scene = game.reset();
  while (scene.choices.length) {
    const wanted = scene.fork ? pick[scene.fork] : undefined;
    const c = scene.choices.find((x) => (wanted ? x.option === wanted : x.historical)) ?? scene.choices[0]!;
    scene = game.choose(c.index);
  }
  return game;
}

const chainOf = (game: Game) => {
  const s = game.state();
  return endingChain({ ending: s.ending!, meters: s.meters, effects: s.effects, timeline: s.timeline });
};

describe('the chain of causes behind an ending', () => {
  it('on history’s path, 1991 comes of a Soviets meter driven low, fork by fork, each move with its reason and choice', () => {
    const game = new Game(bundle);
    replayPath(bundle, historyPath(bundle), game);
    const chain = chainOf(game);
    const s = game.state();
    expect(chain.ending).toBe('dissolution-1991');
    expect(chain.deciding.map((d) => [d.meter, d.direction])).toEqual([['soviets', 'low']]);
    expect(chain.deciding[0]!.value).toBe(s.meters.soviets);
    expect(chain.links.length).toBeGreaterThanOrEqual(3);
    expect(chain.links.length).toBeLessThanOrEqual(MAX_CHAIN - 1);
    for (const link of chain.links) {
      expect(link.meter).toBe('soviets');
      expect(link.delta).toBeLessThan(0);
      expect(link.reason.length).toBeGreaterThan(5);
      // The choice that caused it is the path's own choice at that fork.
      expect(s.timeline[link.cause.step]?.choice).toBe(link.cause.choice);
      expect(s.timeline[link.cause.step]?.fork).toBe(link.cause.fork);
    }
    // In the order they happened.
    const years = chain.links.map((l) => l.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // The biggest falls are chosen: no smaller fall of Soviets made the list over a larger one left out.
    const smallest = Math.min(...chain.links.map((l) => Math.abs(l.delta)));
    const before = s.effects.filter((e) => e.meter === 'soviets' && e.delta < 0 && e.fork !== 'perestroika' && e.fork !== null);
    expect(before.filter((e) => Math.abs(e.delta) > smallest).length).toBeLessThan(MAX_CHAIN);
    expect(chain.trigger?.fork).toBe('perestroika');
    expect(chain.pivot).not.toBeNull();
    expect(s.timeline[chain.pivot!.step]?.fork).toBe(chain.pivot!.fork);
  });

  it('critical support, then a rising in July that is crushed: the rising is the last choice and the fork that mattered most', () => {
    const game = play({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' });
    expect(game.state().ending).toBe('crushed');
    const chain = chainOf(game);
    expect(chain.title).toBe('Crushed');
    expect(chain.trigger?.fork).toBe('july-days');
    expect(chain.pivot?.fork).toBe('july-days');
    expect(chain.links.every((l) => l.delta < 0 && l.cause.fork !== 'july-days')).toBe(true);
  });

  it('keeps only moves the ending’s way, at most five steps, and names the pivot by the weight of its moves', () => {
    const t = (fork: TimelineEntry['fork'], year: number): TimelineEntry => ({
      year,
      fork,
      option: `${fork}-opt`,
      choice: `Choice at ${fork}`,
      historical: false,
      historyChoice: null,
    });
    const timeline = [
      t('february', 1917),
      t('october', 1917),
      t('great-turn', 1928),
      t('oppositions', 1929),
      t('reform-1965', 1965),
      t('perestroika', 1987),
    ];
    const e = (meter: Effect['meter'], delta: number, fork: Effect['fork'], year: number): Effect => ({
      meter,
      delta,
      reason: `${meter} ${delta}`,
      fork,
      year,
    });
    const effects = [
      e('soviets', 5, 'february', 1917),
      e('soviets', 12, 'october', 1917),
      e('soviets', -20, 'great-turn', 1928),
      e('bread', 8, 'great-turn', 1929),
      e('industry', 9, 'oppositions', 1929),
      e('soviets', 3, 'reform-1965', 1966),
      e('soviets', 2, 'reform-1965', 1967),
      e('industry', 4, 'reform-1965', 1968),
      e('army', 30, 'october', 1918),
      e('soviets', 40, 'perestroika', 1988),
      e('soviets', 7, null, 1917),
    ];
    const meters = { bread: 40, land: 30, soviets: 70, industry: 60, army: 50, party: 40, world: 30 };
    const chain = endingChain({ ending: 'renewal', meters, effects, timeline });
    expect(chain.links.map((l) => l.reason)).toEqual(['soviets 5', 'soviets 12', 'bread 8', 'industry 9']);
    expect(chain.links.map((l) => l.cause.fork)).toEqual(['february', 'october', 'great-turn', 'oppositions']);
    expect(chain.trigger?.fork).toBe('perestroika');
    // Perestroika's +40 to Soviets outweighs every other choice's moves.
    expect(chain.pivot?.fork).toBe('perestroika');
    expect(endingChain({ ending: 'renewal', meters, effects, timeline }, 3).links).toHaveLength(2);
    expect(chain.deciding.map((d) => d.name)).toEqual(['Soviets', 'Bread', 'Industry']);
  });
});
