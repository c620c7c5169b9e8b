import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/Game';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle();

describe('Game', () => {
  it('turns ink output into a typed first scene', () => {
    const scene = new Game(bundle).scene();
    expect(scene.fork).toBe('february');
    expect(scene.year).toBe(1917);
    expect(scene.date).toBe('February 1917');
    expect(scene.chapter).toBe('Test Chapter');
    expect(scene.blocks.map((b) => b.kind)).toEqual(['chapter', 'fork', 'text']);
    expect(scene.choices).toEqual([
      { index: 0, text: 'March', option: 'march', advocates: ['Lenin', 'Trotsky'], historical: true },
      { index: 1, text: 'Stay home', option: 'stay', advocates: [], historical: false },
    ]);
    expect(scene.mapChanges.map((c) => `${c.region}=${c.control}`)).toEqual(['petrograd=provisional', 'estonia=central', 'latvia=central']);
    expect(scene.warnings).toEqual([]);
  });

  it('records every meter change with its reason, fork and year, and keeps meters in 0–100', () => {
    const game = new Game(bundle);
    const before = game.state().meters.bread;
    const scene = game.choose(0);
    expect(game.state().meters.bread).toBe(before + 10);
    expect(scene.effects).toContainEqual({ meter: 'bread', delta: 10, reason: 'The bakeries open', fork: 'february', year: 1917 });
    expect(game.state().livesLost).toBe(1300);
    expect(game.why('lives')).toEqual([{ meter: 'lives', delta: 1300, reason: 'Shot in the streets', fork: 'february', year: 1917 }]);

    const other = new Game(bundle);
    other.choose(1);
    expect(other.state().meters.soviets).toBe(0);
    expect(other.why('soviets')[0]?.delta).toBe(-45);
  });

  it('collects the history card, markers and speculation labels', () => {
    const game = new Game(bundle);
    const scene = game.choose(0);
    expect(scene.historyCard).toEqual({
      title: 'February, 1917',
      paragraphs: ['The history card follows.', 'In February 1917 the garrison joined the crowds.'],
      summary: [],
      fork: 'february',
    });
    expect(scene.markers).toEqual([{ region: 'petrograd', caption: 'The garrison mutinies', year: 1917 }]);
    expect(scene.blocks).toContainEqual({ kind: 'text', text: 'Maybe.', speculative: true, reading: 'both' });
    expect(scene.fork).toBe('october');
  });

  it('ends with an ending or a chapter end, and keeps a timeline and a path', () => {
    const game = new Game(bundle);
    game.choose(1);
    const end = game.choose(0);
    expect(end.ending).toBe('crushed');
    expect(end.choices).toEqual([]);
    const s = game.state();
    expect(s.finished).toBe(true);
    expect(s.timeline).toEqual([
      { year: 1917, fork: 'february', option: 'stay', choice: 'Stay home', historical: false, historyChoice: 'March' },
      { year: 1918, fork: 'october', option: 'risk', choice: 'Risk it', historical: true, historyChoice: 'Risk it' },
    ]);
    expect(game.path().steps).toEqual([
      { fork: 'february', option: 'stay', index: 1 },
      { fork: 'october', option: 'risk', index: 0 },
    ]);

    const pause = new Game(bundle);
    pause.choose(0);
    expect(pause.choose(1).chapterEnd).toBe('Chapter 2');
  });

  it('is deterministic: the same choices give the same text, even with RANDOM()', () => {
    const run = (): string[] => {
      const g = new Game(bundle);
      g.choose(0);
      return g.choose(0).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    };
    const first = run();
    for (let i = 0; i < 5; i++) expect(run()).toEqual(first);
  });

  it('reset() starts over with fresh state', () => {
    const game = new Game(bundle);
    game.choose(0);
    game.reset();
    expect(game.state().livesLost).toBe(0);
    expect(game.state().timeline).toEqual([]);
    expect(game.state().control['petrograd']).toBe('provisional');
  });

  it('refuses a choice that does not exist', () => {
    expect(() => new Game(bundle).choose(5)).toThrow(RangeError);
  });
});
