/** The classroom's rules as moves on a session, played on the real story (headless, like a live server would). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundle } from '../../src/cli/headless';
import { Game } from '../../src/engine/Game';
import { MAX_VOTES, dealRoles, defaultLesson, newSession, parseSession, span, type Session } from '../../src/engine/classroom';
import {
  assignRole,
  cardsAtScene,
  cardsInSpan,
  chooseGroupCount,
  chooseSpan,
  chooseTimerMinutes,
  dealAgain,
  decideVote,
  endLesson,
  lessonOver,
  parseVoteCount,
  rolesSides,
  recordVote,
  reopenLesson,
  rolesInSpan,
  type Tally,
} from '../../src/engine/lesson';
import { restore } from '../../src/engine/save';
import { storyRoleBook } from '../story/roleBook';
import { FORKS, type Scene } from '../../src/engine/types';

const bundle = loadBundle();
const book = storyRoleBook();
const NOW = new Date('2026-11-28T09:00:00Z');

const tallies = (scene: Scene, votes: (option: string, historical: boolean) => number): Tally[] =>
  scene.choices.map((c) => ({ option: c.option, text: c.text, votes: votes(c.option, c.historical) }));

/** Play a lesson through: the class votes with history at every fork. */
function voteWithHistory(session: Session, game: Game): Session {
  let s = session;
  while (!s.ended) {
    const r = recordVote(
      s,
      game,
      tallies(game.scene(), (_, historical) => (historical ? 9 : 1)),
      null,
      NOW,
    );
    if (!r.ok) throw new Error(r.problem.message);
    s = r.value.session;
  }
  return s;
}

