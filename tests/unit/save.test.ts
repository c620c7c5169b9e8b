import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Game } from '../../src/engine/Game';
import { makeSave, parseSave, restore, serializeSave } from '../../src/engine/save';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle();

describe('saves', () => {
  it('round-trips: a restored game is the same game', () => {
    const game = new Game(bundle);
    game.choose(0);
    const text = serializeSave(makeSave(game, new Date('2026-11-28T10:00:00Z')));
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = restore(bundle, parsed.value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.game.state()).toEqual(game.state());
    expect(result.game.scene().choices).toEqual(game.scene().choices);
  });

  it('explains corrupt data instead of throwing', () => {
    for (const bad of [
      '',
      '{',
      'null',
      '[]',
      '{"format":1}',
      '{"format":2,"storyVersion":"x","savedAt":"2026-01-01T00:00:00Z","steps":[]}',
    ]) {
      const parsed = parseSave(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.problem.kind).toBe('corrupt');
    }
  });

  it('stops clearly where an old save names an option the story no longer has', () => {
    const save = {
      format: 1 as const,
      storyVersion: 'oldstory',
      savedAt: '2026-01-01T00:00:00.000Z',
      steps: [
        { fork: 'february' as const, option: 'march', index: 0 },
        { fork: 'october' as const, option: 'vanished', index: 0 },
      ],
    };
    const result = restore(bundle, save);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('incompatible');
      expect(result.problem.message).toContain('vanished');
    }
  });

  it('replays an old save by option id when the story version changed', () => {
    const save = {
      format: 1 as const,
      storyVersion: 'oldstory',
      savedAt: '2026-01-01T00:00:00.000Z',
      steps: [{ fork: 'february' as const, option: 'stay', index: 7 }],
    };
    const result = restore(bundle, save);
    expect(result.ok && result.storyChanged && result.game.state().timeline[0]?.option).toBe('stay');
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSave(s);
        if (parsed.ok) expect(parsed.value.format).toBe(1);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => parseSave(JSON.stringify(v))).not.toThrow();
      }),
    );
  });
});
