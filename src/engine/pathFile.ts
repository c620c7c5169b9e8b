/**
 * A path exported as a JSON file (to keep, hand in or compare):
 *
 *   { "kind": "october-paths/path", "format": 1, "name": "…", "storyVersion": "8f7513b5",
 *     "createdAt": "2026-…Z", "steps": [{ "fork": "february", "option": "…", "index": 0 }, …],
 *     "ending": "renewal" | null, "year": 1991 }
 *
 * Like a save, the file holds the choices only (by option id and position); the state is
 * replayed from them (see save.ts `restore` and compare.ts). Parsing never throws.
 */
import * as z from 'zod/mini';
import { ENDINGS, type EndingId, type Path } from './types.ts';
import { stepSchema } from './save.ts';
import { Game } from './Game.ts';
import type { Result } from './result.ts';

export const PATH_FILE_KIND = 'october-paths/path';
export const PATH_FILE_FORMAT = 1;
/** Larger texts are refused before JSON.parse (a real file is a few KB). */
export const MAX_PATH_FILE_CHARS = 200_000;
export const MAX_PATH_NAME = 120;
export const DEFAULT_PATH_NAME = 'Untitled path';

export const pathFileSchema = z.object({
  kind: z.literal(PATH_FILE_KIND),
  format: z.literal(PATH_FILE_FORMAT),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_PATH_NAME)),
  storyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.iso.datetime(),
  steps: z.array(stepSchema).check(z.maxLength(500)),
  ending: z.optional(z.nullable(z.enum(ENDINGS))),
  year: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
});

export type PathFile = z.infer<typeof pathFileSchema>;

export type PathFileProblem = {
  kind: 'too-large' | 'not-json' | 'wrong-kind' | 'unsupported-format' | 'damaged';
  message: string;
};

export type PathFileResult = Result<PathFile, PathFileProblem>;

/** What a path file is made from: a game in progress or over, or a path and how it ended. */
export type PathFileSource = Game | { path: Path; ending?: EndingId | null; year?: number };

/**
 * A name as it is shown and stored: control and bidirectional-override characters and lone
 * surrogates removed, white space folded, cut to MAX_PATH_NAME (never inside a character);
 * empty after that: the fallback.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

export function cleanPathName(name: string, fallback = DEFAULT_PATH_NAME): string {
  const text = typeof name === 'string' ? name : '';
  const clean = text
    .replace(CONTROL_CHARS, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = clean
    .slice(0, MAX_PATH_NAME)
    .replace(/[\ud800-\udbff]$/, '')
    .trim();
  return cut || fallback;
}

const cleanName = (name: string): string => cleanPathName(name);

export function makePathFile(source: PathFileSource, name: string, now: Date = new Date()): PathFile {
  const { path, ending, year } =
    source instanceof Game ? { path: source.path(), ending: source.state().ending, year: source.state().year } : source;
  const file: PathFile = {
    kind: PATH_FILE_KIND,
    format: PATH_FILE_FORMAT,
    name: cleanName(name),
    storyVersion: path.storyVersion,
    createdAt: now.toISOString(),
    steps: path.steps.map((s) => ({ fork: s.fork, option: s.option, index: s.index })),
    ending: ending ?? null,
  };
  if (year !== undefined) file.year = year;
  return file;
}

export function serializePathFile(file: PathFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The path a file holds, for restore() and compare(). */
export function pathOfFile(file: PathFile): Path {
  return { storyVersion: file.storyVersion, steps: file.steps.map((s) => ({ ...s })) };
}

const fail = (kind: PathFileProblem['kind'], message: string): PathFileResult => ({ ok: false, problem: { kind, message } });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse untrusted text (an uploaded file, a paste) into a path file, or say what is wrong with it. */
export function parsePathFile(text: string): PathFileResult {
  if (typeof text !== 'string') return fail('not-json', 'This is not a path file of October Paths (it is not text).');
  if (text.length > MAX_PATH_FILE_CHARS) {
    return fail(
      'too-large',
      `This file is too large to be a path of October Paths (${Math.round(text.length / 1000)} KB; a path is a few KB).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json', 'This is not a path file of October Paths: it is not valid JSON.');
  }
  if (!isRecord(raw)) return fail('wrong-kind', 'This is not a path file of October Paths: it holds no path.');
  if (raw.kind !== PATH_FILE_KIND) {
    if (raw.kind === undefined && 'savedAt' in raw) {
      return fail('wrong-kind', 'This is a saved game, not an exported path: load it from the saves instead.');
    }
    const what = typeof raw.kind === 'string' ? ` (it is a "${raw.kind.slice(0, 60)}" file)` : '';
    return fail('wrong-kind', `This is not a path file of October Paths${what}.`);
  }
  if (raw.format !== PATH_FILE_FORMAT) {
    return fail(
      'unsupported-format',
      typeof raw.format === 'number' && raw.format > PATH_FILE_FORMAT
        ? `This path file was made by a newer version of the game (format ${raw.format}); this one reads format ${PATH_FILE_FORMAT}.`
        : `This path file is damaged (format: expected ${PATH_FILE_FORMAT}).`,
    );
  }
  const parsed = z.safeParse(pathFileSchema, raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || 'the file';
    return fail('damaged', `This path file is damaged (${where}: ${first?.message ?? 'invalid'}).`);
  }
  return { ok: true, value: { ...parsed.data, name: cleanName(parsed.data.name) } };
}
