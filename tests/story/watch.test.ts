/**
 * Ending watch (issue 10 item 5; docs/model.md, "Ending watch"): an ending never takes the
 * player by surprise. Scripted paths show the warning and the ending it warns of; seeded
 * random walks hold the rule on every path they reach.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle, rng } from '../../src/cli/headless';
import { Game, type GameSnapshot } from '../../src/engine/Game';
import type { EndingId, ForkId, Scene } from '../../src/engine/types';

// loadBundle() honours STORY_MAIN, so the rule can be tried on a story without its watch
// lines (it fails there: see docs/model.md).
const bundle = loadBundle();

const watches = (scene: Scene): string[] => scene.blocks.flatMap((b) => (b.kind === 'watch' ? [b.text] : []));

/** Play one option id per choice point; return the scene at each choice point and the end. */
function play(options: string[]): { game: Game; scenes: Scene[]; end: Scene } {
  const game = new Game(bundle);
  const scenes: Scene[] = [];
  let scene = game.scene();
  for (const option of options) {
    scenes.push(scene);
    const next = game.chooseOption(option);
    if (!next) throw new Error(`option ${option} is not offered at ${scene.fork ?? 'this choice point'}`);
    scene = next;
  }
  return { game, scenes, end: scene };
}

/** Can some continuation from `snap` avoid `ending` before the story leaves the forks in `seen`? */
function avoidable(game: Game, snap: GameSnapshot, ending: EndingId, seen: Set<string>): boolean {
  const scene = game.restore(snap);
  if (scene.ending) return scene.ending !== ending;
  if (!scene.choices.length || (scene.fork && !seen.has(scene.fork))) return true;
  return scene.choices.some((c) => {
    game.restore(snap);
    game.choose(c.index);
    return avoidable(game, game.snapshot(), ending, seen);
  });
}

interface Scripted {
  name: string;
  ending: EndingId;
  /** The fork whose choice decides the ending (it fires at a later choice). */
  warnedAt: ForkId;
  /** Words the warning must use (plain words a player recognises). */
  says: RegExp;
  options: string[];
}

// Paths found by seeded random walks where the ending is sealed before its last choice.
const SCRIPTED: Scripted[] = [
  {
    name: 'an army of volunteers loses the Civil War one fork later (crushed)',
    ending: 'crushed', warnedAt: 'red-army', says: /volunteers.*Whites/,
    options: ['soviet-from-below', 'all-power-to-soviets', 'rise-now', 'arm-red-guards', 'wait-for-congress',
      'broad-socialist-coalition', 'neither-war-nor-peace', 'refuse-and-fight', 'volunteers-only', 'village-soviets'],
  },
  {
    name: 'keeping the NEP with the soviets and the party worn thin ends in Thermidor one fork later',
    ending: 'thermidor', warnedAt: 'great-turn', says: /NEP.*Thermidor/,
    options: ['bread-first', 'critical-support', 'restore-order', 'arm-red-guards', 'wait-for-congress',
      'bolsheviks-and-left-srs', 'revolutionary-war', 'red-commanders', 'requisition', 'turn-east',
      'keep-war-communism', 'keep-stalin', 'keep-nep', 'expel-oppositions'],
  },
  {
    name: 'a treaty that leaves the Red Army too weak in 1939 loses the war in 1941 (barbarossa)',
    ending: 'barbarossa', warnedAt: 'pact-1939', says: /too weak to survive the invasion/,
    options: ['soviet-from-below', 'all-power-to-soviets', 'rise-now', 'arm-red-guards', 'seize-power',
      'broad-socialist-coalition', 'neither-war-nor-peace', 'accept-terms', 'red-commanders', 'requisition',
      'march-on-warsaw', 'keep-war-communism', 'keep-stalin', 'left-plan', 'expel-oppositions', 'social-fascism',
      'workers-front', 'show-trials', 'purge-officers', 'neutral', 'second-brest', 'hold-kiev'],
  },
  {
    name: 'a war for world revolution or a second Brest loses Moscow after Kiev (barbarossa)',
    ending: 'barbarossa', warnedAt: 'june-1941', says: /Only a patriotic war/,
    options: ['bread-first', 'await-assembly', 'retreat-and-organise', 'arm-red-guards', 'seize-power',
      'bolsheviks-and-left-srs', 'revolutionary-war', 'volunteers-only', 'requisition', 'march-on-warsaw',
      'keep-war-communism', 'remove-stalin', 'collectivize', 'open-platforms', 'social-fascism', 'workers-front',
      'show-trials', 'purge-officers', 'neutral', 'second-brest', 'hold-kiev'],
  },
];

