/**
 * The live classroom's rules, pure: what students see at a fork, how device ballots become
 * the class tally, who has voted per group, and how the class vote is played into the
 * session. The server keeps ballots and calls these; it decides nothing on its own.
 */
import type { Game } from './Game.ts';
import { decide, groupOf, type Lesson, type Session, type Vote } from './classroom.ts';
import { cardsAtScene, lessonOver, recordVote } from './lesson.ts';
import { cardText, shownIn } from './reading.ts';
import type { RoleBook } from './roles.ts';
import { FORK_NAMES, type ForkId } from './types.ts';

export { rolesInSpan } from './lesson.ts';

/** reading: the fork is shown, the vote not yet open; open: students vote; closed: the tally is shown. */
export type LivePhase = 'reading' | 'open' | 'closed' | 'ended';

export interface LiveChoice {
  option: string;
  text: string;
  advocates: string[];
}

export interface LiveCard {
  role: string;
  /** The group holding this role in the lesson (null: no group was dealt it). */
  group: string | null;
  who: string;
  position: string;
  arguments: string[];
  fears: string;
  /** The choices (by text) this role argues for at this fork. */
  argues: string[];
}

export interface LiveBlock {
  kind: 'text' | 'watch' | 'history' | 'chapter' | 'ending';
  text: string;
  speculative: boolean;
}

export interface LiveChange {
  meter: string;
  delta: number;
  reason: string;
}

/** The fork as every device sees it: a snapshot, so a vote never needs the story. */
export interface LiveScene {
  /** The path step this fork's vote decides (0-based). */
  step: number;
  fork: ForkId | null;
  forkName: string;
  year: number;
  date: string;
  context: LiveBlock[];
  choices: LiveChoice[];
  cards: LiveCard[];
  /** What the class's last choice changed (empty at the first fork). */
  changes: LiveChange[];
  /** The class's last vote, to say what it decided. */
  lastVote: Pick<Vote, 'fork' | 'tallies' | 'winner' | 'casting'> | null;
  /** True when the lesson is over here (the story ended or the span is done). */
  over: boolean;
}

/** The current scene of the class game as a snapshot for the devices. */
export function liveScene(game: Game, session: Session, book: RoleBook): LiveScene {
  const scene = game.scene();
  const lesson = session.lesson;
  const over = lessonOver(lesson, scene);
  // Students read the lesson's reading: the short text where a fork has one, unless the teacher chose the full.
  const mode = lesson.reading ?? 'short';
  const context: LiveBlock[] = [];
  for (const b of scene.blocks) {
    if (b.kind === 'text') {
      if (shownIn(b, mode)) context.push({ kind: 'text', text: b.text, speculative: b.speculative });
    } else if (b.kind === 'watch') context.push({ kind: 'watch', text: b.text, speculative: false });
    else if (b.kind === 'chapter') context.push({ kind: 'chapter', text: b.title, speculative: false });
    else if (b.kind === 'ending') context.push({ kind: 'ending', text: b.title, speculative: false });
    else if (b.kind === 'history' && lesson.historyCards === 'after-each-fork') {
      context.push({ kind: 'history', text: [b.card.title, ...cardText(b.card, mode)].join('\n\n'), speculative: false });
    }
  }
  const choices = over ? [] : scene.choices.map((c) => ({ option: c.option, text: c.text, advocates: [...c.advocates] }));
  const cards = over
    ? []
    : cardsAtScene(
        book,
        scene,
        game.path().steps.map((s) => s.option),
      ).map((c): LiveCard => ({
        role: c.role,
        group: groupOf(lesson.groups, c.role),
        who: c.who,
        position: c.position,
        arguments: [...c.arguments],
        fears: c.fears,
        argues: scene.choices.filter((ch) => c.options.includes(ch.option)).map((ch) => ch.text),
      }));
  const last = session.votes.at(-1);
  return {
    step: session.steps.length,
    fork: scene.fork,
    forkName: scene.fork ? FORK_NAMES[scene.fork] : scene.chapter,
    year: scene.year,
    date: scene.date,
    context,
    choices,
    cards,
    changes:
      session.steps.length === 0
        ? []
        : scene.effects.filter((e) => e.delta !== 0).map((e) => ({ meter: e.meter, delta: e.delta, reason: e.reason })),
    lastVote: last ? { fork: last.fork, tallies: last.tallies, winner: last.winner, casting: last.casting } : null,
    over,
  };
}

