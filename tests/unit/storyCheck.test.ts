/**
 * The story check's walks are played together (a scene many walks share is played once), and
 * checks run apart merge into one report: counts add up, nothing one part found is lost.
 */
import { describe, expect, it } from 'vitest';
import { checkStory, mergeReports, type CheckOptions } from '../../src/cli/storyCheck';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle();
const options = (walks: number, seed: number): CheckOptions => ({
  walks,
  seed,
  searchBudget: 100,
  declaredForks: ['february', 'october'],
  declaredEndings: ['crushed'],
  compileWarnings: [],
});

describe('checkStory', () => {
  it('counts every walk once: the ending and chapter-end shares add up to all walks, about half each', () => {
    const report = checkStory(bundle, options(1000, 1917));
    expect(report.walks).toBe(1000);
    const crushed = report.endingShare.crushed ?? 0;
    expect(crushed + report.chapterEndShare).toBeCloseTo(1, 10);
    expect(crushed).toBeGreaterThan(0.4);
    expect(crushed).toBeLessThan(0.6);
    expect(report.forksReached.sort()).toEqual(['february', 'october']);
    expect(report.errors).toEqual([]);
  });

  it('merges two checks into the report of all their walks', () => {
    const parts = [checkStory(bundle, options(300, 1)), checkStory(bundle, options(500, 2))];
    const merged = mergeReports(parts);
    expect(merged.walks).toBe(800);
    const count = (r: (typeof parts)[number]): number => Math.round((r.endingShare.crushed ?? 0) * r.walks);
    expect(merged.endingShare.crushed).toBeCloseTo((count(parts[0]!) + count(parts[1]!)) / 800, 10);
    expect(merged.endings).toEqual([{ id: 'crushed', reached: true, example: parts[0]!.endings[0]!.example }]);
    expect(merged.meterRange.soviets[0]).toBe(Math.min(parts[0]!.meterRange.soviets[0], parts[1]!.meterRange.soviets[0]));
    expect(merged.deadEnds).toBe(0);
  });

  it('keeps a part’s problems, but not a "never reached" another part did reach', () => {
    const good = checkStory(bundle, options(50, 1));
    const blind = {
      ...good,
      forksReached: ['february'],
      errors: ['fork "october" is never reached', 'meter bread out of range: 101'],
      deadEnds: 2,
    };
    const merged = mergeReports([good, blind]);
    expect(merged.errors).toEqual(['meter bread out of range: 101']);
    expect(merged.deadEnds).toBe(2);
    expect(mergeReports([blind]).errors).toContain('fork "october" is never reached');
  });
});
