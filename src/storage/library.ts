/**
 * The path library: every playthrough, kept with its name, dates, ending and progress
 * (IndexedDB in the browser, a Map in tests). Every call resolves (never throws): a
 * blocked or full storage becomes a message the view can show, and play goes on. Entries
 * that fail the schema are reported and left where they are, never deleted.
 *
 * The library holds at most MAX_PATHS paths. To make room it removes the oldest path that
 * was neither named by the player nor finished, and says so; a named or finished path is
 * never removed to make room: when only such paths are left, the new one is not kept and
 * the player is told.
 */
import { del, entries, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { stepSchema } from '../engine/save';
import { cleanPathName, MAX_PATH_NAME } from '../engine/pathFile';
import { ENDINGS, FORKS, type EndingId, type PathStep } from '../engine/types';
import { openStore } from './idb';

export const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_PATH_NAME)),
  /** The player chose this name (renamed it, or imported a file with its name). */
  named: z.optional(z.boolean()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  storyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  steps: z.array(stepSchema).check(z.maxLength(500)),
  ending: z.nullable(z.enum(ENDINGS)),
  year: z.int(),
  finished: z.boolean(),
  origin: z.enum(['played', 'link', 'file']),
  /** Set on a path made by "Try another choice here": the path it branched from, and where. */
  branch: z.optional(
    z.object({
      parentId: z.string().check(z.minLength(1), z.maxLength(64)),
      step: z.int().check(z.gte(0), z.lte(500)),
      fork: z.nullable(z.enum(FORKS)),
    }),
  ),
});
export type LibraryEntry = z.infer<typeof entrySchema>;

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Most paths kept; see the pruning rule above. */
export const MAX_PATHS = 200;

export const STORAGE_BLOCKED =
  'This browser is not letting the game keep data (a private window, or site data blocked): your paths are not kept between visits. Export a path as a file to keep it.';
export const STORAGE_FULL =
  'The browser’s storage for this site is full, so this path was not kept. Delete old paths, or export this one as a file.';
export const LIBRARY_FULL = `Your paths already hold ${MAX_PATHS} paths you named or finished, so this one was not kept. Delete some you no longer need, or export this one as a file.`;

function problem(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  return name === 'QuotaExceededError' ? STORAGE_FULL : STORAGE_BLOCKED;
}

export function newEntryId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function defaultPathName(now: Date): string {
  return `Path of ${now.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })}`;
}

export interface EntryState {
  storyVersion: string;
  steps: PathStep[];
  ending: EndingId | null;
  year: number;
  finished: boolean;
}

/** Where the library's records live. */
export interface RecordStore {
  /** Resolves when the storage can be read and written now; rejects with the browser's error. */
  probe(): Promise<void>;
  all(): Promise<[IDBValidKey, unknown][]>;
  get(id: string): Promise<unknown>;
  set(id: string, value: unknown): Promise<void>;
  del(id: string): Promise<void>;
}

/** The records in an IndexedDB object store (idb-keyval). */
export function idbRecords(store: UseStore): RecordStore {
  return {
    probe: () =>
      store(
        'readonly',
        (s) =>
          new Promise<void>((resolve, reject) => {
            const r = s.count();
            r.onsuccess = () => resolve();
            r.onerror = () => reject(r.error ?? new DOMException('IndexedDB failed', 'UnknownError'));
          }),
      ),
    all: () => entries(store),
    get: (id) => get(id, store),
    set: (id, value) => set(id, value, store),
    del: (id) => del(id, store),
  };
}

/** The records in memory (tests, and nothing else: it is gone on reload). */
export class MemoryRecords implements RecordStore {
  readonly map = new Map<string, unknown>();
  probe(): Promise<void> {
    return Promise.resolve();
  }
  all(): Promise<[IDBValidKey, unknown][]> {
    return Promise.resolve([...this.map.entries()].map(([k, v]) => [k, structuredClone(v)]));
  }
  get(id: string): Promise<unknown> {
    return Promise.resolve(structuredClone(this.map.get(id)));
  }
  set(id: string, value: unknown): Promise<void> {
    this.map.set(id, structuredClone(value));
    return Promise.resolve();
  }
  del(id: string): Promise<void> {
    this.map.delete(id);
    return Promise.resolve();
  }
}

/** May this entry be removed to make room for a new one? Never a named or finished path. */
export const prunable = (e: LibraryEntry): boolean => !e.named && !e.finished;

export class PathLibrary {
  private readonly records: RecordStore | null;
  /** What the last probe or call found; true until something failed. */
  private working: boolean;