describe('recording a vote', () => {
  it('plays the option with most votes and logs the tally, the step and the year', () => {
    const game = new Game(bundle);
    const scene = game.scene();
    const session = newSession(bundle.version, defaultLesson(2), NOW);
    const first = scene.choices[0]!;
    const r = recordVote(
      session,
      game,
      tallies(scene, (o) => (o === first.option ? 7 : 2)),
      null,
      NOW,
    );
    expect(r.ok).toBe(true);
    const s = r.ok ? r.value.session : session;
    expect(s.votes).toEqual([
      {
        step: 0,
        fork: scene.fork,
        year: scene.year,
        winner: first.option,
        casting: false,
        index: first.index,
        at: NOW.toISOString(),
        tallies: tallies(scene, (o) => (o === first.option ? 7 : 2)),
      },
    ]);
    expect(s.steps).toEqual(game.path().steps);
    expect(s.steps).toHaveLength(1);
    // The move returns a new session: the one passed in is unchanged.
    expect(session.votes).toEqual([]);
  });

  it('on a tie plays nothing until the teacher casts the deciding vote among the tied options', () => {
    const game = new Game(bundle);
    const scene = game.scene();
    const [a, b] = scene.choices;
    const session = newSession(bundle.version, defaultLesson(2), NOW);
    const tied = tallies(scene, (o) => (o === a!.option || o === b!.option ? 5 : 0));
    expect(recordVote(session, game, tied, null, NOW)).toMatchObject({ ok: false, problem: { kind: 'tie' } });
    expect(game.path().steps).toEqual([]);
    // A casting vote for an option that is not tied does not count.
    const others = scene.choices.filter((c) => c.option !== a!.option && c.option !== b!.option);
    for (const other of others)
      expect(recordVote(session, game, tied, other.option, NOW)).toMatchObject({ ok: false, problem: { kind: 'tie' } });
    const r = recordVote(session, game, tied, b!.option, NOW);
    expect(r.ok && r.value.vote).toMatchObject({ winner: b!.option, casting: true, index: b!.index });
  });

  it('refuses no votes at all, and counts that are not whole numbers', () => {
    const game = new Game(bundle);
    const session = newSession(bundle.version, defaultLesson(2), NOW);
    expect(
      recordVote(
        session,
        game,
        tallies(game.scene(), () => 0),
      ),
    ).toMatchObject({ ok: false, problem: { kind: 'no-votes' } });
    expect(
      recordVote(
        session,
        game,
        tallies(game.scene(), () => 2.4),
      ),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(
      recordVote(
        session,
        game,
        tallies(game.scene(), () => MAX_VOTES + 1),
      ),
    ).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(game.path().steps).toEqual([]);
  });

  it('a class voting with history reaches the end of its span, and the session replays to the same game', () => {
    for (const s of ['1917-1918', '1917-1921'] as const) {
      const game = new Game(bundle);
      const session = voteWithHistory(newSession(bundle.version, { ...defaultLesson(3), span: s }, NOW), game);
      const lastFork = span(s).lastFork;
      expect(session.ended).toBe(true);
      expect(session.votes.at(-1)?.fork).toBe(lastFork);
      expect(session.votes.every((v) => FORKS.indexOf(v.fork ?? 'february') <= FORKS.indexOf(lastFork))).toBe(true);
      expect(lessonOver(session.lesson, game.scene())).toBe(true);
      expect(recordVote(session, game, [])).toMatchObject({ ok: false, problem: { kind: 'ended' } });
      // Stored and read back, the session replays to the very same state.
      const parsed = parseSession(JSON.stringify(session));
      expect(parsed.ok).toBe(true);
      const again = restore(bundle, parsed.ok ? parsed.value : session);
      expect(again.ok && again.game.state()).toEqual(game.state());
    }
  });

  it('decides any tallies without throwing: a winner has most votes; a tie is exactly the leaders', () => {
    const scene = new Game(bundle).scene();
    fc.assert(
      fc.property(fc.array(fc.nat(MAX_VOTES), { minLength: scene.choices.length, maxLength: scene.choices.length }), (votes) => {
        const t = scene.choices.map((c, i) => ({ option: c.option, text: c.text, votes: votes[i] ?? 0 }));
        const d = decideVote(scene.choices, t);
        const top = Math.max(...votes);
        if (d.kind === 'play') return t.find((x) => x.option === d.choice.option)?.votes === top && !d.casting;
        if (d.kind === 'tie') return d.options.length > 1 && d.options.every((o) => t.find((x) => x.option === o)?.votes === top);
        return d.kind === 'no-votes' && top === 0;
      }),
    );
  });
});

describe('vote counts as typed', () => {
  it('reads whole numbers, up to any class there is', () => {
    expect(parseVoteCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseVoteCount(' 1500 ')).toEqual({ ok: true, value: 1500 });
    expect(parseVoteCount(String(MAX_VOTES))).toEqual({ ok: true, value: MAX_VOTES });
    expect(parseVoteCount('')).toEqual({ ok: true, value: 0 });
  });

  it('explains counts it cannot take, never rounding, clamping or reading them as 0', () => {
    expect(parseVoteCount('2.4')).toMatchObject({ ok: false, problem: { kind: 'not-whole' } });
    expect(parseVoteCount('1e309')).toMatchObject({ ok: false, problem: { kind: 'not-whole' } });
    expect(parseVoteCount('-3')).toMatchObject({ ok: false, problem: { kind: 'negative' } });
    expect(parseVoteCount(String(MAX_VOTES + 1))).toMatchObject({ ok: false, problem: { kind: 'too-many' } });
    expect(parseVoteCount('12 pupils')).toMatchObject({ ok: false, problem: { kind: 'not-whole' } });
  });

  it('1500 against 1200 is no tie', () => {
    const scene = new Game(bundle).scene();
    const [a, b] = scene.choices;
    const t = [
      { option: a!.option, text: a!.text, votes: 1500 },
      { option: b!.option, text: b!.text, votes: 1200 },
    ];
    expect(decideVote(scene.choices, t)).toMatchObject({ kind: 'play', choice: { option: a!.option } });
  });

  it('never throws, and reads back exactly the whole numbers it accepts (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseVoteCount(s);
        return !r.ok || (Number.isInteger(r.value) && r.value >= 0 && r.value <= MAX_VOTES);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_VOTES }), (n) => {
        const r = parseVoteCount(String(n));
        return r.ok && r.value === n;
      }),
    );
  });
});

