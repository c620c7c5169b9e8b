/**
 * The autosave slot in localStorage. Unreadable data is never deleted: before anything
 * would replace it, it is moved aside under a dated key (and can be downloaded).
 */
import { parseSave, serializeSave, type LoadProblem, type SaveData } from '../engine/save';

export const AUTOSAVE_KEY = 'october-paths:autosave';
export const KEPT_PREFIX = 'october-paths:kept:';

export type StoredSave =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveData; raw: string }
  | { kind: 'problem'; problem: LoadProblem; raw: string };

export class SaveStore {
  constructor(private readonly storage: Storage | null) {}

  read(): StoredSave {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(AUTOSAVE_KEY) ?? null;
    } catch {
      return { kind: 'none' };
    }
    if (raw === null) return { kind: 'none' };
    const parsed = parseSave(raw);
    return parsed.ok ? { kind: 'ok', save: parsed.save, raw } : { kind: 'problem', problem: parsed.problem, raw };
  }

  /** False when storage is blocked or full; the game goes on unsaved. */
  write(save: SaveData): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(AUTOSAVE_KEY, serializeSave(save));
      return true;
    } catch {
      return false;
    }
  }

  /** Move the current autosave aside, untouched, so a new game cannot overwrite it. */
  keepAside(now: Date = new Date()): string | null {
    try {
      const raw = this.storage?.getItem(AUTOSAVE_KEY);
      if (raw === null || raw === undefined || !this.storage) return null;
      const key = `${KEPT_PREFIX}${now.toISOString()}`;
      this.storage.setItem(key, raw);
      this.storage.removeItem(AUTOSAVE_KEY);
      return key;
    } catch {
      return null;
    }
  }
}