/** The role cards a group holds at this fork (a group with none reads them all). */
export function cardsForGroup(scene: LiveScene, group: string): LiveCard[] {
  const own = scene.cards.filter((c) => c.group === group);
  return own.length ? own : scene.cards;
}

/** Device ballots (one option id each) into the class tally, in the order of the choices. */
export function tallyBallots(choices: readonly LiveChoice[], ballots: Iterable<string>): Vote['tallies'] {
  const counts = new Map<string, number>();
  for (const option of ballots) counts.set(option, (counts.get(option) ?? 0) + 1);
  return choices.map((c) => ({ option: c.option, text: c.text, votes: Math.min(999, counts.get(c.option) ?? 0) }));
}

export interface LivePerson {
  group: string;
  removed: boolean;
}

/** How many of each group have joined and how many have voted at this fork. */
export function votedPerGroup(
  lesson: Lesson,
  people: Iterable<[device: string, person: LivePerson]>,
  ballots: ReadonlyMap<string, string>,
): { name: string; joined: number; voted: number }[] {
  const rows = lesson.groups.map((g) => ({ name: g.name, joined: 0, voted: 0 }));
  for (const [device, p] of people) {
    const row = rows.find((r) => r.name === p.group);
    if (!row || p.removed) continue;
    row.joined += 1;
    if (ballots.has(device)) row.voted += 1;
  }
  return rows;
}

/** Can this ballot be cast now? A clear reason when not (the vote is closed, another fork, no such option). */
export function ballotProblem(phase: LivePhase, scene: LiveScene, step: number, option: string): string | null {
  if (phase === 'ended') return 'The lesson is over.';
  if (step !== scene.step) return 'That vote is over: the class has moved on to another fork.';
  if (phase === 'reading') return 'The vote has not opened yet.';
  if (phase === 'closed') return 'The vote is closed.';
  if (!scene.choices.some((c) => c.option === option)) return 'That is not one of the options at this fork.';
  return null;
}

export type CloseResult =
  | { kind: 'winner'; option: string; tallies: Vote['tallies'] }
  | { kind: 'tie'; options: string[]; tallies: Vote['tallies'] }
  | { kind: 'no-votes'; tallies: Vote['tallies'] };

/** Closing the vote: the tally and what it decides by the classroom's tie rule. */
export function closeVote(scene: LiveScene, ballots: Iterable<string>): CloseResult {
  const tallies = tallyBallots(scene.choices, ballots);
  const outcome = decide(tallies);
  if (outcome.kind === 'winner') return { kind: 'winner', option: outcome.option, tallies };
  if (outcome.kind === 'tie') return { kind: 'tie', options: outcome.options, tallies };
  return { kind: 'no-votes', tallies };
}

/** The option the class plays: the winner, or the teacher's casting vote among the tied. */
export function chosenOption(result: CloseResult, casting: string | null): { option: string; casting: boolean } | null {
  if (result.kind === 'winner') return { option: result.option, casting: false };
  if (result.kind === 'tie' && casting && result.options.includes(casting)) return { option: casting, casting: true };
  return null;
}

/**
 * Play the class's choice by the classroom's rules (lesson.ts recordVote): record the vote,
 * make the choice in the game, and end the session when the story ends or the span is done.
 * The session is updated in place (the server keeps it in its room document).
 */
export function playClassVote(
  session: Session,
  game: Game,
  tallies: Vote['tallies'],
  option: string,
  casting: boolean,
  now: Date = new Date(),
): boolean {
  const r = recordVote(session, game, tallies, casting ? option : null, now);
  if (!r.ok || r.value.vote.winner !== option) return false;
  Object.assign(session, r.value.session);
  return true;
}