  /** An idb-keyval store, a record store, null (no storage), or nothing: the browser's IndexedDB. */
  constructor(store?: UseStore | RecordStore | null) {
    if (store === undefined) {
      this.records = idbRecords(openStore('october-paths', 'paths'));
    } else if (typeof store === 'function') {
      this.records = idbRecords(store);
    } else {
      this.records = store;
    }
    this.working = this.records !== null;
  }

  /**
   * Whether paths can be kept, as far as the library knows: false when there is no storage
   * or when the last probe or call failed. `probe()` finds out for certain.
   */
  get available(): boolean {
    return this.working;
  }

  /** Open the storage and read from it now: true when it works. */
  async probe(): Promise<boolean> {
    if (!this.records) return false;
    try {
      await this.records.probe();
      this.working = true;
    } catch {
      this.working = false;
    }
    return this.working;
  }

  private async attempt<T>(f: (records: RecordStore) => Promise<T>): Promise<LibraryResult<T>> {
    if (!this.records) return { ok: false, message: STORAGE_BLOCKED };
    try {
      const value = await f(this.records);
      this.working = true;
      return { ok: true, value };
    } catch (e) {
      this.working = false;
      return { ok: false, message: problem(e) };
    }
  }

  /** All readable entries, newest first, and how many stored records could not be read. */
  async list(): Promise<LibraryResult<{ entries: LibraryEntry[]; unreadable: number }>> {
    return this.attempt(async (records) => {
      const good: LibraryEntry[] = [];
      let unreadable = 0;
      for (const [, value] of await records.all()) {
        const parsed = z.safeParse(entrySchema, value);
        if (parsed.success) good.push(parsed.data);
        else unreadable++;
      }
      good.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { entries: good, unreadable };
    });
  }

  async get(id: string): Promise<LibraryEntry | null> {
    const r = await this.attempt(async (records) => records.get(id));
    if (!r.ok) return null;
    const parsed = z.safeParse(entrySchema, r.value);
    return parsed.success ? parsed.data : null;
  }

  async put(entry: LibraryEntry): Promise<LibraryResult<LibraryEntry>> {
    return this.attempt(async (records) => {
      await records.set(entry.id, entry);
      return entry;
    });
  }

  /**
   * Record a path's progress: a new entry the first time (making room if the library is
   * full, see above), an update after. `pruned` lists what was removed to make room.
   */
  async record(
    id: string,
    state: EntryState,
    fresh: { name: string; origin: LibraryEntry['origin']; named?: boolean; branch?: LibraryEntry['branch']; describes?: boolean },
    now: Date = new Date(),
  ): Promise<LibraryResult<LibraryEntry & { pruned: LibraryEntry[] }>> {
    const old = await this.get(id);
    const pruned: LibraryEntry[] = [];
    if (!old) {
      const listed = await this.list();
      if (!listed.ok) return listed;
      const all = listed.value.entries;
      const over = all.length + 1 - MAX_PATHS;
      if (over > 0) {
        const candidates = all.filter(prunable).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
        if (candidates.length < over) return { ok: false, message: LIBRARY_FULL };
        for (const e of candidates.slice(0, over)) {
          const removed = await this.remove(e.id);
          if (!removed.ok) return removed;
          pruned.push(e);
        }
      }
    }
    const at = now.toISOString();
    const entry: LibraryEntry = {
      id,
      // A name that describes the path (its ending, where it parted from history) follows it
      // until the player renames it; any other name is kept as first given.
      name: old && (old.named || !fresh.describes) ? old.name : cleanPathName(fresh.name),
      createdAt: old?.createdAt ?? at,
      updatedAt: at,
      origin: old?.origin ?? fresh.origin,
      storyVersion: state.storyVersion,
      steps: state.steps.map((s) => ({ fork: s.fork, option: s.option, index: s.index })),
      ending: state.ending,
      year: state.year,
      finished: state.finished,
    };
    const named = old?.named ?? fresh.named;
    if (named) entry.named = true;
    const branch = old ? old.branch : fresh.branch;
    if (branch) entry.branch = branch;
    const r = await this.put(entry);
    return r.ok ? { ok: true, value: { ...r.value, pruned } } : r;
  }

  async rename(id: string, name: string): Promise<LibraryResult<LibraryEntry>> {
    const old = await this.get(id);
    if (!old) return { ok: false, message: 'That path is no longer in the library.' };
    const clean = cleanPathName(name, '');
    if (!clean) return { ok: false, message: 'A path needs a name.' };
    return this.put({ ...old, name: clean, named: true });
  }

  /** Delete, returning the entry so the view can offer to undo. */
  async remove(id: string): Promise<LibraryResult<LibraryEntry | null>> {
    const old = await this.get(id);
    return this.attempt(async (records) => {
      await records.del(id);
      return old;
    });
  }
}
