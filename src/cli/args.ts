/**
 * Flag parser for the headless tools: --flag, --key value, --key=value. Each tool says which
 * flags it knows and which take a value; anything else is an error with a plain message
 * (exit code 2 in the tools), never ignored.
 */
export type FlagSpec = Record<string, 'switch' | 'value'>;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], spec?: FlagSpec): { flags: Map<string, string | true>; rest: string[] } {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const kind = spec ? spec[name] : undefined;
    if (spec && !kind) throw new UsageError(`unknown option --${name}`);
    if (eq > 0) {
      if (kind === 'switch') throw new UsageError(`--${name} takes no value`);
      flags.set(name, a.slice(eq + 1));
      continue;
    }
    const next = argv[i + 1];
    const wantsValue = spec ? kind === 'value' : next !== undefined && !next.startsWith('--');
    if (wantsValue) {
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, next);
      i++;
    } else flags.set(name, true);
  }
  return { flags, rest };
}

/** A whole number written in plain digits ("12", not "0x1", "1e0", "1.0" or "-3"), at least `min`. */
export function wholeNumber(text: string, what: string, min = 0): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new UsageError(`${what} must be a whole number${min > 0 ? ` from ${min}` : ''}, not "${text}"`);
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${what} must be a whole number${min > 0 ? ` from ${min}` : ''}, not "${text}"`);
  return n;
}

export function numberFlag(flags: Map<string, string | true>, name: string, fallback: number, min = 0): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return wholeNumber(v, `--${name}`, min);
}

/** A 1-based choice list ("1,3,2") as 0-based positions; empty or malformed lists are errors. */
export function choiceList(raw: string | true | undefined, flag = '--choices'): number[] {
  if (typeof raw !== 'string' || !raw.trim()) throw new UsageError(`${flag} needs a list of choices, e.g. ${flag} 1,3,2`);
  return raw.split(',').map((item, i) => {
    if (!/^\s*\d+\s*$/.test(item) || Number(item) < 1)
      throw new UsageError(`choice ${i + 1} is "${item.trim()}": choices are whole numbers from 1`);
    return Number(item) - 1;
  });
}
