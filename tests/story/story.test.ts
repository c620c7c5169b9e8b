/**
 * The real story, compiled and played: 10,000 seeded random walks (every fork and ending
 * reached, balance, meters bounded, no tag or ink problems, short readings within their word
 * limits on every path), the historical path, and the essay's causal claims as scenario tests.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { playHistory, tagValuesInSource } from '../../src/cli/headless';
import { mergeReports, type CheckReport } from '../../src/cli/storyCheck';
import { Game } from '../../src/engine/Game';
import { REGIONS } from '../../src/engine/regions';
import { ENDINGS, FORKS, METERS, type ForkId } from '../../src/engine/types';
import { branch as branchWith, historyUntil } from './paths';

const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);
const branch = (options: string[], until: ForkId | null): Game => branchWith(bundle, options, until);

// The walks of `npm run story:check`, run as that command in two processes of 5,000 walks
// (seeds 1917 and 1918), one per core, beside the other test files.
const WALKS = 10_000;
const SEEDS = [1917, 1918];
const CLI = fileURLToPath(new URL('../../src/cli/story-check.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function checkPart(seed: number): Promise<CheckReport> {
  const args = ['--import', 'tsx', CLI, '--json', '--walks', String(WALKS / SEEDS.length), '--seed', String(seed), '--search', '5000'];
  // Exit 1 means the story has errors: the report says which, and the tests below show them.
  const out = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { code?: number; stdout?: string }) => {
      if (e.code === 1 && e.stdout) return { stdout: e.stdout };
      throw e;
    },
  );
  return JSON.parse(out.stdout) as CheckReport;
}

let report: CheckReport;
beforeAll(async () => {
  report = mergeReports(await Promise.all(SEEDS.map(checkPart)));
}, 600_000);

describe('the story as a whole', () => {
  it('compiles without errors or warnings', () => {
    expect(compiled.errors).toEqual([]);
    expect(compiled.warnings).toEqual([]);
  });

  it('has every fork of the design (FORKS), and nothing else', () => {
    expect(tagValuesInSource('fork').sort()).toEqual([...FORKS].sort());
  });

  it(`survives ${WALKS.toLocaleString('en')} seeded random walks: no ink errors, tag problems or dead ends; meters within 0–100`, () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.deadEnds).toBe(0);
    for (const m of METERS) {
      const [lo, hi] = report.meterRange[m];
      expect(lo, m).toBeGreaterThanOrEqual(0);
      expect(hi, m).toBeLessThanOrEqual(100);
    }
  });

  it('reaches every fork and every ending, and no ending is under 2% or over 60% of walks', () => {
    expect(report.forksReached.sort()).toEqual([...FORKS].sort());
    expect(report.endings.map((e) => e.id).sort()).toEqual([...ENDINGS].sort());
    for (const e of report.endings) {
      expect(e.reached, e.id).toBe(true);
      expect(e.example, e.id).not.toBeNull();
      const share = report.endingShare[e.id] ?? 0;
      expect(share, `${e.id} share`).toBeGreaterThanOrEqual(0.02);
      expect(share, `${e.id} share`).toBeLessThanOrEqual(0.6);
    }
  });

  it(`played ${WALKS.toLocaleString('en')} walks in all`, () => {
    expect(report.walks).toBe(WALKS);
    expect(report.forks.sort()).toEqual(tagValuesInSource('fork').sort());
  });

  it('keeps every fork to 250 words before the choice and every card summary to 90, on any path the walks reach', () => {
    expect(report.words.map((w) => w.fork).sort()).toEqual([...FORKS].sort());
    for (const w of report.words) {
      expect(w.shortMax, w.fork).toBeLessThanOrEqual(250);
      expect(w.cardShortMax, w.fork).toBeLessThanOrEqual(90);
    }
  });

  it('every example choice list really reaches its ending', () => {
    const game = new Game(bundle);
    for (const e of report.endings) {
      game.reset();
      for (const n of e.example ?? []) game.choose(n - 1);
      expect(game.state().ending, e.id).toBe(e.id);
    }
  });

  it('names only regions that exist on the map', () => {
    const ids = new Set(REGIONS.map((r) => r.id));
    const game = new Game(bundle);
    playHistory(game);
    for (const c of game.state().mapLog) expect(ids.has(c.region), c.region).toBe(true);
  });
});

describe('the historical path', () => {
  const game = new Game(bundle);
  const end = playHistory(game);
  const state = game.state();

  it('takes history\'s option at every fork, in story order, and ends in 1991 with the dissolution', () => {
    expect(state.timeline.every((t) => t.historical)).toBe(true);
    expect([...new Set(state.timeline.map((t) => t.fork))]).toEqual([...FORKS]);
    expect(end.ending).toBe('dissolution-1991');
    expect(state.year).toBe(1991);
    expect(game.storyErrors()).toEqual([]);
  });

  it('passes history\'s milestones in the right years', () => {
    const yearOf = (fork: ForkId): number | undefined => state.timeline.find((t) => t.fork === fork)?.year;
    expect(yearOf('february')).toBe(1917);
    expect(yearOf('october')).toBe(1917);
    expect(yearOf('brest-litovsk')).toBe(1918);
    expect(yearOf('tax-in-kind')).toBe(1921);
    expect(yearOf('june-1941')).toBe(1941);
    expect(yearOf('after-stalin')).toBeGreaterThanOrEqual(1953);
    expect(yearOf('perestroika')).toBeGreaterThanOrEqual(1985);
    const soviet = (r: string): boolean => state.mapLog.some((c) => c.region === r && c.control === 'soviet');
    expect(soviet('petrograd') && soviet('ukraine') && soviet('central-asia')).toBe(true);
  });

  it('counts the human cost with historical figures: the Civil War, the famine, the terror, the war', () => {
    const deaths = game.why('lives');
    const forks = new Set(deaths.map((d) => d.fork));
    for (const f of ['great-turn', 'trials', 'june-1941'] as const) expect(forks.has(f), f).toBe(true);
    expect(deaths.some((d) => ['red-army', 'feeding-the-cities', 'tax-in-kind', 'brest-litovsk', 'german-revolution'].includes(d.fork ?? ''))).toBe(true);
    // Civil War and famine (~10 million), 1932–33 (~7 million), the war (~27 million)
    expect(state.livesLost).toBeGreaterThan(35_000_000);
    expect(state.livesLost).toBeLessThan(60_000_000);
  });

  it('explains every meter change with a reason', () => {
    for (const e of state.effects) expect(e.reason.trim().length, JSON.stringify(e)).toBeGreaterThan(3);
    expect(game.why('industry').some((e) => e.fork === 'great-turn' && e.delta > 0)).toBe(true);
  });
});

describe('the essay\'s causal claims', () => {
  it('signing at once at Brest-Litovsk keeps more territory than "neither war nor peace"', () => {
    const signed = branch(['sign-now'], 'red-army').state();
    const delayed = branch(['neither-war-nor-peace'], 'red-army').state();
    expect(signed.territory).toBeGreaterThan(delayed.territory);
  });

  it('a revolutionary war without means costs the Army', () => {
    const war = branch(['revolutionary-war'], null);
    const sign = branch(['sign-now'], null);
    expect(war.state().meters.army).toBeLessThan(sign.state().meters.army);
  });

  it('by 1941 collectivization leaves more Industry and a higher Lives lost tally than NEP', () => {
    const collectivized = branch(['collectivize'], 'june-1941').state();
    const nep = branch(['keep-nep'], 'june-1941').state();
    expect(collectivized.meters.industry).toBeGreaterThan(nep.meters.industry);
    expect(collectivized.livesLost).toBeGreaterThan(nep.livesLost);
    expect(collectivized.meters.land).toBeLessThan(nep.meters.land);
  });

  it('the officer purge weakens the Army of 1941', () => {
    const purged = branch(['purge-officers'], 'june-1941').state();
    const spared = branch(['spare-officers'], 'june-1941').state();
    expect(purged.meters.army).toBeLessThan(spared.meters.army);
  });

  it('the terror lowers the Soviets meter for the rest of the century', () => {
    const terror = branch(['show-trials'], 'pact-1939').state();
    const none = branch(['no-trials'], 'pact-1939').state();
    expect(terror.meters.soviets).toBeLessThan(none.meters.soviets);
  });

  it('1991: the path to renewal keeps the Soviets meter far higher than history\'s', () => {
    const renewal = report.endings.find((e) => e.id === 'renewal');
    const game = new Game(bundle);
    for (const n of renewal?.example ?? []) game.choose(n - 1);
    const history = new Game(bundle);
    playHistory(history);
    expect(game.state().ending).toBe('renewal');
    expect(game.state().meters.soviets).toBeGreaterThan(history.state().meters.soviets + 15);
  });

  it('no fork is a trap: every fork has an option that goes on from the historical path', () => {
    for (const fork of FORKS) {
      const game = new Game(bundle);
      const scene = historyUntil(game, fork);
      const goesOn = scene.choices.some((c) => {
        const g = new Game(bundle);
        historyUntil(g, fork);
        return !g.choose(c.index).ending;
      });
      expect(goesOn || fork === 'perestroika', fork).toBe(true);
    }
  });
});
