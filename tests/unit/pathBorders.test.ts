/**
 * The map's caption ("Borders: …") and the borders it shows agree with the date. After
 * Germany's defeat in November 1918 the Brest-Litovsk line is gone and no Central Power is left
 * on the map; on history's path the Treaty of Riga (March 1921) gives Poland the west of
 * Belarus and Ukraine. A path's own borders (peace on the Curzon line, a Soviet Poland) stay.
 */
import { describe, expect, it } from 'vitest';
import { ERAS, type EraId } from '../../src/engine/eras';
import { play, SOVIET_POLAND_1920, type Played } from './playPath';

/** The forks after November 1918 and before the Union is founded in December 1922. */
const AFTER_1918 = ['german-revolution', 'tax-in-kind'] as const;
const INTERWAR_SLICES = ['west-belarus', 'west-ukraine', 'vilna'] as const;

const caption = (era: EraId | null | undefined): string => (era ? ERAS[era].title : '');
const central = (p: Played, fork: string): string[] =>
  Object.entries(p.controlAt[fork] ?? {})
    .filter(([, c]) => c === 'central')
    .map(([r]) => r);

describe('borders and their caption, 1918–1922', () => {
  const history = play([], 1917);

  it("history's path captions the Brest-Litovsk line only while it held, in 1918", () => {
    expect(caption(history.eraAt['red-army'])).toMatch(/Brest-Litovsk/);
    for (const fork of AFTER_1918) expect(caption(history.eraAt[fork]), fork).not.toMatch(/Brest-Litovsk/);
  });

  it("history's path shows the Riga line in February–March 1921: the west of Belarus and Ukraine and Vilna outside the Soviet state", () => {
    expect(caption(history.eraAt['tax-in-kind'])).toMatch(/Riga/);
    for (const r of INTERWAR_SLICES) expect(history.controlAt['tax-in-kind']?.[r], r).toBe('independent');
    expect(history.controlAt['tax-in-kind']?.['poland']).toBe('independent');
  });

  for (const [name, options] of [
    ["history's path", []],
    ['peace on the Curzon line', ['peace-at-curzon-line']],
    ['a Soviet Poland', SOVIET_POLAND_1920],
  ] as const) {
    it(`${name}: no Central Power is left on the map after November 1918`, () => {
      const p = play(options, 1917);
      for (const fork of AFTER_1918) expect(central(p, fork), fork).toEqual([]);
    });
  }

  it('peace on the Curzon line: in 1921 the caption names no Riga line and the west of Belarus and Ukraine are Soviet', () => {
    const p = play(['peace-at-curzon-line'], 1917);
    expect(caption(p.eraAt['tax-in-kind'])).not.toMatch(/Riga|Brest-Litovsk/);
    expect(p.controlAt['tax-in-kind']?.['west-belarus']).toBe('soviet');
    expect(p.controlAt['general-secretary']?.['west-ukraine']).toBe('soviet');
  });

  it('a Soviet Poland: no strip of independent land between it and Soviet Belarus and Ukraine until 1939', () => {
    const p = play(SOVIET_POLAND_1920, 1917);
    expect(caption(p.eraAt['tax-in-kind'])).not.toMatch(/Riga|Brest-Litovsk/);
    for (const fork of ['tax-in-kind', 'general-secretary', 'pact-1939']) {
      expect(p.controlAt[fork]?.['poland'], fork).toBe('soviet');
      expect(p.controlAt[fork]?.['west-belarus'], fork).toBe('soviet');
      expect(p.controlAt[fork]?.['west-ukraine'], fork).toBe('soviet');
    }
  });
});
