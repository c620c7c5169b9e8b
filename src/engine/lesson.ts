/**
 * The classroom's rules as moves on plain data, in the style of boardgame.io: each move
 * takes the session (or the lesson being set up) and returns a new one; nothing here
 * touches the DOM or storage, so the facilitator view and a live classroom server call
 * the same functions and get the same answers.
 */
import type { Game } from './Game.ts';
import {
  DEFAULT_GROUP_NAMES,
  MAX_VOTES,
  beyondSpan,
  dealRoles,
  decide,
  span,
  type Lesson,
  type Session,
  type Sides,
  type SpanId,
  type Vote,
} from './classroom.ts';
import { cardOnPath, cardsForFork, roleName, type RoleBook, type RoleCard } from './roles.ts';
import { fail, ok, type Problem, type Result } from './result.ts';
import { FORKS, type ChoiceView, type Scene } from './types.ts';

// ------------------------------------------------------------------ roles and cards in span

/** Role cards at the forks a span covers, in story order. */
export function cardsInSpan(book: RoleBook, spanId: SpanId): RoleCard[] {
  const last = FORKS.indexOf(span(spanId).lastFork);
  return book.cards.filter((c) => FORKS.indexOf(c.fork) <= last);
}

/** Roles with cards at the forks of a span, each once, in story order. */
export function rolesInSpan(book: RoleBook, spanId: SpanId): string[] {
  const last = FORKS.indexOf(span(spanId).lastFork);
  const roles: string[] = [];
  for (const fork of FORKS.slice(0, last + 1)) {
    for (const c of cardsForFork(book, fork)) if (!roles.includes(c.role)) roles.push(c.role);
  }
  return roles;
}

/**
 * The cards of the roles arguing for an option offered at this scene, as they read on a path
 * that has taken these options (option ids, in any order). A card is dealt only where its role
 * is among that option's advocates as the scene shows them: who argues can depend on the path
 * (where Stalin never led, nobody deals his card for the trials of 1936).
 */
export function cardsAtScene(book: RoleBook, scene: Pick<Scene, 'fork' | 'choices'>, taken: readonly string[]): RoleCard[] {
  if (!scene.fork) return [];
  const argues = (c: RoleCard, ch: ChoiceView): boolean =>
    c.options.includes(ch.option) && ch.advocates.some((a) => roleName(a) === c.role);
  return cardsForFork(book, scene.fork)
    .filter((c) => scene.choices.some((ch) => argues(c, ch)))
    .map((c) => cardOnPath(c, taken));
}

// ------------------------------------------------------------------ setting up a lesson

const copyLesson = (lesson: Lesson): Lesson => ({ ...lesson, groups: lesson.groups.map((g) => ({ name: g.name, roles: [...g.roles] })) });

/**
 * How two roles stand in a span: `opposed` when at some fork both have cards and neither
 * argues for an option the other does; `allied` when at some fork they argue the same option.
 */
export function rolesSides(book: RoleBook, spanId: SpanId): Sides {
  const how = new Map<string, 'opposed' | 'allied'>();
  const cards = cardsInSpan(book, spanId);
  for (const x of cards) {
    for (const y of cards) {
      if (x.fork !== y.fork || x.role === y.role) continue;
      const key = `${x.role}\u0000${y.role}`;
      if (!x.options.some((o) => y.options.includes(o))) how.set(key, 'opposed');
      else if (!how.has(key)) how.set(key, 'allied');
    }
  }
  return (a, b) => how.get(`${a}\u0000${b}`) ?? null;
}

/** Deal the span's roles to groups that hold none yet; roles outside the span are dropped. */
export function dealSpanRoles(lesson: Lesson, book: RoleBook): Lesson {
  const roles = rolesInSpan(book, lesson.span);
  const groups = lesson.groups.map((g) => ({ name: g.name, roles: g.roles.filter((r) => roles.includes(r)) }));
  return { ...copyLesson(lesson), groups: dealRoles(groups, roles, rolesSides(book, lesson.span)) };
}

/** Take every role back and deal them again. */
export function dealAgain(lesson: Lesson, book: RoleBook): Lesson {
  return dealSpanRoles({ ...lesson, groups: lesson.groups.map((g) => ({ name: g.name, roles: [] })) }, book);
}

export function chooseSpan(lesson: Lesson, spanId: SpanId, book: RoleBook): Lesson {
  return dealAgain({ ...lesson, span: spanId }, book);
}

export const MIN_GROUPS = 2;
export const MAX_GROUPS = DEFAULT_GROUP_NAMES.length;

export function chooseGroupCount(lesson: Lesson, count: number, book: RoleBook): Lesson {
  const n = Math.max(MIN_GROUPS, Math.min(MAX_GROUPS, Math.round(count) || MIN_GROUPS));
  return dealSpanRoles({ ...lesson, groups: DEFAULT_GROUP_NAMES.slice(0, n).map((name) => ({ name, roles: [] })) }, book);
}

/** Give one role to one group (taking it from any other). */
export function assignRole(lesson: Lesson, role: string, groupName: string): Lesson {
  return {
    ...lesson,
    groups: lesson.groups.map((g) => ({
      name: g.name,
      roles: g.name === groupName ? [...g.roles.filter((r) => r !== role), role] : g.roles.filter((r) => r !== role),
    })),
  };
}

export const MIN_TIMER_MINUTES = 1;
export const MAX_TIMER_MINUTES = 15;

