/** Untrusted JSON text checked against a schema: the value, or one sentence saying what is wrong. */
import * as z from 'zod/mini';
import { fail, ok, type Problem, type Result } from './result.ts';

export type JsonProblem = Problem<'too-large' | 'not-json' | 'damaged'>;

/** Longest text any stored or uploaded record of the game can be (a whole century is a few KB). */
export const MAX_RECORD_CHARS = 500_000;

export function parseJsonAs<T>(
  text: string,
  schema: z.ZodMiniType<T>,
  what: { name: string; short: string; maxChars?: number },
): Result<T, JsonProblem> {
  if (typeof text !== 'string') return fail('not-json', `${what.name} is not readable (it is not text).`);
  const max = what.maxChars ?? MAX_RECORD_CHARS;
  // Refused before JSON.parse: deep nesting in a huge text would take seconds to read.
  if (text.length > max) return fail('too-large', `${what.name} is too large to be ${what.short} (${Math.round(text.length / 1000)} KB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json', `${what.name} is not readable (it is not valid JSON).`);
  }
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const where = first?.path.map(String).join('.') || what.short;
  return fail('damaged', `${what.name} is damaged (${where}: ${first?.message ?? 'invalid'}).`);
}
