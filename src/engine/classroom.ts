/**
 * The classroom session: lesson options, the groups and their roles, and the log of votes.
 * Pure data and rules; the facilitator view renders it and the session store keeps it.
 * The game state is never stored here: it is replayed from the winning options, like a save.
 */
import * as z from 'zod/mini';
import { FORKS, type ForkId } from './types.ts';
import { stepSchema } from './save.ts';
import { parseJsonAs } from './parseJson.ts';
import type { Result } from './result.ts';

export const SESSION_FORMAT = 1;
export const SESSION_KIND = 'october-paths/class-session';

/** A lesson covers the century up to and including one fork. */
export const SPANS = [
  { id: '1917-1918', title: '1917–1918: The Revolution and Brest-Litovsk', lastFork: 'brest-litovsk' },
  { id: '1917-1921', title: '1917–1921: Revolution and Civil War', lastFork: 'tax-in-kind' },
  { id: '1917-1929', title: '1917–1929: From October to the Great Turn', lastFork: 'oppositions' },
  { id: '1917-1941', title: '1917–1941: To the eve of war', lastFork: 'pact-1939' },
  { id: '1917-1991', title: '1917–1991: The whole century', lastFork: 'perestroika' },
] as const satisfies readonly { id: string; title: string; lastFork: ForkId }[];
export type SpanId = (typeof SPANS)[number]['id'];
const SPAN_IDS = SPANS.map((s) => s.id) as [SpanId, ...SpanId[]];

export function span(id: SpanId): (typeof SPANS)[number] {
  return SPANS.find((s) => s.id === id) ?? SPANS[SPANS.length - 1]!;
}

/** Is this fork beyond the lesson's span (so the lesson is over when it comes up)? */
export function beyondSpan(spanId: SpanId, fork: ForkId | null): boolean {
  if (!fork) return false;
  return FORKS.indexOf(fork) > FORKS.indexOf(span(spanId).lastFork);
}

const name = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Most votes one option can get: more people than any class or lecture hall holds. */
export const MAX_VOTES = 100_000;

const tallySchema = z.object({ option: name(60), text: name(300), votes: z.int().check(z.gte(0), z.lte(MAX_VOTES)) });

export const voteSchema = z.object({
  /** The path step this vote decided (0-based). */
  step: z.int().check(z.gte(0), z.lte(500)),
  fork: z.nullable(z.enum(FORKS)),
  year: z.int(),
  tallies: z.array(tallySchema).check(z.minLength(1), z.maxLength(36)),
  /** Option id played. */
  winner: name(60),
  /** True when the teacher broke a tie. */
  casting: z.boolean(),
  /** 0-based index of the winner among the choices shown (to replay the path). */
  index: z.int().check(z.gte(0), z.lte(35)),
  at: z.iso.datetime(),
});
export type Vote = z.infer<typeof voteSchema>;

export const groupSchema = z.object({ name: name(40), roles: z.array(name(80)).check(z.maxLength(100)) });
export type Group = z.infer<typeof groupSchema>;

export const lessonSchema = z.object({
  span: z.enum(SPAN_IDS),
  timerSeconds: z.int().check(z.gte(30), z.lte(3600)),
  historyCards: z.enum(['after-each-fork', 'debrief']),
  /** The short text by default (a class reads a fork in the time); sessions saved before it read short. */
  reading: z.optional(z.enum(['short', 'full'])),
  groups: z.array(groupSchema).check(z.minLength(1), z.maxLength(8)),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const sessionSchema = z.object({
  kind: z.literal(SESSION_KIND),
  format: z.literal(SESSION_FORMAT),
  storyVersion: name(64),
  startedAt: z.iso.datetime(),
  lesson: lessonSchema,
  /** Every choice played (votes decide forks; a lone "continue" is played without one). */
  steps: z.array(stepSchema).check(z.maxLength(500)),
  votes: z.array(voteSchema).check(z.maxLength(500)),
  ended: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export function newSession(storyVersion: string, lesson: Lesson, now: Date = new Date()): Session {
  return {
    kind: SESSION_KIND,
    format: SESSION_FORMAT,
    storyVersion,
    startedAt: now.toISOString(),
    lesson,
    steps: [],
    votes: [],
    ended: false,
  };
}

export const DEFAULT_GROUP_NAMES = ['Group A', 'Group B', 'Group C', 'Group D', 'Group E', 'Group F', 'Group G', 'Group H'];

export function defaultLesson(groups = 4): Lesson {
  return {
    span: '1917-1921',
    timerSeconds: 3 * 60,
    historyCards: 'after-each-fork',
    reading: 'short',
    groups: DEFAULT_GROUP_NAMES.slice(0, Math.max(1, Math.min(8, groups))).map((n) => ({ name: n, roles: [] })),
  };
}

/** How two roles stand at the forks of a span: on opposing sides of one, on the same side, or neither. */
export type Sides = (a: string, b: string) => 'opposed' | 'allied' | null;

/**
 * Deal roles to groups in turn, in the order given: each role goes to the group holding
 * fewest roles on the other side of a fork from it, then to one already arguing its side
 * (a group argues one side), then to the group holding fewest roles so far. A role already
 * held stays where it is.
 */
export function dealRoles(groups: readonly Group[], roles: readonly string[], sides: Sides = () => null): Group[] {
  const out = groups.map((g) => ({ name: g.name, roles: [...g.roles] }));
  const held = new Set(out.flatMap((g) => g.roles));
  for (const role of roles) {
    if (held.has(role)) continue;
    const count = (g: Group, how: 'opposed' | 'allied'): number => g.roles.filter((r) => sides(r, role) === how).length;
    const rank = (g: Group): [number, number, number] => [count(g, 'opposed'), -Math.min(1, count(g, 'allied')), g.roles.length];
    const better = (x: Group, y: Group): boolean => {
      const [a, b] = [rank(x), rank(y)];
      const d = a.findIndex((v, k) => v !== b[k]);
      return d >= 0 && a[d]! < b[d]!;
    };
    const g = out.reduce<Group | null>((best, x) => (!best || better(x, best) ? x : best), null);
    if (!g) break;
    g.roles.push(role);
    held.add(role);
  }
  return out;
}

export function groupOf(groups: readonly Group[], role: string): string | null {
  return groups.find((g) => g.roles.includes(role))?.name ?? null;
}

export type VoteOutcome = { kind: 'winner'; option: string } | { kind: 'tie'; options: string[] } | { kind: 'no-votes' };

/** The tie rule, stated to the class: most votes wins; on a tie the teacher casts the deciding vote among the tied options. */
export const TIE_RULE = 'Most votes wins. If two or more options tie for most votes, the teacher casts the deciding vote among them.';

export function decide(tallies: readonly { option: string; votes: number }[]): VoteOutcome {
  const top = Math.max(0, ...tallies.map((t) => t.votes));
  if (top === 0) return { kind: 'no-votes' };
  const leaders = tallies.filter((t) => t.votes === top).map((t) => t.option);
  return leaders.length === 1 ? { kind: 'winner', option: leaders[0]! } : { kind: 'tie', options: leaders };
}

export type SessionProblem = { kind: 'corrupt'; message: string };

/** Read a stored or uploaded class session; never throws. */
export function parseSession(text: string): Result<Session, SessionProblem> {
  const r = parseJsonAs(text, sessionSchema, { name: 'The saved class session', short: 'a class session' });
  return r.ok ? r : { ok: false, problem: { kind: 'corrupt', message: r.problem.message } };
}
