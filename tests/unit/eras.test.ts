import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/Game';
import { ERAS, ERA_IDS } from '../../src/engine/eras';
import { expandRegion, REGIONS } from '../../src/engine/regions';
import { parseLineTag } from '../../src/engine/tags';
import { fixtureBundle } from './fixture';

describe('era base maps', () => {
  it('name only regions and groups that exist, and cover the border slices', () => {
    for (const id of ERA_IDS) {
      for (const key of Object.keys(ERAS[id].control)) expect(expandRegion(key), `${id}: ${key}`).not.toBeNull();
      expect(parseLineTag(`era: ${id}`).ok).toBe(true);
    }
    // The lands whose borders moved between the wars are set by every era after 1918.
    for (const slice of ['west-belarus', 'west-ukraine', 'vilna', 'karelia', 'bessarabia']) {
      expect(REGIONS.some((r) => r.id === slice)).toBe(true);
      for (const id of ['1919', '1921', '1922', '1939', '1945', '1991'] as const) {
        const covered = Object.keys(ERAS[id].control).flatMap((k) => expandRegion(k) ?? []);
        expect(covered, `${id} sets ${slice}`).toContain(slice);
      }
    }
    expect(parseLineTag('era: 1930')).toEqual({ ok: false, error: 'unknown era "1930"' });
  });

  it('puts history’s borders in place by year: Königsberg and South Sakhalin become Soviet in 1945', () => {
    expect(ERAS['1922'].control['west-belarus']).toBe('independent');
    expect(ERAS['1939'].control['west-belarus']).toBe('soviet');
    expect(ERAS['1945'].control['konigsberg']).toBe('soviet');
    expect(ERAS['1945'].control['south-sakhalin']).toBe('soviet');
    expect(ERAS['1945'].control['german-east']).toBe('bloc');
    expect(ERAS['1991'].control['karelia']).toBe('independent');
  });

  it('lays the era over the map, but the path’s own (speculative) changes stay on top', () => {
    const bundle = fixtureBundle('eras.ink');
    const history = new Game(bundle);
    expect(history.state().era).toBe('1914');
    expect(history.state().control['poland']).toBe('empire');
    history.choose(0);
    const s = history.state();
    expect(s.era).toBe('1939');
    expect(s.control['poland']).toBe('axis');
    expect(s.control['west-belarus']).toBe('soviet');
    expect(s.control['estonia']).toBe('soviet');

    const other = new Game(bundle);
    const scene = other.choose(1);
    expect(other.state().control['poland']).toBe('soviet');
    expect(other.state().control['west-belarus']).toBe('soviet');
    // Only net changes are reported: Poland went empire -> soviet, not via axis.
    expect(scene.mapChanges.filter((c) => c.region === 'poland').map((c) => c.control)).toEqual(['soviet']);
    // A later non-speculative change wins again.
    other.choose(0);
    expect(other.state().control['poland']).toBe('bloc');
  });

  it('counts a speculative change as the path’s own only while it differs from history’s map', () => {
    const bundle = fixtureBundle('eras-1991.ink');
    const other = new Game(bundle);
    other.choose(1);
    // Ukraine came back to the Soviet side, as in history: no longer the path's own, the eras move it.
    // Poland went Soviet on this path alone: the 1945 era leaves it.
    expect(other.state().control['ukraine']).toBe('soviet');
    expect(other.state().control['poland']).toBe('soviet');
    expect(other.state().era).toBe('1945');
    other.choose(0);
    const end = other.state();
    expect(end.era).toBe('1991');
    expect(end.control['ukraine']).toBe('independent');
  });

  it('ends the Union in 1991 whatever the path changed: nothing is left to the Soviet side or its bloc', () => {
    expect(ERAS['1991'].endsUnion).toBe(true);
    for (const option of [0, 1]) {
      const game = new Game(fixtureBundle('eras-1991.ink'));
      game.choose(option);
      game.choose(0);
      const held = Object.entries(game.state().control).filter(([, c]) => c === 'soviet' || c === 'bloc');
      expect(held, `option ${option}`).toEqual([]);
      expect(game.state().control['poland']).toBe('independent');
      expect(game.state().control['moscow']).toBe('independent');
    }
  });
});
