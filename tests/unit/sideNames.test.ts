/** The map's sides named for the year on screen (legend, region list, region card, map log). */
import { describe, expect, it } from 'vitest';
import { controlName } from '../../src/shared/palette';

describe('side names by era', () => {
  it('names the Entente, the Empire and the Central Powers as the year knew them', () => {
    expect(controlName('allied', 1917)).toBe('Allied (Entente)');
    expect(controlName('allied', 1941)).toBe('Allies');
    expect(controlName('allied', 1991)).toBe('NATO and its allies');
    expect(controlName('empire', 1917)).toBe('Tsarist Empire');
    expect(controlName('empire', 1922)).not.toMatch(/Tsarist/);
    expect(controlName('central', 1918)).toMatch(/Central Powers/);
    expect(controlName('central', 1939)).toBe('Germany');
    expect(controlName('soviet', 1991)).toBe('Soviet');
  });
});
