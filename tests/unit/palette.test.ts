/**
 * The map palette read by players with colour-vision deficiencies: under a simulation of
 * protanopia, deuteranopia and tritanopia (and normal vision), every two legend colours stay
 * at least MIN_DIFFERENCE apart (CIEDE2000). The control marks (E, S, W, ...) on the map are the
 * second signal; this keeps colour a reliable first one.
 */
import { describe, expect, it } from 'vitest';
import { CONTROL_COLOURS } from '../../src/shared/palette';
import { deltaE2000, seenDifference, type Vision } from './colourVision';

const MIN_DIFFERENCE = 10;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

function closestPair(vision: Vision): { pair: string; difference: number } {
  const entries = Object.entries(CONTROL_COLOURS);
  let best = { pair: '', difference: Infinity };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [na, a] = entries[i] ?? ['', ''];
      const [nb, b] = entries[j] ?? ['', ''];
      const d = seenDifference(a, b, vision);
      if (d < best.difference) best = { pair: `${na} / ${nb}`, difference: Math.round(d * 10) / 10 };
    }
  }
  return best;
}

describe('the map palette under colour-vision deficiencies', () => {
  it('computes CIEDE2000 as published (Sharma et al. 2005, test pairs 1 and 7)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
  });

  it('sees red and green as nearly the same under deuteranopia (the simulation works)', () => {
    expect(seenDifference('#d55e00', '#6f8f00', 'deuteranopia')).toBeLessThan(seenDifference('#d55e00', '#6f8f00', 'normal') / 2);
  });

  for (const vision of VISIONS) {
    it(`keeps every two legend colours apart for ${vision}`, () => {
      expect(closestPair(vision).difference, JSON.stringify(closestPair(vision))).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
    });
  }
});
