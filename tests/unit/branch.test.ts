import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { loadBundle } from '../../src/cli/headless';
import { branchAt, endingsSeen, pathForks } from '../../src/engine/branch';
import { historyPath } from '../../src/engine/compare';
import { ENDINGS } from '../../src/engine/types';
import { PathLibrary } from '../../src/storage/library';

const bundle = loadBundle();
const history = historyPath(bundle);

describe('branch and compare', () => {
  it('lists every fork of a path with the choice made there', () => {
    const forks = pathForks(bundle, history);
    expect(forks).toHaveLength(history.steps.length);
    expect(forks.map((f) => f.fork)).toEqual(history.steps.map((s) => s.fork));
    expect(forks.every((f) => f.historical && f.choiceText.length > 0)).toBe(true);
    expect(forks.map((f) => f.step)).toEqual(history.steps.map((_, i) => i));
  });

  it('replays a new game to a fork, with the parent’s earlier choices only, and leaves the parent as it was', () => {
    const before = JSON.stringify(history);
    const step = history.steps.findIndex((s) => s.fork === 'brest-litovsk');
    const r = branchAt(bundle, history, step);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.game.path().steps).toEqual(history.steps.slice(0, step));
    expect(r.game.scene().fork).toBe('brest-litovsk');
    expect(r.at.fork).toBe('brest-litovsk');
    // Another choice there plays on as its own path.
    const other = r.game.scene().choices.find((c) => !c.historical);
    expect(other).toBeDefined();
    r.game.choose(other!.index);
    expect(r.game.path().steps[step]?.option).not.toBe(history.steps[step]?.option);
    expect(JSON.stringify(history)).toBe(before);
  });

  it('branching at the first fork starts the story over; a fork the path never reached is refused', () => {
    const first = branchAt(bundle, history, 0);
    expect(first.ok && first.game.path().steps).toEqual([]);
    expect(first.ok && first.game.scene().fork).toBe(history.steps[0]?.fork);
    for (const bad of [-1, history.steps.length, 1.5]) {
      const r = branchAt(bundle, history, bad);
      expect(r.ok, String(bad)).toBe(false);
    }
  });

  it('counts distinct endings over finished paths, out of every ending the story has', () => {
    expect(endingsSeen([])).toEqual({ seen: [], total: ENDINGS.length });
    const s = (ending: (typeof ENDINGS)[number] | null, finished = true) => ({ ending, finished });
    expect(endingsSeen([s('crushed'), s('crushed'), s('renewal'), s(null, false), s('thermidor', false)])).toEqual({
      seen: ['crushed', 'renewal'],
      total: ENDINGS.length,
    });
  });

  it('the library keeps a branch’s link to its parent, and old entries without one still load', async () => {
    const lib = new PathLibrary(createStore('branch-test', 'paths'));
    const state = { storyVersion: bundle.version, steps: history.steps.slice(0, 3), ending: null, year: 1917, finished: false };
    await lib.record('parent', state, { name: 'Parent', origin: 'played' });
    const link = { parentId: 'parent', step: 2, fork: history.steps[2]!.fork };
    await lib.record('child', { ...state, steps: state.steps.slice(0, 2) }, { name: 'Child', origin: 'played', branch: link });
    await lib.record('child', state, { name: 'ignored', origin: 'played' });
    expect((await lib.get('child'))?.branch).toEqual(link);
    expect((await lib.get('parent'))?.branch).toBeUndefined();
    expect((await lib.get('parent'))?.steps).toEqual(state.steps);
  });
});
