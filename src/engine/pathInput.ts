/**
 * The paths compare and the debrief replay: from a save or a file (choices by option id),
 * from a share code (positions only), or history's own path.
 */
import { Game, type StoryBundle } from './Game.ts';
import { replay } from './replay.ts';
import type { DecodedPath } from './pathCode.ts';
import type { PathFile } from './pathFile.ts';
import type { PathStep, Scene } from './types.ts';

/** A path to replay: choices by option id (a save, a file) or by position only (a share code). */
export type PathInput =
  { label: string; storyVersion: string; steps: PathStep[] } | { label: string; storyVersion: string; indices: number[] };

/** Play history's option at every choice point until the story stops. */
export function playHistory(game: Game): Scene {
  replay(game, { history: true });
  return game.scene();
}

/** The path history took, always available to compare against. */
export function historyPath(bundle: StoryBundle, game: Game = new Game(bundle)): PathInput & { steps: PathStep[] } {
  playHistory(game);
  return { label: 'History', storyVersion: bundle.version, steps: game.path().steps };
}

export function inputFromFile(file: PathFile): PathInput {
  return { label: file.name, storyVersion: file.storyVersion, steps: file.steps.map((s) => ({ ...s })) };
}

export function inputFromCode(path: DecodedPath, label: string): PathInput {
  return { label, storyVersion: path.storyVersion, indices: [...path.indices] };
}