describe('ending a lesson', () => {
  it('ends early and carries on while the span has forks left', () => {
    const game = new Game(bundle);
    const session = newSession(bundle.version, { ...defaultLesson(2), span: '1917-1921' }, NOW);
    const ended = endLesson(session);
    expect(ended.ended).toBe(true);
    expect(reopenLesson(ended, game.scene())).toEqual({ ok: true, value: { ...session, ended: false } });
  });

  it('cannot carry on once the span is over', () => {
    const game = new Game(bundle);
    const done = voteWithHistory(newSession(bundle.version, { ...defaultLesson(2), span: '1917-1918' }, NOW), game);
    expect(reopenLesson(done, game.scene())).toMatchObject({ ok: false, problem: { kind: 'over' } });
  });
});

describe('roles and cards in span', () => {
  it('a longer span holds every role of a shorter one, in story order', () => {
    const short = rolesInSpan(book, '1917-1918');
    const long = rolesInSpan(book, '1917-1991');
    expect(short.length).toBeGreaterThan(0);
    expect(long.slice(0, short.length)).toEqual(short);
    expect(new Set(long).size).toBe(long.length);
    expect(cardsInSpan(book, '1917-1918').every((c) => short.includes(c.role))).toBe(true);
  });

  it('deals every role in the span to exactly one group, and a role can be moved', () => {
    let lesson = chooseSpan(defaultLesson(3), '1917-1921', book);
    const roles = rolesInSpan(book, '1917-1921');
    expect(lesson.groups.flatMap((g) => g.roles).sort()).toEqual([...roles].sort());
    lesson = assignRole(lesson, roles[0]!, 'Group C');
    expect(lesson.groups.filter((g) => g.roles.includes(roles[0]!)).map((g) => g.name)).toEqual(['Group C']);
    lesson = chooseGroupCount(lesson, 5, book);
    expect(lesson.groups).toHaveLength(5);
    expect(lesson.groups.flatMap((g) => g.roles).sort()).toEqual([...roles].sort());
    expect(
      dealAgain(lesson, book)
        .groups.flatMap((g) => g.roles)
        .sort(),
    ).toEqual([...roles].sort());
    expect(chooseTimerMinutes(lesson, 40).timerSeconds).toBe(15 * 60);
  });

  it('no group holds opposing sides of one fork: at February, Shlyapnikov and Rodzianko go to different groups', () => {
    const sides = rolesSides(book, '1917-1918');
    const opposed = (a: string, b: string): boolean => sides(a, b) === 'opposed';
    expect(opposed('Shlyapnikov', 'Rodzianko')).toBe(true);
    expect(sides('Shlyapnikov', 'Molotov')).toBe('allied');
    for (const groups of [3, 4, 5]) {
      const lesson = chooseGroupCount({ ...defaultLesson(), span: '1917-1918' }, groups, book);
      const holder = (role: string) => lesson.groups.find((g) => g.roles.includes(role))?.name;
      expect(holder('Shlyapnikov')).toBeDefined();
      expect(holder('Shlyapnikov')).not.toBe(holder('Rodzianko'));
    }
    // At February (every role new) no group of 3–5 holds two sides; over the span (roles recur
    // at later forks on other sides) far fewer clashes than a deal that ignores sides.
    const clashes = (groups: readonly { name: string; roles: string[] }[]): string[] =>
      groups.flatMap((g) => g.roles.flatMap((a) => g.roles.filter((b) => opposed(a, b)).map((b) => `${g.name}: ${a} / ${b}`)));
    const february = new Set(book.cards.filter((c) => c.fork === 'february').map((c) => c.role));
    for (const groups of [3, 4, 5]) {
      const lesson = chooseGroupCount({ ...defaultLesson(), span: '1917-1918' }, groups, book);
      expect(clashes(lesson.groups.map((g) => ({ name: g.name, roles: g.roles.filter((r) => february.has(r)) })))).toEqual([]);
    }
    const dealt = chooseGroupCount({ ...defaultLesson(), span: '1917-1918' }, 4, book).groups;
    const blind = dealRoles(defaultLesson(4).groups, rolesInSpan(book, '1917-1918'));
    expect(clashes(dealt).length).toBeLessThan(clashes(blind).length / 2);
  });

  it('shows at a fork only the cards of roles arguing for an option offered there', () => {
    const scene = new Game(bundle).scene();
    const cards = cardsAtScene(book, scene, []);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.fork).toBe(scene.fork);
      expect(scene.choices.some((ch) => c.options.includes(ch.option))).toBe(true);
    }
  });
});
