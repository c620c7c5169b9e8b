import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beyondSpan, dealRoles, decide, defaultLesson, newSession, parseSession, SPANS } from '../../src/engine/classroom';

describe('the class vote', () => {
  it('plays the option with most votes', () => {
    expect(
      decide([
        { option: 'a', votes: 3 },
        { option: 'b', votes: 7 },
        { option: 'c', votes: 2 },
      ]),
    ).toEqual({ kind: 'winner', option: 'b' });
  });

  it('on a tie for most votes asks for the teacher’s casting vote among the tied only', () => {
    expect(
      decide([
        { option: 'a', votes: 5 },
        { option: 'b', votes: 2 },
        { option: 'c', votes: 5 },
      ]),
    ).toEqual({ kind: 'tie', options: ['a', 'c'] });
  });

  it('refuses to decide when nobody voted', () => {
    expect(
      decide([
        { option: 'a', votes: 0 },
        { option: 'b', votes: 0 },
      ]),
    ).toEqual({ kind: 'no-votes' });
  });

  it('always names a winner that has the most votes, or every option tied at the top', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), (votes) => {
        const tallies = votes.map((v, i) => ({ option: `o${i}`, votes: v }));
        const top = Math.max(...votes);
        const d = decide(tallies);
        if (top === 0) return d.kind === 'no-votes';
        const leaders = tallies.filter((t) => t.votes === top).map((t) => t.option);
        return d.kind === 'winner'
          ? leaders.length === 1 && leaders[0] === d.option
          : d.kind === 'tie' && d.options.join() === leaders.join();
      }),
    );
  });
});

describe('lesson setup', () => {
  it('deals roles in turn to the group holding fewest, and keeps a role with the group that holds it', () => {
    const groups = [
      { name: 'A', roles: ['Trotsky'] },
      { name: 'B', roles: [] },
    ];
    expect(dealRoles(groups, ['Lenin', 'Trotsky', 'Bukharin', 'Stalin'])).toEqual([
      { name: 'A', roles: ['Trotsky', 'Bukharin'] },
      { name: 'B', roles: ['Lenin', 'Stalin'] },
    ]);
  });

  it('ends a span after its last fork', () => {
    expect(beyondSpan('1917-1921', 'tax-in-kind')).toBe(false);
    expect(beyondSpan('1917-1921', 'general-secretary')).toBe(true);
    expect(beyondSpan('1917-1918', 'brest-litovsk')).toBe(false);
    expect(beyondSpan('1917-1918', 'red-army')).toBe(true);
    expect(beyondSpan('1917-1991', 'perestroika')).toBe(false);
    expect(SPANS.map((s) => s.id)).toContain('1917-1991');
  });
});

describe('the session log', () => {
  const session = newSession('abcdef12', defaultLesson(3), new Date('2026-11-28T09:00:00Z'));
  session.steps.push({ fork: 'february', option: 'soviet-from-below', index: 0 });
  session.votes.push({
    step: 0,
    fork: 'february',
    year: 1917,
    winner: 'soviet-from-below',
    casting: true,
    index: 0,
    at: '2026-11-28T09:05:00.000Z',
    tallies: [
      { option: 'soviet-from-below', text: 'Build the soviet', votes: 4 },
      { option: 'bread-first', text: 'Bread', votes: 4 },
    ],
  });

  it('round-trips through JSON', () => {
    const parsed = parseSession(JSON.stringify(session));
    expect(parsed.ok && parsed.value).toEqual(session);
  });

  it('explains damaged or foreign data instead of throwing', () => {
    expect(parseSession('{nope')).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    const bad = parseSession(JSON.stringify({ ...session, votes: [{ ...session.votes[0], tallies: [] }] }));
    expect(bad).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/votes\.0\.tallies/) as unknown } });
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseSession(JSON.stringify(v));
        return r.ok === false;
      }),
    );
  });
});
