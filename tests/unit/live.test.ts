import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/Game';
import { defaultLesson, newSession } from '../../src/engine/classroom';
import { ballotProblem, chosenOption, closeVote, liveScene, playClassVote, tallyBallots, votedPerGroup } from '../../src/engine/live';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle();
const book = { cards: [], questions: {} };

function start() {
  const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1991' });
  const game = new Game(bundle);
  return { session, game, scene: liveScene(game, session, book) };
}

describe('live role cards', () => {
  it("read as the class's path has made them: a card's variant for an option the class took", () => {
    const card = {
      fork: 'october' as const,
      options: ['risk'],
      role: 'Lenin',
      who: 'The leader, as in history.',
      position: 'Take power now.',
      arguments: ['History says so.', 'So does the Congress.'],
      fears: 'Losing the moment.',
      paths: [{ after: ['stay'], who: 'The leader, on a path that stayed in February.' }],
    };
    const cardBook = { cards: [card], questions: {} };
    for (const [first, who] of [
      [0, 'The leader, as in history.'],
      [1, 'The leader, on a path that stayed in February.'],
    ] as const) {
      const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1991' });
      const game = new Game(bundle);
      game.choose(first);
      const scene = liveScene(game, session, cardBook);
      expect(scene.cards.map((c) => c.who)).toEqual([who]);
      expect(scene.cards[0]?.position).toBe('Take power now.');
    }
  });
});

describe('live votes', () => {
  it('counts one ballot per device into the tally, in the order of the options', () => {
    const { scene } = start();
    expect(scene.choices.map((c) => c.option)).toEqual(['march', 'stay']);
    expect(tallyBallots(scene.choices, ['stay', 'march', 'stay', 'nonsense']).map((t) => [t.option, t.votes])).toEqual([
      ['march', 1],
      ['stay', 2],
    ]);
  });

  it('tells the projector how many of each group have voted, leaving out removed people', () => {
    const lesson = defaultLesson(2);
    const people: [string, { group: string; removed: boolean }][] = [
      ['d1', { group: 'Group A', removed: false }],
      ['d2', { group: 'Group A', removed: false }],
      ['d3', { group: 'Group B', removed: false }],
      ['d4', { group: 'Group B', removed: true }],
    ];
    expect(
      votedPerGroup(
        lesson,
        people,
        new Map([
          ['d1', 'march'],
          ['d4', 'stay'],
        ]),
      ),
    ).toEqual([
      { name: 'Group A', joined: 2, voted: 1 },
      { name: 'Group B', joined: 1, voted: 0 },
    ]);
  });

  it('refuses ballots out of turn with a reason a student understands', () => {
    const { scene } = start();
    expect(ballotProblem('reading', scene, 0, 'march')).toBe('The vote has not opened yet.');
    expect(ballotProblem('closed', scene, 0, 'march')).toBe('The vote is closed.');
    expect(ballotProblem('open', scene, 1, 'march')).toMatch(/moved on/);
    expect(ballotProblem('open', scene, 0, 'rebel')).toMatch(/not one of the options/);
    expect(ballotProblem('open', scene, 0, 'march')).toBeNull();
  });

  it('closes to a winner, a tie for the teacher to break, or no votes', () => {
    const { scene } = start();
    expect(closeVote(scene, ['march', 'march', 'stay'])).toMatchObject({ kind: 'winner', option: 'march' });
    const tie = closeVote(scene, ['march', 'stay']);
    expect(tie).toMatchObject({ kind: 'tie', options: ['march', 'stay'] });
    expect(chosenOption(tie, null)).toBeNull();
    expect(chosenOption(tie, 'stay')).toEqual({ option: 'stay', casting: true });
    expect(chosenOption(closeVote(scene, []), 'march')).toBeNull();
  });

  it('plays the class vote into the session and the game, and moves to the next fork', () => {
    const { session, game, scene } = start();
    const result = closeVote(scene, ['march']);
    expect(playClassVote(session, game, result.tallies, 'march', false, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(session.steps).toEqual([{ fork: 'february', option: 'march', index: 0 }]);
    expect(session.votes[0]).toMatchObject({ step: 0, fork: 'february', winner: 'march', casting: false });
    const next = liveScene(game, session, book);
    expect(next.step).toBe(1);
    expect(next.fork).toBe('october');
    expect(next.lastVote?.winner).toBe('march');
    expect(playClassVote(session, game, result.tallies, 'march', false)).toBe(false);
  });
});
