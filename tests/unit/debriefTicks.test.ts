import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { beyondSpan, defaultLesson, newSession } from '../../src/engine/classroom';
import { debriefData } from '../../src/engine/debrief';
import { historyPath, replayPath } from '../../src/engine/compare';
import { byChoice, forkTicks, monthOf } from '../../src/ui/classroom/debriefTicks';

const bundle = loadBundle();

/** A 1917–1918 class that votes with history at every fork of its span. */
function historyLesson() {
  const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1918' });
  const game = new Game(bundle);
  for (let i = 0; !beyondSpan('1917-1918', game.scene().fork); i++) {
    const scene = game.scene();
    const c = scene.choices.find((x) => x.historical)!;
    session.votes.push({
      step: i,
      fork: scene.fork,
      year: scene.year,
      winner: c.option,
      casting: false,
      index: c.index,
      at: '2026-11-28T09:00:00.000Z',
      tallies: scene.choices.map((x) => ({ option: x.option, text: x.text, votes: x.option === c.option ? 3 : 1 })),
    });
    game.choose(c.index);
  }
  session.steps = game.path().steps;
  return session;
}

describe('the time axis of a short lesson’s charts', () => {
  it('reads the month the story leads with', () => {
    expect(monthOf('23 February (8 March) 1917')).toBe('Feb');
    expect(monthOf('April 1917')).toBe('Apr');
    expect(monthOf('1918')).toBeNull();
  });

  it('puts a tick at each fork of a 1917–1918 lesson, named by its month, the year where it changes', () => {
    const session = historyLesson();
    const data = debriefData(bundle, session, { cards: [], questions: {} });
    const ticks = forkTicks(data.rows)!;
    expect(ticks).toHaveLength(data.rows.length);
    expect(ticks.map((t) => t.at)).toEqual(data.rows.map((_, i) => i + 1));
    expect(ticks[0]?.label).toBe('Feb\n1917');
    // 1918 is written once, at its first fork.
    expect(ticks.filter((t) => t.label.endsWith('1918'))).toHaveLength(1);
    expect(ticks.filter((t) => t.label.endsWith('1917'))).toHaveLength(1);
  });

  it('places both paths by choice, history over as many choices as the class made', () => {
    const session = historyLesson();
    const cls = replayPath(bundle, { label: 'Class', storyVersion: session.storyVersion, steps: session.steps });
    const hist = replayPath(bundle, historyPath(bundle));
    const steps = session.votes.length;
    expect(byChoice(cls, steps).snapshots.map((s) => s.year)).toEqual([...Array(steps + 1).keys()]);
    expect(byChoice(hist, steps).snapshots.map((s) => s.year)).toEqual([...Array(steps + 1).keys()]);
    expect(hist.snapshots.length).toBeGreaterThan(steps + 1);
  });

  it('keeps the year ticks for a lesson over more years', () => {
    const rows = [1917, 1918, 1919, 1921].map((year, step) => ({ step, year, date: `March ${year}` }));
    expect(forkTicks(rows)).toBeNull();
  });
});

describe('a short lesson that reaches an ending', () => {
  it('sets history beside it at the same point, not history’s own ending in 1991', () => {
    // The first option at every fork ends the century early in 1917.
    const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1918' });
    const game = new Game(bundle);
    while (!game.state().ending && game.scene().choices.length) {
      const scene = game.scene();
      const c = scene.choices[0]!;
      session.votes.push({
        step: session.votes.length,
        fork: scene.fork,
        year: scene.year,
        winner: c.option,
        casting: false,
        index: c.index,
        at: '2026-11-28T09:00:00.000Z',
        tallies: scene.choices.map((x) => ({ option: x.option, text: x.text, votes: x.index === 0 ? 3 : 1 })),
      });
      game.choose(c.index);
    }
    session.steps = game.path().steps;
    const data = debriefData(bundle, session, { cards: [], questions: {} });
    expect(data.ending).not.toBeNull();
    expect(data.ending!.year).toBeLessThanOrEqual(1918);
    expect(data.history.ending).toBeNull();
    expect(data.history.sameSpan!.year).toBeLessThanOrEqual(1918);
    // The whole century's history ending is kept for a whole-century lesson.
    const whole = debriefData(bundle, { ...session, lesson: { ...session.lesson, span: '1917-1991' } }, { cards: [], questions: {} });
    expect(whole.history.ending).not.toBeNull();
  });
});
