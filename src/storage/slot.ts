/**
 * One stored record in a key–value storage (localStorage in the browser, a Map in tests):
 * the autosave, the class session. Unreadable data is never deleted: before anything would
 * replace it, it is moved aside under a dated key (and can be downloaded), and a caller is
 * told plainly when even that fails, so it can ask before overwriting.
 */
import { fail, ok, type Problem, type Result } from '../engine/result';

export const KEPT_PREFIX = 'october-paths:kept:';

export type Stored<T, P> = { kind: 'none' } | { kind: 'ok'; value: T; raw: string } | { kind: 'problem'; problem: P; raw: string };

export type KeepAsideProblem = Problem<'not-kept'>;

/** What the app needs of a stored record: read it, write it, keep it aside, clear it. */
export interface Slot<T, P> {
  read(): Stored<T, P>;
  /** False when storage is blocked or full; play goes on unsaved. */
  write(value: T): boolean;
  /**
   * Move the stored text aside, untouched, so nothing new overwrites it: the key it was kept
   * under, null when there was nothing to keep, or a problem when it could not be kept
   * (storage full or blocked); then it is still in the slot and must not be overwritten
   * without the player's consent.
   */
  keepAside(now?: Date): Result<string | null, KeepAsideProblem>;
  /** Empty the slot (only for data the player has finished with, never for unreadable data). */
  clear(): void;
}

type Parse<T, P> = (raw: string) => Result<T, P & { message: string }>;

export const NOT_KEPT =
  'It could not be kept aside: this browser’s storage for the game is full or blocked. Download it first if you want to keep it.';

export class JsonSlot<T, P extends { message: string }> implements Slot<T, P> {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
    private readonly parse: Parse<T, P>,
    private readonly serialize: (value: T) => string = (v) => JSON.stringify(v),
  ) {}

  read(): Stored<T, P> {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      return { kind: 'none' };
    }
    if (raw === null) return { kind: 'none' };
    const parsed = this.parse(raw);
    return parsed.ok ? { kind: 'ok', value: parsed.value, raw } : { kind: 'problem', problem: parsed.problem, raw };
  }

  write(value: T): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.key, this.serialize(value));
      return true;
    } catch {
      return false;
    }
  }

  keepAside(now: Date = new Date()): Result<string | null, KeepAsideProblem> {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      return fail('not-kept', NOT_KEPT);
    }
    if (raw === null || !this.storage) return ok(null);
    const key = `${KEPT_PREFIX}${now.toISOString()}`;
    try {
      this.storage.setItem(key, raw);
      // Only once the copy is safely written, and only if it reads back the same.
      if (this.storage.getItem(key) !== raw) return fail('not-kept', NOT_KEPT);
    } catch {
      return fail('not-kept', NOT_KEPT);
    }
    try {
      this.storage.removeItem(this.key);
    } catch {
      // The copy is kept; the original stays too.
    }
    return ok(key);
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Blocked storage: nothing was there to clear.
    }
  }
}

/**
 * A Storage held in memory: the tests' localStorage, and the app's when the browser blocks
 * storage. `quota` (characters, keys and values together) makes it fail like a full one.
 */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
}
