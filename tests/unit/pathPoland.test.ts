/**
 * Poland in 1945 as the path has made it. History's Poland lost its east to the Union and
 * "moves west" to the Oder and the Neisse. Where the border has run on the Curzon line since
 * 1920, or Poland has been a Soviet republic since then, it loses nothing in the east: it only
 * gains Germany's lands in the west (speculation), and a Soviet Poland has no coalition
 * government to lose in 1947.
 */
import { describe, expect, it } from 'vitest';
import { play, saying, SOVIET_POLAND_1920 } from './playPath';

const MOVES_WEST = /Poland moves west/;
const RIGGED_1947 = /Poland's rigged election/;

describe('Poland in 1945', () => {
  it("history's Poland moves west to the Oder and the Neisse, and its coalition ends in a rigged election in 1947", () => {
    const h = play([], 1945);
    expect(saying(h, MOVES_WEST).length).toBe(1);
    expect(saying(h, RIGGED_1947).length).toBe(1);
    expect(saying(h, /loses nothing in the east/)).toEqual([]);
    expect(h.controlAt['after-stalin']?.['german-east']).toBe('bloc');
  });

  for (const option of ['pact', 'alliance', 'neutral']) {
    it(`a Soviet Poland from 1920 (${option} in 1939) does not move west: its eastern border stays, and it has no coalition to end`, () => {
      const p = play([...SOVIET_POLAND_1920, option], 1945);
      expect(saying(p, MOVES_WEST)).toEqual([]);
      expect(saying(p, RIGGED_1947)).toEqual([]);
      expect(saying(p, /Soviet Poland, a Soviet republic since 1920, is freed/).length).toBe(1);
      expect(saying(p, /Poland has been a Soviet republic since 1920, and it has no coalition/).length).toBe(1);
      // The German lands it is given are on the map, and the Union keeps no Polish land.
      expect(p.controlAt['after-stalin']?.['german-east']).toBe('bloc');
      expect(p.controlAt['after-stalin']?.['poland']).toBe('bloc');
    });
  }

  for (const option of ['peace-at-curzon-line', 'turn-east']) {
    it(`${option}: Poland, on the Curzon line since 1920, loses nothing in the east in 1945 and does not "move west"`, () => {
      const p = play([option], 1945);
      expect(saying(p, MOVES_WEST)).toEqual([]);
      expect(saying(p, /eastern border stays on the Curzon line, where it has run since 1920/).length).toBe(1);
    });
  }
});
