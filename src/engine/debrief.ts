/**
 * The class debrief as data: the class's choices beside history's, with the votes, the
 * history cards met on the class's path, the endings and the questions for the forks taken.
 * The debrief view renders it and the teacher can download it as JSON.
 */
import { Game, type StoryBundle } from './Game.ts';
import { historyPath, replayPath, type PathReplay } from './compare.ts';
import { span, type Session } from './classroom.ts';
import { replay } from './replay.ts';
import type { RoleBook } from './roles.ts';
import { FORKS, FORK_NAMES, type ForkId, type HistoryCard } from './types.ts';

export interface DebriefRow {
  step: number;
  year: number;
  /** The fork's date as the story gives it ("23 February (8 March) 1917"). */
  date: string;
  fork: ForkId | null;
  classChoice: string;
  classOption: string;
  tallies: { option: string; text: string; votes: number }[];
  casting: boolean;
  historyChoice: string | null;
  sameAsHistory: boolean;
}

export interface DebriefData {
  kind: 'october-paths/debrief';
  format: 1;
  storyVersion: string;
  startedAt: string;
  span: string;
  groups: Session['lesson']['groups'];
  rows: DebriefRow[];
  ending: { id: string; title: string; year: number } | null;
  stoppedAt: string | null;
  final: { meters: Record<string, number>; livesLost: number; territory: number } | null;
  /**
   * History over the lesson's own span: its state after as many choices as the class made
   * (`sameSpan`), and its ending only when the class's path reached one too.
   */
  history: {
    ending: string | null;
    meters: Record<string, number> | null;
    sameSpan: { year: number; livesLost: number; territory: number } | null;
  };
  historyCards: HistoryCard[];
  questions: { fork: ForkId; questions: string[] }[];
}

/** Replay the class path once: the timeline gives history's choice, the scenes the cards. */
function classPlay(bundle: StoryBundle, session: Session): { rows: DebriefRow[]; cards: HistoryCard[] } {
  const game = new Game(bundle);
  const cards: HistoryCard[] = [];
  const dates: string[] = [];
  replay(
    game,
    { storyVersion: session.storyVersion, steps: session.steps },
    {
      what: 'class session',
      onChoice: ({ i, before, after }) => {
        dates[i] = before.date || String(before.year);
        if (after.historyCard) cards.push(after.historyCard);
      },
    },
  );
  const timeline = game.state().timeline;
  const rows = session.votes.map((v): DebriefRow => {
    const t = timeline[v.step];
    const won = v.tallies.find((x) => x.option === v.winner);
    return {
      step: v.step,
      year: v.year,
      date: dates[v.step] ?? String(v.year),
      fork: v.fork,
      classChoice: won?.text ?? v.winner,
      classOption: v.winner,
      tallies: v.tallies,
      casting: v.casting,
      historyChoice: t?.historyChoice ?? null,
      sameAsHistory: t?.historical ?? false,
    };
  });
  return { rows, cards };
}

/**
 * History beside the class, over the class's own span (never the whole century for a short
 * lesson): history's ending only when the lesson runs to the end of the story and the class
 * reached an ending too; otherwise history after as many choices as the class made.
 */
function historyInSpan(hist: PathReplay, cls: PathReplay, wholeStory: boolean): DebriefData['history'] {
  const steps = cls.snapshots.length - 1;
  const toTheEnd = cls.ending !== null && wholeStory;
  const at = toTheEnd ? hist.snapshots.at(-1) : hist.snapshots[Math.min(steps, hist.snapshots.length - 1)];
  return {
    ending: toTheEnd ? (hist.ending?.title ?? null) : null,
    meters: at?.meters ?? null,
    sameSpan: at ? { year: at.year, livesLost: at.livesLost, territory: at.territory } : null,
  };
}

export function debriefData(
  bundle: StoryBundle,
  session: Session,
  book: RoleBook,
  replays?: { cls: PathReplay; hist: PathReplay },
): DebriefData {
  const cls = replays?.cls ?? replayPath(bundle, { label: 'Class', storyVersion: session.storyVersion, steps: session.steps });
  const hist = replays?.hist ?? replayPath(bundle, historyPath(bundle));
  const { rows, cards } = classPlay(bundle, session);
  const forks = [...new Set(rows.map((r) => r.fork).filter((f): f is ForkId => f !== null))];
  const last = cls.snapshots.at(-1);
  return {
    kind: 'october-paths/debrief',
    format: 1,
    storyVersion: session.storyVersion,
    startedAt: session.startedAt,
    span: span(session.lesson.span).title,
    groups: session.lesson.groups,
    rows,
    ending: cls.ending,
    stoppedAt: cls.ending ? null : `${cls.year}${cls.fork ? `, before ${FORK_NAMES[cls.fork]}` : ''}`,
    final: last ? { meters: last.meters, livesLost: last.livesLost, territory: last.territory } : null,
    history: historyInSpan(hist, cls, span(session.lesson.span).lastFork === FORKS[FORKS.length - 1]),
    historyCards: cards,
    questions: forks.map((fork) => ({ fork, questions: book.questions[fork] ?? [] })),
  };
}
