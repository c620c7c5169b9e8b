import { describe, expect, it } from 'vitest';
import { cachedCompileStory } from '../../src/build/compileStory';
import { Game } from '../../src/engine/Game';
import { russianFederationShare } from '../../src/engine/regions';
import { territoryReading } from '../../src/shared/territory';
import { historyToEnd } from '../story/paths';

describe('the Territory tally', () => {
  it('reads as a share of the old Empire while the Union stands', () => {
    expect(territoryReading({ territory: 0.642, ending: null })).toMatchObject({ text: '64%' });
    expect(territoryReading({ territory: 0.97, ending: 'party-market' }).text).toBe('97%');
  });

  it('after the dissolution of 1991 says the Union is gone and what Russia keeps, not a bare 0%', () => {
    const bundle = cachedCompileStory().bundle;
    if (!bundle) throw new Error('story does not compile');
    const game = new Game(bundle);
    historyToEnd(game);
    const state = game.state();
    expect(state.ending).toBe('dissolution-1991');
    expect(state.territory).toBe(0);
    const reading = territoryReading(state);
    expect(reading.text).toBe('Union dissolved · Russia 75%');
    expect(reading.title).toMatch(/Russian Federation/);
    // Russia is about three quarters of the Union by area (17.1 of 22.4 million km²).
    expect(russianFederationShare()).toBeGreaterThan(0.7);
    expect(russianFederationShare()).toBeLessThan(0.8);
  });
});