describe('ending watch: scripted paths', () => {
  for (const s of SCRIPTED) {
    it(`${s.name}: the watch line comes before the deciding choice, then the ending`, () => {
      const { scenes, end } = play(s.options);
      expect(end.ending).toBe(s.ending);
      const at = scenes.findIndex((sc) => sc.fork === s.warnedAt);
      expect(at, `${s.warnedAt} on the path`).toBeGreaterThanOrEqual(0);
      expect(at, 'the ending fires at a later choice').toBeLessThan(scenes.length - 1);
      expect(watches(scenes[at]!).join(' ')).toMatch(s.says);
      // The warning is about a real choice: another option there can still avoid this ending.
      const seen = new Set(scenes.map((sc) => sc.fork ?? ''));
      const others = scenes[at]!.choices.filter((c) => c.option !== s.options[at]).some((c) => {
        const { game } = play(s.options.slice(0, at));
        game.choose(c.index);
        return avoidable(game, game.snapshot(), s.ending, seen);
      });
      expect(others, 'some other option avoids it').toBe(true);
    });
  }

  it('history\'s path is warned of nothing until perestroika, where the party-market road is named', () => {
    const game = new Game(bundle);
    let scene = game.scene();
    const warned: string[] = [];
    while (scene.choices.length) {
      if (watches(scene).length) warned.push(scene.fork ?? '?');
      if (scene.fork === 'perestroika') expect(watches(scene).join(' ')).toMatch(/keep power with a market/);
      scene = game.choose(scene.choices.find((c) => c.historical)!.index);
    }
    expect(warned).toEqual(['perestroika']);
  });
});

/**
 * The rule, over seeded random walks. For a walk that ends in an ending other than
 * dissolution-1991 (the century's default end, which no condition triggers), the deciding
 * choice is the latest choice point from which the ending could still be avoided: some
 * option there leads, by some continuation, to another ending or past the fork where this
 * one fired. Then either the deciding choice is the walk's last (the ending follows the
 * choice that caused it), or that choice's scene showed an ending-watch block (the choice
 * that caused it warned of it). Without the watch lines this fails: the crushed ending after
 * red-army, thermidor after great-turn and barbarossa after pact-1939 or the first choice of
 * june-1941 are sealed a choice or more before they fire.
 */
// 500 walks take about 20 s on one free core (each ending is traced back by a small search).
const WALKS = 500;

describe('ending watch: the rule on random walks', () => {
  const game = new Game(bundle);

  it(`every ending in ${WALKS} seeded walks follows its deciding choice or was warned of there`, () => {
    const random = rng(1917);
    const unwarned: string[] = [];
    let sealedEarly = 0;
    for (let w = 0; w < WALKS; w++) {
      let scene = game.reset();
      const snaps: GameSnapshot[] = [];
      const scenes: Scene[] = [];
      const picks: number[] = [];
      while (scene.choices.length) {
        snaps.push(game.snapshot());
        scenes.push(scene);
        picks.push(Math.floor(random() * scene.choices.length));
        scene = game.choose(picks.at(-1)!);
      }
      const ending = scene.ending;
      if (!ending || ending === 'dissolution-1991') continue;
      const seen = new Set(scenes.map((s) => s.fork ?? ''));
      let d = scenes.length - 1;
      while (d >= 0 && !avoidable(game, snaps[d]!, ending, seen)) d--;
      if (d === scenes.length - 1) continue;
      sealedEarly++;
      if (d < 0 || !watches(scenes[d]!).length) {
        unwarned.push(`${ending} sealed at ${d < 0 ? 'the start' : scenes[d]!.fork} (choices ${picks.map((p) => p + 1).join(',')})`);
      }
    }
    expect(sealedEarly, 'walks whose ending was sealed before its last choice').toBeGreaterThan(20);
    expect(unwarned).toEqual([]);
  }, 180_000);
});
