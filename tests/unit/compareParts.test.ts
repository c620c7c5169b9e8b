import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { comparePaths, historyPath, type PathInput } from '../../src/engine/compare';
import { forkByFork } from '../../src/engine/forkByFork';
import { firstPartings } from '../../src/engine/firstParting';

const bundle = loadBundle();

/** History's choices, except those given by fork. */
function pathWith(pick: Record<string, string>): PathInput {
  const game = new Game(bundle);
  let scene = game.reset();
  while (scene.choices.length) {
    const c =
      (scene.fork ? scene.choices.find((x) => x.option === pick[scene.fork ?? '']) : null) ?? scene.choices.find((x) => x.historical);
    scene = game.choose((c ?? scene.choices[0]!).index);
  }
  return { label: 'A path', storyVersion: bundle.version, steps: game.path().steps };
}

describe('every fork, side by side', () => {
  it('lists each fork once in story order, each path’s choices there, and marks only the forks where they differ', () => {
    const crushed = pathWith({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' });
    const { paths } = comparePaths(bundle, [crushed, historyPath(bundle)]);
    const rows = forkByFork(paths);
    const forks = rows.map((r) => r.fork);
    expect(new Set(forks).size).toBe(forks.length);
    expect(forks.slice(0, 3)).toEqual(['february', 'provisional-government', 'july-days']);
    const july = rows.find((r) => r.fork === 'july-days');
    expect(july?.differs).toBe(true);
    expect(july?.choices[0]?.map((c) => c.option)).toEqual(['rise-now']);
    expect(july?.choices[1]?.[0]?.historical).toBe(true);
    // At February they agree; they part at the Provisional Government.
    expect(rows[0]?.differs).toBe(false);
    expect(rows[1]?.differs).toBe(true);
    // After the rising is crushed only history goes on: those forks differ, A has no choice there.
    const lastOfA = forks.indexOf(paths[0]!.steps.at(-1)!.fork);
    const later = rows.slice(lastOfA + 1);
    expect(later.length).toBeGreaterThan(10);
    expect(later.every((r) => r.differs && r.choices[0]?.length === 0 && (r.choices[1]?.length ?? 0) > 0)).toBe(true);
  });

  it('two paths with the same choices differ nowhere', () => {
    const { paths } = comparePaths(bundle, [historyPath(bundle), historyPath(bundle)]);
    const rows = forkByFork(paths);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.differs)).toEqual([]);
  });
});

describe('where they first part, said once per fork', () => {
  it('paths that part from the first at the same choice are told together, each choice once', () => {
    const a = pathWith({ february: 'bread-first' });
    const b = pathWith({ 'provisional-government': 'critical-support' });
    const comparison = comparePaths(bundle, [a, b, historyPath(bundle)]);
    const partings = firstPartings(comparison);
    // A parts from B and from history at February, by the same choice: one parting, two choices.
    expect(partings).toHaveLength(1);
    const [feb] = partings;
    expect(feb?.fork).toBe('february');
    expect(feb?.step).toBe(1);
    expect(feb?.choices.map((c) => c.paths)).toEqual([[0], [1, 2]]);
    expect(feb?.choices[1]?.historical).toBe(true);
    expect(new Set(feb?.choices.map((c) => c.choiceText)).size).toBe(2);
  });

  it('a path that never came so far is said once, apart from the choices', () => {
    const crushed = pathWith({ 'provisional-government': 'critical-support', 'july-days': 'rise-now' });
    const comparison = comparePaths(bundle, [historyPath(bundle), crushed, historyPath(bundle)]);
    const partings = firstPartings(comparison);
    expect(partings.map((p) => p.fork)).toEqual(['provisional-government']);
    expect(partings[0]?.choices.find((c) => c.historical)?.paths).toEqual([0]);
    expect(partings[0]?.unreached).toEqual([]);
  });
});
