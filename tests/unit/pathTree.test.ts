import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { forkIndex } from '../../src/build/forkIndex';
import { Game } from '../../src/engine/Game';
import { historyPath } from '../../src/engine/compare';
import { buildPathTree, type TreePath } from '../../src/engine/pathTree';

const bundle = loadBundle();
const forks = forkIndex(bundle);
const historyGame = new Game(bundle);
const history = { steps: historyPath(bundle, historyGame).steps, ...historyGame.state() };

/** History's choices except where `pick` says otherwise, up to `stopAt` (a fork) if given. */
function path(name: string, pick: Record<string, string>, stopAt: string | null = null): TreePath {
  const game = new Game(bundle);
  let scene = game.reset();
  while (scene.choices.length && scene.fork !== stopAt) {
    const wanted = scene.fork ? pick[scene.fork] : undefined;
    const c = scene.choices.find((x) => (wanted ? x.option === wanted : x.historical)) ?? scene.choices[0]!;
    scene = game.choose(c.index);
  }
  const s = game.state();
  return { name, steps: game.path().steps, ending: s.ending, year: s.year, finished: s.finished };
}

describe('the tree of paths on history’s spine', () => {
  const crushed = path('July', { 'provisional-government': 'critical-support', 'july-days': 'rise-now' });
  const sameStart = path('Coalition, then stop', { 'provisional-government': 'critical-support' }, 'october');
  const asHistory = path('History again', {});
  const tree = buildPathTree(forks, history, [crushed, sameStart, asHistory]);

  it('the trunk is history’s route, every choice history’s, ending at its ending', () => {
    expect(tree.trunk.map((t) => t.option)).toEqual(history.steps.map((s) => s.option));
    expect(tree.trunk.every((t) => t.historical)).toBe(true);
    expect(tree.history.ending).toBe('dissolution-1991');
    // The path that followed history all the way ends on the trunk's last step.
    expect(tree.trunk.at(-1)?.ends).toEqual([{ ending: 'dissolution-1991', year: 1991, finished: true, count: 1, names: [] }]);
    expect(tree.trunk[0]?.paths).toBe(3);
  });

  it('paths leave the trunk at the fork where they first chose otherwise, sharing a branch while their choices agree', () => {
    const at = tree.trunk.findIndex((t) => t.fork === 'provisional-government');
    const leaving = tree.trunk[at]?.branches ?? [];
    expect(leaving).toHaveLength(1);
    const [branch] = leaving;
    expect(branch?.steps[0]).toMatchObject({ fork: 'provisional-government', option: 'critical-support', paths: 2, historical: false });
    // Both came on to the July Days; there the crushed path rises, the other (stopped before October) does not.
    const july = branch?.steps.find((s) => s.fork === 'july-days');
    const otherAtJuly = [july, ...(july?.branches.map((b) => b.steps[0]) ?? [])].map((s) => s?.option);
    expect(otherAtJuly).toContain('rise-now');
    expect(july?.branches).toHaveLength(1);
    // Each ends where its last choice is: Crushed, 1917; and a path that stopped (no ending).
    const ends = JSON.stringify(branch);
    expect(ends).toContain('"ending":"crushed"');
    expect(ends).toContain('"ending":null');
  });

  it('at every trunk fork the options no path took from there are “not yet taken”; taken ones are not', () => {
    const pg = tree.trunk.find((t) => t.fork === 'provisional-government');
    expect(pg?.notYetTaken.map((o) => o.option)).not.toContain('critical-support');
    expect(pg?.notYetTaken.map((o) => o.option)).not.toContain(pg?.option);
    const feb = tree.trunk.find((t) => t.fork === 'february');
    const febOptions = forks.find((f) => f.fork === 'february')?.options ?? [];
    expect(feb?.notYetTaken).toHaveLength(febOptions.length - 1);
    expect(tree.trunk.reduce((n, t) => n + t.notYetTaken.length, 0)).toBeGreaterThan(30);
    // A fork the story comes back to lists each open option once.
    const open = tree.trunk.flatMap((t) => t.notYetTaken.map((o) => `${t.fork}|${o.option}`));
    expect(new Set(open).size).toBe(open.length);
  });

  it('names are kept only when the player gave them; unnamed paths are counted', () => {
    const named = buildPathTree(forks, history, [
      { ...crushed, named: true },
      { ...crushed, name: 'Other' },
    ]);
    const pg = named.trunk.find((t) => t.fork === 'provisional-government');
    const end = pg?.branches[0]?.steps.at(-1)?.ends[0];
    expect(end).toMatchObject({ ending: 'crushed', count: 2, names: ['July'] });
  });

  it('with no paths: the trunk alone, nothing taken, nothing branching', () => {
    const empty = buildPathTree(forks, history, []);
    expect(empty.trunk).toHaveLength(history.steps.length);
    expect(empty.trunk.every((t) => t.paths === 0 && t.branches.length === 0 && t.ends.length === 0)).toBe(true);
  });
});