export function chooseTimerMinutes(lesson: Lesson, minutes: number): Lesson {
  const m = Math.min(MAX_TIMER_MINUTES, Math.max(MIN_TIMER_MINUTES, Math.round(minutes) || 4));
  return { ...lesson, timerSeconds: m * 60 };
}

// ------------------------------------------------------------------ votes

export type VoteCountProblem = Problem<'empty' | 'not-whole' | 'negative' | 'too-many'>;

/**
 * A vote count as typed by the teacher: a whole number from 0 to MAX_VOTES. Anything else is
 * explained, never rounded, clamped or read as 0. An empty field means no votes.
 */
export function parseVoteCount(text: string): Result<number, VoteCountProblem> {
  const t = String(text).trim();
  if (t === '') return ok(0);
  if (/^-\s*\d/.test(t)) return fail('negative', `“${t.slice(0, 12)}” is below zero: a count of votes is 0 or more.`);
  if (!/^\d+$/.test(t)) return fail('not-whole', `“${t.slice(0, 12)}” is not a whole number of votes.`);
  const n = Number(t);
  if (n > MAX_VOTES)
    return fail(
      'too-many',
      `${t.length > 12 ? 'That' : t} is more votes than any class has (at most ${MAX_VOTES.toLocaleString('en-GB')}).`,
    );
  return ok(n);
}

export type Tally = Vote['tallies'][number];

/** What the teacher's "Play" leads to: a choice to play, a tie to break, or why not. */
export type VoteDecision =
  | { kind: 'play'; choice: ChoiceView; casting: boolean }
  | { kind: 'tie'; options: string[] }
  | { kind: 'no-votes' }
  | { kind: 'invalid'; message: string };

/**
 * Most votes wins. On a tie the teacher's casting vote, if it names one of the tied options,
 * decides; otherwise the tie is reported so the teacher can cast it.
 */
export function decideVote(choices: readonly ChoiceView[], tallies: readonly Tally[], castingVote: string | null = null): VoteDecision {
  for (const t of tallies) {
    if (!choices.some((c) => c.option === t.option)) return { kind: 'invalid', message: `“${t.text}” is not offered at this fork.` };
    if (!Number.isInteger(t.votes) || t.votes < 0 || t.votes > MAX_VOTES)
      return { kind: 'invalid', message: `The count for “${t.text}” is not a whole number of votes.` };
  }
  const outcome = decide(tallies);
  if (outcome.kind === 'no-votes') return outcome;
  const winner =
    outcome.kind === 'winner' ? outcome.option : castingVote !== null && outcome.options.includes(castingVote) ? castingVote : null;
  if (winner === null) return outcome.kind === 'tie' ? { kind: 'tie', options: outcome.options } : { kind: 'no-votes' };
  const choice = choices.find((c) => c.option === winner);
  return choice
    ? { kind: 'play', choice, casting: outcome.kind === 'tie' }
    : { kind: 'invalid', message: `“${winner}” is not offered at this fork.` };
}

/** Is the lesson over at this scene (the story ended, or the next fork lies beyond the span)? */
export function lessonOver(lesson: Pick<Lesson, 'span'>, scene: Pick<Scene, 'choices' | 'fork'>): boolean {
  return scene.choices.length === 0 || beyondSpan(lesson.span, scene.fork);
}

/**
 * Record the class's vote at the game's current scene and play the winner. The game (the
 * session replayed) moves on; the returned session has the vote, the path and whether the
 * lesson is over. A tie without a valid casting vote, or no votes at all, plays nothing.
 */
export function recordVote(
  session: Session,
  game: Game,
  tallies: readonly Tally[],
  castingVote: string | null = null,
  now: Date = new Date(),
): Result<{ session: Session; vote: Vote }, Problem<'tie' | 'no-votes' | 'invalid' | 'ended'>> {
  const scene = game.scene();
  if (session.ended || lessonOver(session.lesson, scene)) return fail('ended', 'The lesson is over: there is no fork to vote on.');
  const decision = decideVote(scene.choices, tallies, castingVote);
  if (decision.kind === 'no-votes') return fail('no-votes', 'Enter the number of votes for each option first.');
  if (decision.kind === 'invalid') return fail('invalid', decision.message);
  if (decision.kind === 'tie') {
    const n = decision.options.length;
    return fail('tie', `A tie at ${n === 2 ? 'two' : n} options. Cast the deciding vote, then press “Play” again.`);
  }
  const vote: Vote = {
    step: session.steps.length,
    fork: scene.fork,
    year: scene.year,
    tallies: tallies.map((t) => ({ option: t.option, text: t.text, votes: t.votes })),
    winner: decision.choice.option,
    casting: decision.casting,
    index: decision.choice.index,
    at: now.toISOString(),
  };
  const next = game.choose(decision.choice.index);
  return ok({
    vote,
    session: { ...session, votes: [...session.votes, vote], steps: game.path().steps, ended: lessonOver(session.lesson, next) },
  });
}

/** End the lesson where it stands (the debrief covers the forks voted on so far). */
export function endLesson(session: Session): Session {
  return { ...session, ended: true };
}

/** Carry on after an early end (only while the story has choices left in the span). */
export function reopenLesson(session: Session, scene: Pick<Scene, 'choices' | 'fork'>): Result<Session, Problem<'over'>> {
  if (lessonOver(session.lesson, scene)) return fail('over', 'The lesson’s span is over: there is no fork left to vote on.');
  return ok({ ...session, ended: false });
}
