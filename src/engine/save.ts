/**
 * Saves. A save is the path (the choices, by stable option id and position) plus the
 * story version. The ink state is a pure function of the path (randomness is seeded),
 * so replaying the path restores meters, flags, the why-log and the map exactly.
 * Decoding never throws at the caller: it returns a typed problem the view can explain.
 */
// zod/mini: the same validation in a fraction of the bytes on the first page load.
import * as z from 'zod/mini';
import { FORKS } from './types';
import { Game, type StoryBundle } from './Game';

export const SAVE_FORMAT = 1;

const stepSchema = z.object({
  fork: z.nullable(z.enum(FORKS)),
  option: z.string().check(z.minLength(1), z.maxLength(60)),
  index: z.int().check(z.gte(0), z.lte(35)),
});

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  storyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  savedAt: z.iso.datetime(),
  steps: z.array(stepSchema).check(z.maxLength(500)),
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'corrupt', message: 'The saved game is not readable (it is not valid JSON).' } };
  }
  const parsed = z.safeParse(saveSchema, raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'the save';
    return { ok: false, problem: { kind: 'corrupt', message: `The saved game is damaged (${where}: ${first?.message ?? 'invalid'}).` } };
  }
  return { ok: true, save: parsed.data };
}

/**
 * Replay a save. Same story version: by position (exact). Another version: by option id,
 * stopping with a clear problem where a fork or option no longer exists.
 */
export function restore(bundle: StoryBundle, save: SaveData, game: Game = new Game(bundle)): LoadResult {
  game.reset();
  const storyChanged = save.storyVersion !== bundle.version;
  for (const [i, step] of save.steps.entries()) {
    const scene = game.scene();
    const choice = storyChanged
      ? scene.choices.find((c) => c.option === step.option && scene.fork === step.fork)
      : scene.choices[step.index];
    if (!choice || (!storyChanged && choice.option !== step.option)) {
      return {
        ok: false,
        problem: {
          kind: 'incompatible',
          stoppedAt: i,
          message: `This save was made with another version of the story; choice ${i + 1} ("${step.option}"${step.fork ? ` at ${step.fork}` : ''}) no longer exists.`,
        },
      };
    }
    game.choose(choice.index);
  }
  return { ok: true, game, storyChanged };
}
