/**
 * Every ending's last map agrees with its epilogue: the Union dissolved in 1991 leaves nothing
 * Soviet and shows the red flag coming down; the party that keeps power keeps the Union but
 * the Baltic states; renewal lets six republics go by agreement; the early endings show who won.
 * The endings of 1991 title the map for 1991, whether the Union ends or holds.
 * Checked over seeded random walks that reach every ending, and on a reported path.
 */
import { describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { Game } from '../../src/engine/Game';
import { decodeLink } from '../../src/engine/pathCode';
import { expandRegion } from '../../src/engine/regions';
import { replay } from '../../src/engine/replay';
import { ENDINGS, type Control, type EndingId, type GameState, type Marker } from '../../src/engine/types';

const bundle = compileStory().bundle;
if (!bundle) throw new Error('story does not compile');

const group = (id: string): string[] => expandRegion(id) ?? [];
/** The Soviet republics of 1922 as the map draws them. */
const UNION = [...group('russia'), 'ukraine', 'belarus', 'crimea', ...group('caucasus'), 'central-asia'];
const BALTIC = group('baltic');
/** The people's democracies of 1945–89 as the map draws them. */
const EASTERN_EUROPE = ['poland', 'german-east', 'czechoslovakia', 'hungary', 'romania', 'bulgaria'];
const RED_FLAG = /red flag comes down/i;

interface Final {
  state: GameState;
  /** Every marker shown on the way to the ending (the last scenes' included). */
  markers: Marker[];
}

const heldBy = (f: Final, regions: string[], control: Control): string[] => regions.filter((r) => f.state.control[r] !== control);
const noBlocIn = (f: Final, regions: string[]): string[] => regions.filter((r) => f.state.control[r] === 'bloc');
const redFlag = (f: Final): boolean => f.markers.some((m) => RED_FLAG.test(m.caption));
/** The map's title names the borders of 1991 (not those of 1945) when the game ends in 1991. */
const titled = (f: Final, era: GameState['era']): string[] => (f.state.era === era ? [] : [`map titled by era ${String(f.state.era)}`]);

/** What each ending's last map must show; each returns the regions (or facts) that are wrong. */
const RULES: Record<EndingId, (f: Final) => string[]> = {
  'dissolution-1991': (f) => [
    ...Object.entries(f.state.control)
      .filter(([, c]) => c === 'soviet' || c === 'bloc')
      .map(([r, c]) => `${r}=${c}`),
    ...heldBy(f, [...UNION, ...BALTIC], 'independent'),
    ...(redFlag(f) ? [] : ['no red flag marker']),
    ...titled(f, '1991'),
  ],
  'party-market': (f) => [
    ...heldBy(f, UNION, 'soviet'),
    ...heldBy(f, BALTIC, 'independent'),
    ...noBlocIn(f, EASTERN_EUROPE),
    ...(redFlag(f) ? ['red flag marker'] : []),
    ...titled(f, '1991-union'),
  ],
  renewal: (f) => [
    ...heldBy(
      f,
      UNION.filter((r) => r !== 'georgia' && r !== 'armenia'),
      'soviet',
    ),
    ...heldBy(f, [...BALTIC, 'georgia', 'armenia'], 'independent'),
    ...noBlocIn(f, EASTERN_EUROPE),
    ...(redFlag(f) ? ['red flag marker'] : []),
    ...titled(f, '1991-union'),
  ],
  thermidor: (f) => heldBy(f, UNION, 'soviet'),
  barbarossa: (f) => heldBy(f, ['petrograd', 'moscow', 'ukraine', 'belarus'], 'axis'),
  crushed: (f) => heldBy(f, ['petrograd', 'moscow'], 'white'),
  'generals-russia': (f) => heldBy(f, ['petrograd', 'moscow'], 'white'),
};

/** A seeded walk to an ending (the same generator on every run). */
function walk(game: Game, next: () => number): Final {
  let scene = game.reset();
  const markers = [...scene.markers];
  while (scene.choices.length) {
    scene = game.choose(Math.floor(next() * scene.choices.length));
    markers.push(...scene.markers);
  }
  return { state: game.state(), markers };
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const WALKS = 250;

describe('the last map of every ending', () => {
  it(`agrees with the ending's epilogue on ${WALKS} seeded walks, every ending reached`, () => {
    const game = new Game(bundle);
    const next = seeded(1991);
    const seen = new Map<EndingId, number>();
    const wrong: string[] = [];
    for (let i = 0; i < WALKS; i++) {
      const f = walk(game, next);
      const ending = f.state.ending;
      expect(ending, `walk ${i} ends`).not.toBeNull();
      if (!ending) continue;
      seen.set(ending, (seen.get(ending) ?? 0) + 1);
      const problems = RULES[ending](f);
      if (problems.length) wrong.push(`${ending} (walk ${i}, ${f.state.year}): ${problems.join(', ')}`);
    }
    expect([...seen.keys()].sort()).toEqual([...ENDINGS].sort());
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('names no region the Tsarist Empire once the Tsar has abdicated (the first choice), on 100 seeded walks', () => {
    const game = new Game(bundle);
    const next = seeded(1917);
    const stale = new Set<string>();
    for (let i = 0; i < 100; i++) {
      let scene = game.reset();
      while (scene.choices.length) {
        scene = game.choose(Math.floor(next() * scene.choices.length));
        for (const [region, control] of Object.entries(game.state().control)) {
          if (control === 'empire') stale.add(`${region} (${scene.date})`);
        }
      }
    }
    expect([...stale].slice(0, 10)).toEqual([]);
  });

  it('keeps the Union on the reported path where the party keeps power (no dissolution, no red flag)', () => {
    const link = decodeLink('#p=1Mad8y_YQABBAAABABAAAABAAABBAAAABBBWiPoo');
    if (!link.ok) throw new Error(link.problem.message);
    const game = new Game(bundle);
    const markers: Marker[] = [];
    const outcome = replay(game, link.value, { onChoice: ({ after }) => markers.push(...after.markers) });
    expect(outcome.stop).toBeNull();
    const f = { state: game.state(), markers };
    expect(f.state.ending).toBe('party-market');
    expect(RULES['party-market'](f)).toEqual([]);
    expect(f.state.control['petrograd']).toBe('soviet');
    expect(f.state.control['ukraine']).toBe('soviet');
  });
});
