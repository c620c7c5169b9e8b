/**
 * Saves. A save is the path (the choices, by stable option id and position) plus the
 * story version. The ink state is a pure function of the path (randomness is seeded),
 * so replaying the path restores meters, flags, the why-log and the map exactly.
 * Decoding never throws at the caller: it returns a typed problem the view can explain.
 */
// zod/mini: the same validation in a fraction of the bytes on the first page load.
import * as z from 'zod/mini';
import { FORKS, type Path } from './types.ts';
import { Game, type StoryBundle } from './Game.ts';
import { parseJsonAs } from './parseJson.ts';
import { matchStep, missingStepMessage, replay } from './replay.ts';
import type { Result } from './result.ts';

export const SAVE_FORMAT = 1;

/** One choice of a path: shared with exported path files (pathFile.ts). */
export const stepSchema = z.object({
  fork: z.nullable(z.enum(FORKS)),
  option: z.string().check(z.minLength(1), z.maxLength(60)),
  index: z.int().check(z.gte(0), z.lte(35)),
});

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  storyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  savedAt: z.iso.datetime(),
  steps: z.array(stepSchema).check(z.maxLength(500)),
  /** The path library entry this game updates (absent in saves made before the library). */
  pathId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});

export type SaveData = z.infer<typeof saveSchema>;

export type LoadProblem = { kind: 'corrupt'; message: string } | { kind: 'incompatible'; message: string; stoppedAt: number };

export type LoadResult = { ok: true; game: Game; storyChanged: boolean } | { ok: false; problem: LoadProblem };

export function makeSave(game: Game, now: Date = new Date()): SaveData {
  const path = game.path();
  return { format: SAVE_FORMAT, storyVersion: path.storyVersion, savedAt: now.toISOString(), steps: path.steps };
}

export function serializeSave(save: SaveData): string {
  return JSON.stringify(save);
}

/** Longest save text read (a whole century is about 3 KB); longer text is refused unread. */
export const MAX_SAVE_CHARS = 200_000;

/** Parse untrusted text (from storage, a file…) into a save, or say what is wrong with it. */
export function parseSave(text: string): Result<SaveData, LoadProblem> {
  const r = parseJsonAs(text, saveSchema, { name: 'The saved game', short: 'a save', maxChars: MAX_SAVE_CHARS });
  return r.ok ? r : { ok: false, problem: { kind: 'corrupt', message: r.problem.message } };
}

export { matchStep, missingStepMessage };

/**
 * Replay a path (a save, a library entry, a class session's steps). Same story version: by
 * position (exact). Another version: by option id, stopping with a clear problem where a
 * fork or option no longer exists.
 */
export function restore(bundle: StoryBundle, path: Pick<Path, 'storyVersion' | 'steps'>, game: Game = new Game(bundle)): LoadResult {
  const outcome = replay(game, path, { what: 'save' });
  if (outcome.stop) return { ok: false, problem: { kind: 'incompatible', stoppedAt: outcome.stop.at, message: outcome.stop.message } };
  return { ok: true, game, storyChanged: outcome.storyChanged };
}
