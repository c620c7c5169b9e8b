/**
 * Replay one path and take a snapshot of the state after every choice: the meters, lives lost,
 * territory and map control, with the effects (the why-log) of every step. What compare.ts,
 * the debrief and branching build on. Pure and JSON-serialisable; every replay goes through
 * replay.ts.
 */
import { Game, type StoryBundle } from './Game.ts';
import { replay } from './replay.ts';
import type { StepEffect } from './causes.ts';
import type { PathInput } from './pathInput.ts';
import { ENDING_TITLES, FORK_NAMES, type Control, type EndingId, type ForkId, type MeterId, type PathStep, type Scene } from './types.ts';

export interface Measures {
  meters: Record<MeterId, number>;
  livesLost: number;
  /** Share (0–1) of the former Empire held by the government. */
  territory: number;
}

/** The state after a choice (step k ≥ 1), or at the start (step 0, no choice yet). */
export interface Snapshot extends Measures {
  /** 0 at the start, k after the k-th choice (1-based, as the CLI and the keys count). */
  step: number;
  /** The year the choice was made (at the start: the opening year). */
  year: number;
  fork: ForkId | null;
  option: string | null;
  choiceText: string | null;
  /** Whether this was history's choice (null at the start). */
  historical: boolean | null;
  control: Record<string, Control>;
}

export interface PathReplay {
  label: string;
  /** The version the path was made with. */
  storyVersion: string;
  storyChanged: boolean;
  /** Said when the path was made with another story version (how it was replayed). */
  notice: string | null;
  /** The choices actually played, resolved against this story. */
  steps: PathStep[];
  snapshots: Snapshot[];
  effects: StepEffect[];
  ending: { id: EndingId; title: string; year: number } | null;
  /** 1-based number of the choice that could not be replayed (the story changed), or null. */
  stoppedAt: number | null;
  /** Why the replay stopped, or that the path ends before the story does; null on an ending. */
  message: string | null;
  /** The story has no more choices. */
  finished: boolean;
  /** Where the replay ended. */
  fork: ForkId | null;
  year: number;
}

const measures = (game: Game): Measures & { control: Record<string, Control> } => {
  const s = game.state();
  return { meters: s.meters, livesLost: s.livesLost, territory: s.territory, control: s.control };
};

const stepEffects = (scene: Scene, step: number): StepEffect[] => scene.effects.filter((e) => e.delta !== 0).map((e) => ({ ...e, step }));

/** Replay one path and take a snapshot after every choice. */
export function replayPath(bundle: StoryBundle, input: PathInput, game: Game = new Game(bundle)): PathReplay {
  const start = game.reset();
  const snapshots: Snapshot[] = [
    {
      step: 0,
      year: start.year,
      fork: start.fork,
      option: null,
      choiceText: null,
      historical: null,
      ...measures(game),
    },
  ];
  const effects: StepEffect[] = stepEffects(start, 0);
  const outcome = replay(game, input, {
    what: 'path',
    onChoice: ({ i, choice, before, after }) => {
      snapshots.push({
        step: i + 1,
        year: before.year,
        fork: before.fork,
        option: choice.option,
        choiceText: choice.text,
        historical: choice.historical,
        ...measures(game),
      });
      effects.push(...stepEffects(after, i + 1));
    },
  });
  const { storyChanged } = outcome;
  const notice = !storyChanged
    ? null
    : 'indices' in input
      ? `This path was made with another version of the story (${input.storyVersion}, now ${bundle.version}); its choices were replayed by position and may not mean the same.`
      : `This path was made with another version of the story (${input.storyVersion}, now ${bundle.version}); its choices were matched by option id.`;
  const scene = game.scene();
  const state = game.state();
  const ending = state.ending ? { id: state.ending, title: ENDING_TITLES[state.ending], year: state.year } : null;
  let message = outcome.stop?.message ?? null;
  if (!outcome.stop && !ending) {
    message = state.finished
      ? `The story stops${scene.fork ? ` at ${FORK_NAMES[scene.fork]}` : ''} (${state.year}) without an ending.`
      : `The path stops at ${scene.fork ? FORK_NAMES[scene.fork] : String(state.year)}, before the story ends.`;
  }
  return {
    label: input.label,
    storyVersion: input.storyVersion,
    storyChanged,
    notice,
    steps: game.path().steps,
    snapshots,
    effects,
    ending,
    stoppedAt: outcome.stop ? outcome.stop.at + 1 : null,
    message,
    finished: state.finished,
    fork: state.fork,
    year: state.year,
  };
}
