/** Untrusted JSON text checked against a schema: the value, or one sentence saying what is wrong. */
import * as z from 'zod/mini';

export function parseJsonAs<T>(
  text: string,
  schema: z.ZodMiniType<T>,
  what: { name: string; short: string },
): { ok: true; value: T } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${what.name} is not readable (it is not valid JSON).` };
  }
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.join('.') || what.short;
  return { ok: false, message: `${what.name} is damaged (${where}: ${first?.message ?? 'invalid'}).` };
}
