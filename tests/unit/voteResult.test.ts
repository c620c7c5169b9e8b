import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { defaultLesson, newSession } from '../../src/engine/classroom';
import { recordVote } from '../../src/engine/lesson';
import { mapMoves, voteResult } from '../../src/engine/voteResult';
import type { Effect } from '../../src/engine/types';

const bundle = loadBundle();

describe('the result of a class vote', () => {
  it('after a real vote: the tally with shares, the winner, and the three biggest meter moves with their reasons', () => {
    const game = new Game(bundle);
    const session = newSession(bundle.version, defaultLesson());
    const scene = game.scene();
    const tallies = scene.choices.map((c, i) => ({ option: c.option, text: c.text, votes: c.historical ? 12 : i + 1 }));
    const r = recordVote(session, game, tallies);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = voteResult(r.value.vote, game.scene().effects);
    expect(result.total).toBe(tallies.reduce((s, t) => s + t.votes, 0));
    expect(result.tallies.filter((t) => t.winner)).toHaveLength(1);
    expect(result.winner).toBe(scene.choices.find((c) => c.historical)!.text);
    expect(result.tallies.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1);
    expect(result.moves).toHaveLength(3);
    const sizes = result.moves.map((m) => Math.abs(m.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(result.moves.every((m) => m.reason.length > 0)).toBe(true);
  });

  it('leaves out lives and zero moves, keeps the story order on equal moves, and a vote of nobody has no shares', () => {
    const e = (meter: Effect['meter'], delta: number, reason: string): Effect => ({ meter, delta, reason, fork: 'february', year: 1917 });
    const vote = {
      step: 0,
      fork: 'february' as const,
      year: 1917,
      winner: 'b',
      casting: true,
      index: 1,
      at: '2026-11-28T09:00:00.000Z',
      tallies: [
        { option: 'a', text: 'A', votes: 0 },
        { option: 'b', text: 'B', votes: 0 },
      ],
    };
    const result = voteResult(vote, [
      e('lives', 90000, 'dead'),
      e('bread', 0, 'none'),
      e('army', -5, 'first'),
      e('party', 5, 'second'),
      e('land', 2, 'third'),
      e('world', 1, 'fourth'),
    ]);
    expect(result.moves.map((m) => m.reason)).toEqual(['first', 'second', 'third']);
    expect(result.tallies.map((t) => t.share)).toEqual([0, 0]);
    expect(result).toMatchObject({ winner: 'B', casting: true, total: 0 });
  });
});

describe('how the map changed with a vote', () => {
  it('counts the regions that passed to each side, most first, and not a region redrawn in its own colour', () => {
    const before = { petrograd: 'empire', moscow: 'empire', kiev: 'empire', finland: 'empire', poland: 'central' } as const;
    const after = { petrograd: 'soviet', moscow: 'provisional', kiev: 'provisional', finland: 'empire', poland: 'central' } as const;
    expect(mapMoves(before, after)).toEqual([
      { control: 'provisional', regions: 2 },
      { control: 'soviet', regions: 1 },
    ]);
    expect(mapMoves(after, after)).toEqual([]);
  });
});
