import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { defaultLesson, newSession } from '../../src/engine/classroom';
import { debriefData } from '../../src/engine/debrief';

const bundle = loadBundle();

/** A class that votes with history, except bread-first in February (a tie the teacher broke). */
function lesson() {
  const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1918' });
  const game = new Game(bundle);
  for (let i = 0; i < 3; i++) {
    const scene = game.scene();
    const c = i === 0 ? scene.choices.find((x) => x.option === 'bread-first')! : scene.choices.find((x) => x.historical)!;
    session.votes.push({
      step: i,
      fork: scene.fork,
      year: scene.year,
      winner: c.option,
      casting: i === 0,
      index: c.index,
      at: '2026-11-28T09:00:00.000Z',
      tallies: scene.choices.map((x) => ({
        option: x.option,
        text: x.text,
        votes: x.option === c.option ? 4 : i === 0 && x.historical ? 4 : 1,
      })),
    });
    game.choose(c.index);
  }
  session.steps = game.path().steps;
  return session;
}

describe('the class debrief', () => {
  const book = { cards: [], questions: { february: ['Why?', 'How?'] } };
  const data = debriefData(bundle, lesson(), book);

  it('sets each vote beside history’s choice at the same point', () => {
    expect(data.rows).toHaveLength(3);
    expect(data.rows[0]).toMatchObject({ fork: 'february', classOption: 'bread-first', casting: true, sameAsHistory: false });
    expect(data.rows[0]?.historyChoice).toMatch(/Build the soviet from below/);
    expect(data.rows[1]?.sameAsHistory).toBe(true);
  });

  it('carries the history cards met on the class’s path and the questions for the forks taken', () => {
    expect(data.historyCards.length).toBeGreaterThanOrEqual(2);
    expect(data.questions).toEqual([
      { fork: 'february', questions: ['Why?', 'How?'] },
      { fork: 'provisional-government', questions: [] },
      { fork: 'july-days', questions: [] },
    ]);
  });

  it('says where the lesson stopped, and sets history beside it over the same span only', () => {
    expect(data.ending).toBeNull();
    expect(data.stoppedAt).toMatch(/^1917, before /);
    // A three-fork lesson says nothing of history's 1991: only where history stood after three choices.
    expect(data.history.ending).toBeNull();
    expect(data.history.sameSpan?.year).toBe(1917);
    expect(data.history.sameSpan!.livesLost).toBeLessThan(1_000_000);
    expect(data.final?.livesLost).toBeGreaterThan(0);
  });
});
