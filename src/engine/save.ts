/**
 * Saves. A save is the path (the choices, by stable option id and position) plus the
 * story version. The ink state is a pure function of the path (randomness is seeded),
 * so replaying the path restores meters, flags, the why-log and the map exactly.
 * Decoding never throws at the caller: it returns a typed problem the view can explain.
 */
// zod/mini: the same validation in a fraction of the bytes on the first page load.
import * as z from 'zod/mini';
import { FORKS, FORK_NAMES, type ChoiceView, type PathStep, type Scene } from './types';
import { Game, type StoryBundle } from './Game';
import { parseJsonAs } from './parseJson';

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

export type LoadProblem =
  | { kind: 'corrupt'; message: string }
  | { kind: 'incompatible'; message: string; stoppedAt: number };

export type LoadResult = { ok: true; game: Game; storyChanged: boolean } | { ok: false; problem: LoadProblem };

export function makeSave(game: Game, now: Date = new Date()): SaveData {
  const path = game.path();
  return { format: SAVE_FORMAT, storyVersion: path.storyVersion, savedAt: now.toISOString(), steps: path.steps };
}

export function serializeSave(save: SaveData): string {
  return JSON.stringify(save);
}

/** Parse untrusted text (from storage, a file…) into a save, or say what is wrong with it. */
export function parseSave(text: string): { ok: true; save: SaveData } | { ok: false; problem: LoadProblem } {
  const r = parseJsonAs(text, saveSchema, { name: 'The saved game', short: 'the save' });
  return r.ok ? { ok: true, save: r.value } : { ok: false, problem: { kind: 'corrupt', message: r.message } };
}

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

/**
 * Replay a save. Same story version: by position (exact). Another version: by option id,
 * stopping with a clear problem where a fork or option no longer exists.
 */
export function restore(bundle: StoryBundle, save: SaveData, game: Game = new Game(bundle)): LoadResult {
  game.reset();
  const storyChanged = save.storyVersion !== bundle.version;
  for (const [i, step] of save.steps.entries()) {
    const choice = matchStep(game.scene(), step, storyChanged);
    if (!choice) {
      return { ok: false, problem: { kind: 'incompatible', stoppedAt: i, message: missingStepMessage(i, step) } };
    }
    game.choose(choice.index);
  }
  return { ok: true, game, storyChanged };
}
