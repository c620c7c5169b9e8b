/** The index of forks and options the flowchart draws, derived from the compiled story and checked against the story as played. */
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { forkIndex, optionsInCompiledStory } from '../../src/build/forkIndex';
import { playHistory } from '../../src/engine/compare';
import { Game } from '../../src/engine/Game';
import { FORKS, type ForkId } from '../../src/engine/types';

const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);
const index = forkIndex(bundle);

/**
 * Play the story many times, each time taking at every choice point the option seen least
 * so far (ties: the first), and record every (fork, option, text) the runtime offers.
 */
function explore(runs: number): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  const taken = new Map<string, number>();
  const game = new Game(bundle!);
  for (let run = 0; run < runs; run++) {
    let scene = game.reset();
    for (let guard = 0; scene.choices.length && guard < 200; guard++) {
      for (const c of scene.choices) {
        const key = `${scene.fork}|${c.option}`;
        const texts = seen.get(key) ?? new Set<string>();
        texts.add(c.text);
        seen.set(key, texts);
      }
      const pick = [...scene.choices].sort(
        (a, b) =>
          (taken.get(`${scene.fork}|${a.option}`) ?? 0) - (taken.get(`${scene.fork}|${b.option}`) ?? 0) ||
          (run % 2 ? b.index - a.index : a.index - b.index),
      )[0]!;
      taken.set(`${scene.fork}|${pick.option}`, (taken.get(`${scene.fork}|${pick.option}`) ?? 0) + 1);
      scene = game.choose(pick.index);
    }
  }
  return seen;
}

describe('the fork index', () => {
  it('lists every fork once, in story order, each with at least two options', () => {
    expect(index.map((f) => f.fork)).toEqual([...FORKS]);
    for (const f of index) expect(f.options.length, f.fork).toBeGreaterThanOrEqual(2);
  });

  it('lists each option of a fork once, even when the fork has two choice points', () => {
    for (const f of index) {
      const ids = f.options.map((o) => o.option);
      expect(new Set(ids).size, f.fork).toBe(ids.length);
    }
    expect(index.find((f) => f.fork === 'brest-litovsk')?.options.map((o) => o.option)).toEqual([
      'sign-now',
      'neither-war-nor-peace',
      'revolutionary-war',
      'accept-terms',
      'stall-and-bargain',
      'refuse-and-fight',
    ]);
    expect(index.find((f) => f.fork === 'june-1941')?.options.map((o) => o.option)).toEqual([
      'class-war',
      'patriotic-war',
      'second-brest',
      'hold-kiev',
      'withdraw-from-kiev',
    ]);
  });

  it('gives plain text: no ink logic, no tags', () => {
    for (const f of index) {
      for (const o of f.options) {
        expect(o.text, `${f.fork}/${o.option}`).not.toMatch(/[{}#[\]]/);
        expect(o.text.length, `${f.fork}/${o.option}`).toBeGreaterThan(3);
        expect(o.text).toBe(o.text.trim());
      }
    }
    const sign = index.find((f) => f.fork === 'brest-litovsk')?.options.find((o) => o.option === 'sign-now');
    expect(sign).toMatchObject({ text: 'Sign the German terms at once', historical: false });
    expect(sign?.advocates).toContain('Lenin');
    const pact = index.find((f) => f.fork === 'pact-1939')?.options.find((o) => o.option === 'pact');
    expect(pact).toMatchObject({ text: 'Sign a non-aggression pact with Germany', historical: true });
  });

  it('marks history’s options', () => {
    for (const f of index)
      expect(
        f.options.some((o) => o.historical),
        f.fork,
      ).toBe(true);
  });

  it('holds every option the runtime offers at a fork, with a text the runtime shows', () => {
    const seen = explore(40);
    const byFork = new Map(index.map((f) => [f.fork, f]));
    for (const [key, texts] of seen) {
      const [fork, option] = key.split('|') as [ForkId, string];
      const entry = byFork.get(fork)?.options.find((o) => o.option === option);
      expect(entry, `${key} is offered but not in the index`).toBeDefined();
      // An inline alternative is indexed by its first branch, which some playthrough shows.
      expect([...texts], key).toContain(entry?.text);
    }
    // And the runtime, played widely, reaches (nearly) every option the index lists.
    const listed = index.flatMap((f) => f.options.map((o) => `${f.fork}|${o.option}`));
    const reached = listed.filter((k) => seen.has(k));
    expect(reached.length / listed.length).toBeGreaterThan(0.9);
  });
});

describe('reading the compiled story', () => {
  it('gives history’s options the text history’s path shows', () => {
    const game = new Game(bundle);
    const shown = new Map<string, string>();
    let scene = game.scene();
    while (scene.choices.length) {
      for (const c of scene.choices) if (!shown.has(`${scene.fork}|${c.option}`)) shown.set(`${scene.fork}|${c.option}`, c.text.trim());
      const next = scene.choices.find((c) => c.historical);
      if (!next) break;
      scene = game.choose(next.index);
    }
    expect(playHistory(new Game(bundle)).ending).not.toBeNull();
    for (const f of index) {
      for (const o of f.options.filter((x) => x.historical))
        expect(o.text, `${f.fork}/${o.option}`).toBe(shown.get(`${f.fork}|${o.option}`));
    }
  });

  it('tracks the fork across choice points and knots, and skips choices before any fork or without an option', () => {
    const ink = [
      '* [Before any fork # option: early] -> knot',
      '=== knot ===',
      'Opening. # fork: october',
      '* {true} [Take it {true:now|later} # option: take-it # advocates: Lenin, Trotsky # historical: yes] -> next',
      '+ (label) [Wait # option: wait-it] -> next',
      '* [A choice with no option] -> next',
      '=== next ===',
      'Text # fork: brest-litovsk',
      '* Sign [at once # option: sign] and go',
      '  -> END',
      '* [Wait again # option: wait-it] -> END',
    ].join('\n');
    const json = new Compiler(ink).Compile().ToJson() ?? '';
    expect([...optionsInCompiledStory(json)]).toEqual([
      ['october', ['take-it', 'wait-it']],
      ['brest-litovsk', ['sign', 'wait-it']],
    ]);
    expect(forkIndex({ json, version: 'test' })).toEqual([
      {
        fork: 'october',
        options: [
          { option: 'take-it', text: 'Take it now', historical: true, advocates: ['Lenin', 'Trotsky'] },
          { option: 'wait-it', text: 'Wait', historical: false, advocates: [] },
        ],
      },
      {
        fork: 'brest-litovsk',
        options: [
          { option: 'sign', text: 'Sign at once', historical: false, advocates: [] },
          { option: 'wait-it', text: 'Wait again', historical: false, advocates: [] },
        ],
      },
    ]);
  });

  it('fails loudly when the story has an option no path offers', () => {
    const ink = [
      'Opening. # fork: october',
      '* [Go # option: go # historical: yes] -> END',
      '* {false} [Never # option: never] -> END',
    ].join('\n');
    const json = new Compiler(ink).Compile().ToJson() ?? '';
    expect(() => forkIndex({ json, version: 'test' })).toThrow(/october\|never/);
  });
});
