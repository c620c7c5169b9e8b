/**
 * The real story, compiled and played: thousands of seeded random walks, every fork and
 * ending reached, meters bounded, and the historical path is the one history took.
 */
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/cli/compileStory';
import { playHistory, tagValuesInSource } from '../../src/cli/headless';
import { checkStory } from '../../src/cli/storyCheck';
import { Game } from '../../src/engine/Game';
import { REGIONS } from '../../src/engine/regions';
import { FORKS, METERS } from '../../src/engine/types';

const compiled = compileStory();
const bundle = compiled.bundle;
const CHAPTER_1 = ['february', 'provisional-government', 'july-days', 'red-guards', 'october'];

describe('the story', () => {
  it('compiles without errors or warnings', () => {
    expect(compiled.errors).toEqual([]);
    expect(compiled.warnings).toEqual([]);
    expect(bundle).not.toBeNull();
  });

  it('survives 10,000 seeded random walks: no ink errors, tag problems or dead ends; every fork and ending reached; meters within 0–100', () => {
    if (!bundle) throw new Error('no story');
    const report = checkStory(bundle, {
      walks: 10_000, seed: 1917, searchBudget: 20_000,
      declaredForks: tagValuesInSource('fork'), declaredEndings: tagValuesInSource('ending'), compileWarnings: [],
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.deadEnds).toBe(0);
    expect(report.forksReached.sort()).toEqual([...report.forks].sort());
    for (const e of report.endings) expect(e.reached, e.id).toBe(true);
    for (const m of METERS) {
      const [lo, hi] = report.meterRange[m];
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(100);
    }
  });

  it('uses only fork ids from the design, and every Chapter 1 fork exists', () => {
    const forks = tagValuesInSource('fork');
    for (const f of forks) expect(FORKS as readonly string[]).toContain(f);
    for (const f of CHAPTER_1) expect(forks).toContain(f);
    expect(tagValuesInSource('ending')).toContain('generals-russia');
  });

  it('the historical path takes history\'s option at every fork of 1917, in order, and reaches October', () => {
    if (!bundle) throw new Error('no story');
    const game = new Game(bundle);
    const end = playHistory(game);
    const { timeline, control } = game.state();
    expect(timeline.every((t) => t.historical)).toBe(true);
    const forks = [...new Set(timeline.map((t) => t.fork))];
    expect(forks.slice(0, CHAPTER_1.length)).toEqual(CHAPTER_1);
    expect(end.ending).toBeNull(); // history did not end in 1917
    expect(control['petrograd']).toBe('soviet');
    expect(control['moscow']).toBe('soviet');
    const october = timeline.filter((t) => t.fork === 'october');
    expect(october[0]?.year).toBe(1917);
    expect(game.storyErrors()).toEqual([]);
  });

  it('every region named by a map tag exists in the map data', () => {
    if (!bundle) throw new Error('no story');
    // The tag parser validates regions; walking the historical path plus the checker covers the rest.
    const ids = new Set(REGIONS.map((r) => r.id));
    const game = new Game(bundle);
    playHistory(game);
    for (const c of game.state().mapLog) expect(ids.has(c.region), c.region).toBe(true);
  });
});
