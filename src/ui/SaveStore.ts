/**
 * Storage slots in localStorage (the autosave, the class session). Unreadable data is
 * never deleted: before anything would replace it, it is moved aside under a dated key
 * (and can be downloaded).
 */
import { parseSave, serializeSave, type LoadProblem, type SaveData } from '../engine/save';

export const AUTOSAVE_KEY = 'october-paths:autosave';
export const KEPT_PREFIX = 'october-paths:kept:';
/** The classroom session (facilitator mode). */
export const SESSION_KEY = 'october-paths:class-session';

export type Stored<T, P> =
  | { kind: 'none' }
  | { kind: 'ok'; value: T; raw: string }
  | { kind: 'problem'; problem: P; raw: string };

type Parse<T, P> = (raw: string) => { ok: true; value: T } | { ok: false; problem: P };

export class JsonSlot<T, P> {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
    private readonly parse: Parse<T, P>,
    private readonly serialize: (value: T) => string = (v) => JSON.stringify(v),
  ) {}

  read(): Stored<T, P> {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      return { kind: 'none' };
    }
    if (raw === null) return { kind: 'none' };
    const parsed = this.parse(raw);
    return parsed.ok ? { kind: 'ok', value: parsed.value, raw } : { kind: 'problem', problem: parsed.problem, raw };
  }

  /** False when storage is blocked or full; play goes on unsaved. */
  write(value: T): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.key, this.serialize(value));
      return true;
    } catch {
      return false;
    }
  }

  /** Move the slot's data aside, untouched, so nothing new can overwrite it. */
  keepAside(now: Date = new Date()): string | null {
    try {
      const raw = this.storage?.getItem(this.key);
      if (raw === null || raw === undefined || !this.storage) return null;
      const key = `${KEPT_PREFIX}${now.toISOString()}`;
      this.storage.setItem(key, raw);
      this.storage.removeItem(this.key);
      return key;
    } catch {
      return null;
    }
  }

  /** Empty the slot (only for data the player has finished with, never for unreadable data). */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Blocked storage: nothing was there to clear.
    }
  }
}

export class SaveStore extends JsonSlot<SaveData, LoadProblem> {
  constructor(storage: Storage | null) {
    super(storage, AUTOSAVE_KEY, (raw) => {
      const r = parseSave(raw);
      return r.ok ? { ok: true, value: r.save } : r;
    }, serializeSave);
  }
}
