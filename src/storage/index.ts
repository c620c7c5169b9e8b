/**
 * Persistence, behind one interface: the autosave, the path library and the class session.
 * The app is handed an AppStorage at start (main.ts): the browser's in play, memory in tests.
 */
import { PathLibrary, MemoryRecords } from './library';
import { MemoryStorage } from './slot';
import { saveSlot, sessionSlot, type SaveSlot, type SessionSlot } from './saves';

export interface AppStorage {
  autosave: SaveSlot;
  session: SessionSlot;
  library: PathLibrary;
}

/** localStorage (when the browser allows it) and IndexedDB. */
export function browserStorage(): AppStorage {
  let local: Storage | null;
  try {
    local = window.localStorage;
  } catch {
    local = null; // blocked by the browser's privacy settings
  }
  return { autosave: saveSlot(local), session: sessionSlot(local), library: new PathLibrary() };
}

/** Everything in memory: for tests (a quota makes localStorage fail like a full one). */
export function memoryStorage(opts: { quota?: number } = {}): AppStorage & { local: MemoryStorage; records: MemoryRecords } {
  const local = new MemoryStorage(opts.quota);
  const records = new MemoryRecords();
  return { autosave: saveSlot(local), session: sessionSlot(local), library: new PathLibrary(records), local, records };
}

export type { Slot, Stored } from './slot';
export type { SaveSlot, SessionSlot } from './saves';
