/**
 * The path library: every playthrough, kept in IndexedDB (via idb-keyval) with its name,
 * dates, ending and progress. Every call resolves (never throws): a blocked or full
 * storage becomes a message the view can show, and play goes on. Entries that fail the
 * schema are reported and left where they are, never deleted.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { stepSchema } from '../../engine/save';
import { ENDINGS, FORKS, type EndingId, type PathStep } from '../../engine/types';

export const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  storyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  steps: z.array(stepSchema).check(z.maxLength(500)),
  ending: z.nullable(z.enum(ENDINGS)),
  year: z.int(),
  finished: z.boolean(),
  origin: z.enum(['played', 'link', 'file']),
  /** Set on a path made by "Try another choice here": the path it branched from, and where. */
  branch: z.optional(z.object({
    parentId: z.string().check(z.minLength(1), z.maxLength(64)),
    step: z.int().check(z.gte(0), z.lte(500)),
    fork: z.nullable(z.enum(FORKS)),
  })),
});
export type LibraryEntry = z.infer<typeof entrySchema>;

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const STORAGE_BLOCKED =
  'This browser is not letting the game keep data (a private window, or site data blocked): your paths are not kept between visits. Export a path as a file to keep it.';
export const STORAGE_FULL =
  'The browser’s storage for this site is full, so this path was not kept. Delete old paths, or export this one as a file.';

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

export class PathLibrary {
  private store: UseStore | null;

  constructor(store?: UseStore | null) {
    if (store !== undefined) {
      this.store = store;
      return;
    }
    try {
      this.store = typeof indexedDB === 'undefined' ? null : createStore('october-paths', 'paths');
    } catch {
      this.store = null;
    }
  }

  get available(): boolean {
    return this.store !== null;
  }

  /** All readable entries, newest first, and how many stored records could not be read. */
  async list(): Promise<LibraryResult<{ entries: LibraryEntry[]; unreadable: number }>> {
    if (!this.store) return { ok: false, message: STORAGE_BLOCKED };
    try {
      const all = await entries(this.store);
      const good: LibraryEntry[] = [];
      let unreadable = 0;
      for (const [, value] of all) {
        const parsed = z.safeParse(entrySchema, value);
        if (parsed.success) good.push(parsed.data);
        else unreadable++;
      }
      good.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { ok: true, value: { entries: good, unreadable } };
    } catch (e) {
      return { ok: false, message: problem(e) };
    }
  }

  async get(id: string): Promise<LibraryEntry | null> {
    if (!this.store) return null;
    try {
      const parsed = z.safeParse(entrySchema, await get(id, this.store));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async put(entry: LibraryEntry): Promise<LibraryResult<LibraryEntry>> {
    if (!this.store) return { ok: false, message: STORAGE_BLOCKED };
    try {
      await set(entry.id, entry, this.store);
      return { ok: true, value: entry };
    } catch (e) {
      return { ok: false, message: problem(e) };
    }
  }

  /** Record a path's progress: a new entry the first time, an update after. */
  async record(id: string, state: EntryState, fresh: { name: string; origin: LibraryEntry['origin']; branch?: LibraryEntry['branch'] }, now: Date = new Date()): Promise<LibraryResult<LibraryEntry>> {
    const old = await this.get(id);
    const at = now.toISOString();
    const branch = old ? old.branch : fresh.branch;
    return this.put({
      ...(branch ? { branch } : {}),
      id,
      name: old?.name ?? fresh.name,
      createdAt: old?.createdAt ?? at,
      updatedAt: at,
      origin: old?.origin ?? fresh.origin,
      storyVersion: state.storyVersion,
      steps: state.steps.map((s) => ({ fork: s.fork, option: s.option, index: s.index })),
      ending: state.ending,
      year: state.year,
      finished: state.finished,
    });
  }

  async rename(id: string, name: string): Promise<LibraryResult<LibraryEntry>> {
    const old = await this.get(id);
    if (!old) return { ok: false, message: 'That path is no longer in the library.' };
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, 120);
    if (!clean) return { ok: false, message: 'A path needs a name.' };
    return this.put({ ...old, name: clean });
  }

  /** Delete, returning the entry so the view can offer to undo. */
  async remove(id: string): Promise<LibraryResult<LibraryEntry | null>> {
    if (!this.store) return { ok: false, message: STORAGE_BLOCKED };
    try {
      const old = await this.get(id);
      await del(id, this.store);
      return { ok: true, value: old };
    } catch (e) {
      return { ok: false, message: problem(e) };
    }
  }
}
