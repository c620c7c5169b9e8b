import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { encodePath } from '../../src/engine/pathCode';
import { describeStakes, type ChoicePreview } from '../../src/engine/preview';
import { METERS, type Scene } from '../../src/engine/types';
import { fixtureBundle } from './fixture';

const bundle = loadBundle();

/** What really happened after a choice, summed from the recorded effects (not from preview.ts). */
function happened(scene: Scene): { up: string[]; down: string[]; lives: boolean } {
  const sum = (m: string): number => scene.effects.filter((e) => e.meter === m).reduce((s, e) => s + e.delta, 0);
  return {
    up: METERS.filter((m) => sum(m) > 0),
    down: METERS.filter((m) => sum(m) < 0),
    lives: sum('lives') > 0,
  };
}

const shown = (p: ChoicePreview): { up: string[]; down: string[]; lives: boolean } => ({
  up: p.meters.filter((m) => m.direction === 'up').map((m) => m.meter),
  down: p.meters.filter((m) => m.direction === 'down').map((m) => m.meter),
  lives: p.costsLives,
});

/** History's choices (0-based) through the whole century. */
function historyIndices(): number[] {
  const game = new Game(bundle);
  const picks: number[] = [];
  for (let scene = game.scene(); scene.choices.length;) {
    const c = scene.choices.find((x) => x.historical);
    if (!c) throw new Error(`no historical option at ${scene.fork}`);
    picks.push(c.index);
    scene = game.choose(c.index);
  }
  return picks;
}

describe('stakes shown before choosing', () => {
  const history = historyIndices();

  it('for every option at every fork of history’s path, shows what choosing it really does', () => {
    const game = new Game(bundle);
    const other = new Game(bundle);
    let checked = 0;
    let moving = 0;
    for (const [step, pick] of history.entries()) {
      const previews = game.preview();
      expect(previews.map((p) => p.option)).toEqual(game.scene().choices.map((c) => c.option));
      for (const choice of game.scene().choices) {
        other.reset();
        for (const i of history.slice(0, step)) other.choose(i);
        const actual = happened(other.choose(choice.index));
        expect(shown(previews[choice.index]!), `${game.scene().fork} / ${choice.option}`).toEqual(actual);
        checked++;
        if (actual.up.length + actual.down.length > 0) moving++;
      }
      game.choose(pick);
    }
    expect(checked).toBeGreaterThan(history.length * 2);
    // Stakes worth showing: nearly every option moves some meter.
    expect(moving).toBeGreaterThan(checked * 0.9);
  });

  it('leaves the game as it was: a previewed game plays on exactly like one never previewed', () => {
    const plain = new Game(bundle);
    const looked = new Game(bundle);
    for (const pick of history) {
      looked.preview();
      looked.preview();
      const a = plain.choose(pick);
      const b = looked.choose(pick);
      expect(b).toEqual(a);
    }
    expect(looked.state()).toEqual(plain.state());
    expect(looked.why('lives')).toEqual(plain.why('lives'));
    expect(
      encodePath(
        bundle.version,
        looked.path().steps.map((s) => s.index),
      ),
    ).toBe(
      encodePath(
        bundle.version,
        plain.path().steps.map((s) => s.index),
      ),
    );
    expect(looked.storyErrors()).toEqual([]);
  });

  it('restores ink’s random state: a random line reads the same however often the options were previewed', () => {
    const fixture = fixtureBundle();
    const text = (previews: number): string[] => {
      const game = new Game(fixture);
      game.choose(0);
      for (let i = 0; i < previews; i++) game.preview();
      return game.choose(0).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    };
    const never = text(0);
    expect(never.some((t) => t === 'Heads.' || t === 'Tails.')).toBe(true);
    for (let n = 1; n <= 10; n++) expect(text(n), `${n} previews`).toEqual(never);
  });

  it('says it in words for screen readers, no numbers', () => {
    const p: ChoicePreview = {
      index: 0,
      option: 'x',
      costsLives: true,
      meters: [
        { meter: 'bread', direction: 'up' },
        { meter: 'land', direction: 'down' },
        { meter: 'army', direction: 'up' },
      ],
    };
    expect(describeStakes(p)).toBe('Raises Bread and Army; lowers Land; costs lives');
    expect(describeStakes({ ...p, costsLives: false, meters: [{ meter: 'world', direction: 'down' }] })).toBe('Lowers World');
    expect(describeStakes({ ...p, costsLives: false, meters: [] })).toBe('Moves no meter');
    expect(describeStakes({ ...p, meters: [] })).toBe('Moves no meter; costs lives');
    const three = {
      ...p,
      costsLives: false,
      meters: (['bread', 'land', 'party'] as const).map((meter) => ({ meter, direction: 'up' as const })),
    };
    expect(describeStakes(three)).toBe('Raises Bread, Land and Party');
  });
});

describe('ending watch', () => {
  it('turns a "# watch: yes" line into its own block, outside the story text and any history card', () => {
    const game = new Game(fixtureBundle());
    const scene = game.choose(0);
    expect(scene.blocks).toContainEqual({ kind: 'watch', text: 'One more risk and it is over.' });
    expect(scene.blocks.filter((b) => b.kind === 'text').map((b) => b.text)).not.toContain('One more risk and it is over.');
    expect(scene.historyCard?.paragraphs).not.toContain('One more risk and it is over.');
    expect(scene.warnings).toEqual([]);
  });
});
