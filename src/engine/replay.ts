/**
 * The one replay loop. A save, a path file, a share code, a class session and history's
 * own path are all lists of choices; the game state is a pure function of them (ink's
 * randomness is seeded), so every feature that needs a state replays its path here:
 * save restore, compare (replayPath, playHistory) and the classroom debrief.
 *
 * Same story version: choices by position, and a recorded option id must still match.
 * Another version: by option id at the same fork. A share code holds positions only.
 * A choice that can no longer be played stops the replay with a message; it never throws.
 */
import type { Game } from './Game.ts';
import { FORK_NAMES, type ChoiceView, type PathStep, type Scene } from './types.ts';

/** What to replay: recorded steps (save, file, session), bare positions (share code), or history. */
export type ReplayInput =
  { storyVersion: string; steps: readonly PathStep[] } | { storyVersion: string; indices: readonly number[] } | { history: true };

export interface ReplayStop {
  /** 0-based number of the choice that could not be played. */
  at: number;
  message: string;
}

export interface ReplayOutcome {
  /** The path was made with another story version than the one replaying it. */
  storyChanged: boolean;
  /** Choices played. */
  played: number;
  /** Where and why the replay stopped before the path's end; null when all of it was played. */
  stop: ReplayStop | null;
}

/** One played choice, as the callers that take snapshots or collect cards see it. */
export interface ReplayedChoice {
  /** 0-based number of the choice. */
  i: number;
  choice: ChoiceView;
  /** The scene the choice was made in, and the one it led to. */
  before: Scene;
  after: Scene;
}

export interface ReplayOptions {
  /** Said in messages: "This save was made…", "This path was made…". */
  what?: string;
  onChoice?(played: ReplayedChoice): void;
}

/** Most choices history's path is followed for (a story loop would otherwise never end). */
const HISTORY_LIMIT = 1000;

/**
 * The choice a recorded step stands for at this scene, or null when the story no longer has it.
 * Same story version: by position, and the option id must still match. Another version: by
 * option id, at the same fork.
 */
export function matchStep(scene: Scene, step: PathStep, storyChanged: boolean): ChoiceView | null {
  if (storyChanged) return scene.choices.find((c) => c.option === step.option && scene.fork === step.fork) ?? null;
  const choice = scene.choices[step.index];
  return choice && choice.option === step.option ? choice : null;
}

/** What to tell the player when step i (0-based) of a save or path cannot be replayed. */
export function missingStepMessage(i: number, step: PathStep, what = 'save'): string {
  return `This ${what} was made with another version of the story; choice ${i + 1} ("${step.option}"${step.fork ? ` at ${FORK_NAMES[step.fork]}` : ''}) no longer exists.`;
}

function positionMessage(i: number, index: number, scene: Scene): string {
  return scene.choices.length
    ? `Choice ${i + 1} of this path (${index + 1}) is not offered${scene.fork ? ` at ${FORK_NAMES[scene.fork]}` : ''}: there are options 1–${scene.choices.length}.`
    : `Choice ${i + 1} of this path is left over: the story already ended.`;
}

type NextChoice = { choice: ChoiceView } | { stop: string | null };

/** The choice to play next, or why not (null: the path simply ends here). */
function pickChoice(input: ReplayInput, i: number, scene: Scene, storyChanged: boolean, what: string): NextChoice | null {
  if ('history' in input) {
    if (i >= HISTORY_LIMIT || !scene.choices.length) return null;
    const historical = scene.choices.find((c) => c.historical);
    return historical ? { choice: historical } : { stop: null };
  }
  if ('indices' in input) {
    if (i >= input.indices.length) return null;
    const index = input.indices[i] ?? -1;
    const choice = scene.choices[index];
    return choice ? { choice } : { stop: positionMessage(i, index, scene) };
  }
  const step = input.steps[i];
  if (!step) return null;
  const choice = matchStep(scene, step, storyChanged);
  return choice ? { choice } : { stop: missingStepMessage(i, step, what) };
}

/** Reset the game and play the input's choices on it, as far as the story allows. */
export function replay(game: Game, input: ReplayInput, opts: ReplayOptions = {}): ReplayOutcome {
  let scene = game.reset();
  const storyChanged = 'history' in input ? false : input.storyVersion !== game.version;
  const what = opts.what ?? 'path';
  for (let i = 0; ; i++) {
    const pick = pickChoice(input, i, scene, storyChanged, what);
    if (!pick) return { storyChanged, played: i, stop: null };
    if (!('choice' in pick)) {
      return { storyChanged, played: i, stop: pick.stop === null ? null : { at: i, message: pick.stop } };
    }
    const before = scene;
    scene = game.choose(pick.choice.index);
    opts.onChoice?.({ i, choice: pick.choice, before, after: scene });
  }
}
