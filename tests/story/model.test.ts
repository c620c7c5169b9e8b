/**
 * The consequence model held to its contract (docs/model.md): history's path follows the
 * century's shape in the table "What history's path must show"; options are real trade-offs
 * (none dominated, none cosmetic); the late forks still decide the ending; the human cost
 * of 1941–45 responds to the choices historians argue about; forks come in year order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { analyseBalance, type BalanceReport } from '../../src/cli/balance';
import { Game } from '../../src/engine/Game';
import { ENDINGS, type ForkId, type MeterId } from '../../src/engine/types';
import { branch, historyToEnd, historyUntil } from './paths';

const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

let report: BalanceReport;
beforeAll(() => {
  // The defaults of `npm run story:balance` (about 25 s on one core).
  report = analyseBalance(bundle, { walks: 300, samples: 12, seed: 1917 });
});

const at = (fork: ForkId): BalanceReport['historyMeters'][number] => {
  const row = report.historyMeters.find((h) => h.fork === fork);
  if (!row) throw new Error(`history never reaches ${fork}`);
  return row;
};
const m = (fork: ForkId, meter: MeterId): number => at(fork).meters[meter];
const highest = (meter: MeterId): string => report.historyMeters.reduce((a, b) => (b.meters[meter] > a.meters[meter] ? b : a)).fork;

describe('history’s path follows the century (docs/model.md, the table of expected movements)', () => {
  it('keeps the meters off the ends of the scale: at most 3 fork-entry values at 0 or 100', () => {
    expect(report.historyBound).toBeLessThanOrEqual(3);
  });

  it('1917: the soviets rise to October; the land decree wins the peasants', () => {
    expect(highest('soviets')).toBe('october');
    expect(m('brest-litovsk', 'land')).toBeGreaterThanOrEqual(m('october', 'land') + 10);
  });

  it('1918–21: war communism turns the villages against the regime and bread falls to the famine of 1921', () => {
    expect(m('tax-in-kind', 'land')).toBeLessThanOrEqual(m('feeding-the-cities', 'land') - 15);
    expect(m('tax-in-kind', 'bread')).toBeLessThan(m('german-revolution', 'bread'));
  });

  it('the NEP years: bread and land recover', () => {
    expect(m('general-secretary', 'bread')).toBeGreaterThan(m('tax-in-kind', 'bread'));
    expect(m('great-turn', 'land')).toBeGreaterThanOrEqual(m('tax-in-kind', 'land') + 15);
  });

  it('the Five-Year Plans: industry climbs; collectivization and the famine of 1932–33 cut bread and land', () => {
    expect(m('oppositions', 'industry')).toBeGreaterThanOrEqual(m('great-turn', 'industry') + 15);
    expect(m('june-1941', 'industry')).toBeGreaterThanOrEqual(m('oppositions', 'industry'));
    expect(m('oppositions', 'bread')).toBeLessThanOrEqual(m('great-turn', 'bread') - 10);
    expect(m('oppositions', 'land')).toBeLessThanOrEqual(m('great-turn', 'land') - 20);
  });

  it('the terror devours the party and silences the soviets', () => {
    expect(m('pact-1939', 'party')).toBeLessThanOrEqual(m('trials', 'party') - 10);
    expect(m('pact-1939', 'soviets')).toBeLessThanOrEqual(15);
  });

  it('1945: the army and the Union’s standing in the world peak; bread is at its lowest after the war', () => {
    expect(highest('army')).toBe('after-the-war');
    expect(highest('world')).toBe('after-the-war');
    const after1941 = report.historyMeters.filter((h) => h.year >= 1941);
    expect(Math.min(...after1941.map((h) => h.meters.bread))).toBe(m('after-the-war', 'bread'));
  });

  it('after 1953: the army is cut back; the secret speech revives the soviets; bread recovers well above 1917', () => {
    expect(m('reform-1965', 'army')).toBeLessThan(m('after-the-war', 'army'));
    expect(m('reform-1965', 'soviets')).toBeGreaterThan(m('after-stalin', 'soviets'));
    expect(m('arms-race', 'bread')).toBeGreaterThanOrEqual(m('february', 'bread') + 10);
  });

  it('the stagnation: the gerontocracy weakens the party and the soviets fall back before 1987', () => {
    expect(m('perestroika', 'party')).toBeLessThan(m('reform-1965', 'party'));
    expect(m('perestroika', 'soviets')).toBeLessThan(m('reform-1965', 'soviets'));
  });

  it('counts 26.6 million Soviet dead in 1941–45 on history’s path (and 21,000 Japanese in August 1945)', () => {
    expect(at('after-the-war').livesLost - at('june-1941').livesLost).toBe(26_600_000 + 21_000);
  });

  it('shows the forks in year order', () => {
    const years = report.historyMeters.map((h) => h.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});

describe('real trade-offs and stakes to the last fork', () => {
  it('has no dominated and no cosmetic option (history’s position and sampled positions)', () => {
    expect(report.dominated).toEqual([]);
    expect(report.cosmetic).toEqual([]);
  });

  it('keeps the meters off the ends in random play: at most 5 % of fork-entry values at 0 or 100', () => {
    expect(report.boundShare).toBeLessThanOrEqual(0.05);
  });

  it('from history’s 1945, 10–40 % of the remaining combinations end otherwise than in the dissolution', () => {
    const { combos, endings } = report.lateStakes;
    expect(combos).toBeGreaterThan(100);
    const other = combos - (endings['dissolution-1991'] ?? 0);
    expect(other / combos).toBeGreaterThanOrEqual(0.1);
    expect(other / combos).toBeLessThanOrEqual(0.4);
  });

  it('at perestroika on history’s path, the options lead to at least two different endings', () => {
    const game = new Game(bundle);
    const scene = historyUntil(game, 'perestroika');
    const snap = game.snapshot();
    const endings = new Set<string | null>();
    for (const c of scene.choices) {
      game.restore(snap);
      game.choose(c.index);
      endings.add(historyToEnd(game).ending);
    }
    expect(endings.size).toBeGreaterThanOrEqual(2);
  });

  it('a renewal track can still be lost late: changing nothing in 1987 ends it', () => {
    const renewal = report.strategies.find((s) => s.name === 'humane');
    expect(renewal?.ending).toBe('renewal');
    // The humane bot's century, with the old guard's answer at perestroika instead.
    const game = new Game(bundle);
    let scene = game.scene();
    for (const choice of renewal?.choices ?? []) {
      if (scene.fork === 'perestroika') break;
      scene = game.choose(choice - 1);
    }
    expect(scene.fork).toBe('perestroika');
    game.chooseOption('change-nothing');
    expect(historyToEnd(game).ending).not.toBe('renewal');
  });

  it('a one-fork-ahead greedy player does not reach renewal: the century rewards thinking in decades', () => {
    const names = report.strategies.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['history', 'first', 'last', 'greedy', 'humane', 'democrat']));
    expect(report.strategies.find((s) => s.name === 'greedy')?.ending).not.toBe('renewal');
    expect(report.strategies.find((s) => s.name === 'history')?.ending).toBe('dissolution-1991');
  });

  it('random play reaches every ending, none under 2 % or over 60 %', () => {
    for (const e of ENDINGS) {
      expect(report.endingShare[e] ?? 0, e).toBeGreaterThanOrEqual(0.02);
      expect(report.endingShare[e] ?? 0, e).toBeLessThanOrEqual(0.6);
    }
  });
});

describe('the human cost responds where historians argue it did (the game’s estimates)', () => {
  const warDead = (options: string[]): number => {
    const game = branch(bundle, options, 'june-1941');
    const before = game.state().livesLost;
    historyUntil(game, 'after-the-war');
    return game.state().livesLost - before;
  };

  it('sparing the officer corps in 1937 lowers the deaths of 1941–45', () => {
    expect(warDead(['spare-officers'])).toBeLessThan(warDead([]));
  });

  it('an alliance with Britain and France in 1939 lowers them; staying neutral raises them', () => {
    expect(warDead(['alliance'])).toBeLessThan(warDead([]));
    expect(warDead(['neutral'])).toBeGreaterThan(warDead([]));
  });

});
