/** Comparing paths on the real story: history against signing at once at Brest-Litovsk. */
import { describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { Game } from '../../src/engine/Game';
import {
  causesFrom,
  comparePaths,
  historyPath,
  inputFromCode,
  playHistory,
  replayPath,
  MAX_CAUSES_PER_METER,
  type PathInput,
  type StepEffect,
} from '../../src/engine/compare';
import { encodePath, decodePath } from '../../src/engine/pathCode';
import { FORKS, METERS, type PathStep } from '../../src/engine/types';

const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

/** History everywhere, except these options (by id) where they are offered. */
function pathWith(options: string[]): PathStep[] {
  const game = new Game(bundle!);
  let scene = game.scene();
  while (scene.choices.length) {
    const c = scene.choices.find((x) => options.includes(x.option)) ?? scene.choices.find((x) => x.historical);
    if (!c) throw new Error(`no historical option at ${scene.fork}`);
    scene = game.choose(c.index);
  }
  return game.path().steps;
}

const history = historyPath(bundle);
const signNow: PathInput = { label: 'Sign now', storyVersion: bundle.version, steps: pathWith(['sign-now']) };

describe('replaying a path', () => {
  it("history ends in 1991 with the dissolution, history's choice at every step", () => {
    const r = replayPath(bundle, history);
    expect(r.ending).toEqual({ id: 'dissolution-1991', title: '1991', year: 1991 });
    expect(r.stoppedAt).toBeNull();
    expect(r.message).toBeNull();
    expect(r.finished).toBe(true);
    expect(r.snapshots[0]).toMatchObject({ step: 0, year: 1917, option: null, historical: null });
    expect(r.snapshots).toHaveLength(history.steps.length + 1);
    expect(r.snapshots.slice(1).every((s) => s.historical)).toBe(true);
    expect(r.snapshots.map((s) => s.step)).toEqual(r.snapshots.map((_, i) => i));
    // The last snapshot is the state at the end.
    const game = new Game(bundle);
    playHistory(game);
    const end = game.state();
    expect(r.snapshots.at(-1)).toMatchObject({
      meters: end.meters,
      livesLost: end.livesLost,
      territory: end.territory,
      control: end.control,
    });
    // The why-log, step by step, is Game.why's.
    for (const m of [...METERS, 'lives'] as const) {
      expect(r.effects.filter((e) => e.meter === m).map(({ step: _s, ...e }) => e)).toEqual(game.why(m));
    }
  });

  it('replays a share code (by position) like the steps it came from', () => {
    const code = encodePath(
      bundle.version,
      signNow.steps.map((s) => s.index),
    );
    const decoded = decodePath(code);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const byCode = replayPath(bundle, inputFromCode(decoded.value, code));
    const bySteps = replayPath(bundle, signNow);
    expect(byCode.snapshots).toEqual(bySteps.snapshots);
    expect(byCode.ending).toEqual(bySteps.ending);
    expect(byCode.notice).toBeNull();
  });

  it('stops cleanly where an option no longer exists, keeping how far it got', () => {
    const steps = history.steps.map((s, i) => (i === 9 ? { ...s, option: 'vanished' } : s));
    for (const storyVersion of ['oldstory', bundle.version]) {
      const r = replayPath(bundle, { label: 'Old', storyVersion, steps });
      expect(r.stoppedAt, storyVersion).toBe(10);
      expect(r.message).toContain('choice 10 ("vanished"');
      expect(r.ending).toBeNull();
      expect(r.snapshots).toHaveLength(10);
      expect(r.steps).toEqual(history.steps.slice(0, 9));
      expect(r.storyChanged).toBe(storyVersion !== bundle.version);
      expect(r.notice === null).toBe(storyVersion === bundle.version);
    }
  });

  it('replays an old version by option id, and an old share code by position with a warning', () => {
    const byId = replayPath(bundle, { ...history, storyVersion: 'oldstory' });
    expect(byId.ending?.id).toBe('dissolution-1991');
    expect(byId.notice).toContain('matched by option id');
    const byPosition = replayPath(bundle, { label: 'x', storyVersion: '00000000', indices: history.steps.map((s) => s.index) });
    expect(byPosition.ending?.id).toBe('dissolution-1991');
    expect(byPosition.notice).toContain('by position');
  });

  it('says where a share code asks for a choice that is not there', () => {
    const indices = history.steps.map((s) => s.index);
    const outOfRange = replayPath(bundle, { label: 'x', storyVersion: bundle.version, indices: [...indices.slice(0, 3), 30] });
    expect(outOfRange.stoppedAt).toBe(4);
    expect(outOfRange.message).toMatch(/Choice 4 of this path \(31\) is not offered at Kornilov and the Red Guards, August 1917/);
    const leftOver = replayPath(bundle, { label: 'x', storyVersion: bundle.version, indices: [...indices, 0] });
    expect(leftOver.ending?.id).toBe('dissolution-1991');
    expect(leftOver.stoppedAt).toBe(indices.length + 1);
    expect(leftOver.message).toContain('left over');
  });

  it('says when a path ends before the story does', () => {
    const r = replayPath(bundle, { ...history, steps: history.steps.slice(0, 5) });
    expect(r.ending).toBeNull();
    expect(r.stoppedAt).toBeNull();
    expect(r.finished).toBe(false);
    expect(r.message).toContain('before the story ends');
  });
});

describe('comparing paths', () => {
  const c = comparePaths(bundle, [history, signNow]);
  const pair = c.pairs[0]!;
  const [a, b] = c.paths;

  it("finds the first divergence at Brest-Litovsk, with each path's option", () => {
    expect(c.pairs).toHaveLength(1);
    expect(pair.firstDivergence).toMatchObject({
      fork: 'brest-litovsk',
      year: 1918,
      a: { option: 'neither-war-nor-peace', historical: true },
      b: { option: 'sign-now', historical: false },
    });
    expect(pair.firstDivergence?.b?.choiceText).toBe('Sign the German terms at once');
    expect(pair.divergences[0]?.fork).toBe('brest-litovsk');
    expect(pair.divergences[0]?.a.map((x) => x.option)).toEqual(['neither-war-nor-peace', 'accept-terms']);
    expect(pair.divergences[0]?.b.map((x) => x.option)).toEqual(['sign-now']);
  });

  it('gives the meters at every fork both reached: equal before the divergence, B − A after', () => {
    const forks = pair.meterDiffs.map((d) => d.fork);
    expect(forks).toEqual([...FORKS]);
    const brest = forks.indexOf('brest-litovsk');
    for (const d of pair.meterDiffs.slice(0, brest)) {
      expect(
        Object.values(d.delta.meters).every((x) => x === 0),
        d.fork ?? '',
      ).toBe(true);
      expect(d.delta.livesLost).toBe(0);
    }
    const at = pair.meterDiffs[brest]!;
    // Signing at once loses less industry than signing after the German advance (−4 against −6).
    const industryAt = (effects: readonly StepEffect[]): number =>
      effects.filter((e) => e.meter === 'industry' && e.fork === 'brest-litovsk').reduce((s, e) => s + e.delta, 0);
    expect(industryAt(b!.effects)).toBeGreaterThan(industryAt(a!.effects));
    expect(at.delta.meters.industry).toBeGreaterThan(0);
    expect(at.delta.meters.industry).toBe(at.b.meters.industry - at.a.meters.industry);
    // …and keeps more territory (the essay's claim, checked by the story tests too).
    expect(at.delta.territory).toBeGreaterThan(0);
  });

  it('reports both endings and the state at the end', () => {
    expect(a!.ending?.id).toBe('dissolution-1991');
    expect(b!.ending).not.toBeNull();
    expect(pair.final.a.meters).toEqual(a!.snapshots.at(-1)!.meters);
    expect(pair.final.delta.livesLost).toBe(pair.final.b.livesLost - pair.final.a.livesLost);
  });

  it('gives the chain of causes from the divergence on, largest first, at most five per meter', () => {
    const d = pair.divergences[0]!;
    for (const [path, groups] of [
      [a!, d.causes.a],
      [b!, d.causes.b],
    ] as const) {
      const from = path.snapshots.find((s) => s.fork === 'brest-litovsk' && s.step > 0)!.step;
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) {
        expect(g.causes.length).toBeLessThanOrEqual(MAX_CAUSES_PER_METER);
        expect(g.causes.length).toBe(Math.min(g.count, MAX_CAUSES_PER_METER));
        const sizes = g.causes.map((x) => Math.abs(x.delta));
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        expect(g.causes.every((x) => x.meter === g.meter && x.step >= from)).toBe(true);
        const all = path.effects.filter((e) => e.meter === g.meter && e.step >= from);
        expect(g.total).toBe(all.reduce((s, e) => s + e.delta, 0));
      }
    }
    // What only signing at once did: the treaty's own terms.
    const industry = d.causes.b.find((g) => g.meter === 'industry');
    expect(industry?.distinct.some((x) => x.fork === 'brest-litovsk' && x.delta < 0)).toBe(true);
    expect(d.causes.a.find((g) => g.meter === 'industry')?.distinct.some((x) => x.fork === 'brest-litovsk')).toBe(true);
  });

  it("keeps one path's causes only when the other lacks them", () => {
    const e = (delta: number, reason: string, step: number): StepEffect => ({
      meter: 'army',
      delta,
      reason,
      fork: 'red-army',
      year: 1918,
      step,
    });
    const mine = [e(5, 'x', 1), e(5, 'x', 2), e(-9, 'y', 3), e(1, 'old', 0)];
    const [g] = causesFrom(mine, 1, [e(5, 'x', 4)]);
    expect(g).toMatchObject({ meter: 'army', total: 1, count: 3, distinctTotal: -4 });
    expect(g?.causes.map((x) => x.delta)).toEqual([-9, 5, 5]);
    expect(g?.distinct.map((x) => x.delta)).toEqual([-9, 5]);
    expect(causesFrom(mine, null)).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('finds no divergence between a path and itself, and a prefix parts where it stops', () => {
    const same = comparePaths(bundle, [history, { ...history, label: 'Again' }]).pairs[0]!;
    expect(same.firstDivergence).toBeNull();
    expect(same.divergences).toEqual([]);
    expect(same.meterDiffs.every((d) => d.delta.livesLost === 0 && d.delta.territory === 0)).toBe(true);
    const prefix = comparePaths(bundle, [{ ...history, label: 'Short', steps: history.steps.slice(0, 5) }, history]).pairs[0]!;
    expect(prefix.firstDivergence).toMatchObject({ step: 6, fork: 'october', a: null, b: { historical: true } });
    expect(prefix.divergences.map((d) => d.reachedBy)).toContain('b');
    expect(prefix.meterDiffs.map((d) => d.fork)).toEqual(FORKS.slice(0, 5));
  });

  it('compares up to four paths, the first against each other', () => {
    const many = comparePaths(bundle, [
      history,
      signNow,
      { label: 'War', storyVersion: bundle.version, steps: pathWith(['revolutionary-war']) },
      history,
    ]);
    expect(many.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(many.pairs[1]?.firstDivergence?.b?.option).toBe('revolutionary-war');
    expect(() => comparePaths(bundle, [])).toThrow(RangeError);
    expect(() => comparePaths(bundle, [history, history, history, history, history])).toThrow(RangeError);
  });
});
