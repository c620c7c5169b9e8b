import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { LIBRARY_FULL, MAX_PATHS, MemoryRecords, PathLibrary, STORAGE_BLOCKED, STORAGE_FULL } from '../../src/storage/library';
import { openStore } from '../../src/storage/idb';

let n = 0;
const freshStore = (): UseStore => createStore(`test-${++n}`, 'paths');
const state = (steps: number) => ({
  storyVersion: 'abcdef12',
  steps: Array.from({ length: steps }, (_, i) => ({ fork: 'february' as const, option: `o${i}`, index: 0 })),
  ending: null,
  year: 1917 + steps,
  finished: false,
});

describe('PathLibrary', () => {
  it('keeps a path, updates it as the game goes on, and lists newest first', async () => {
    const lib = new PathLibrary(freshStore());
    await lib.record('a', state(1), { name: 'First', origin: 'played' }, new Date('2026-11-28T10:00:00Z'));
    await lib.record('b', state(2), { name: 'Second', origin: 'link' }, new Date('2026-11-28T11:00:00Z'));
    await lib.record('a', state(3), { name: 'ignored: the name is kept', origin: 'played' }, new Date('2026-11-28T12:00:00Z'));
    const r = await lib.list();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => [e.id, e.name, e.steps.length])).toEqual([
      ['a', 'First', 3],
      ['b', 'Second', 2],
    ]);
    expect(r.value.entries[0]?.createdAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('a name that describes the path follows it as it goes on, until the player renames it', async () => {
    const lib = new PathLibrary(freshStore());
    await lib.record('a', state(1), { name: 'Up to 1917 · history’s choices so far', origin: 'played', describes: true });
    await lib.record('a', state(2), { name: 'Up to 1918 · apart at Brest-Litovsk, 1918: “Sign now”', origin: 'played', describes: true });
    expect((await lib.get('a'))?.name).toBe('Up to 1918 · apart at Brest-Litovsk, 1918: “Sign now”');
    await lib.rename('a', 'My Brest');
    await lib.record('a', state(3), {
      name: 'Crushed, 1918 · apart at Brest-Litovsk, 1918: “Sign now”',
      origin: 'played',
      describes: true,
    });
    expect((await lib.get('a'))?.name).toBe('My Brest');
  });

  it('renames (trimmed, never empty) and deletes with the entry returned for undo', async () => {
    const lib = new PathLibrary(freshStore());
    await lib.record('a', state(1), { name: 'First', origin: 'played' });
    expect((await lib.rename('a', '  Brest   signed  ')).ok).toBe(true);
    expect((await lib.get('a'))?.name).toBe('Brest signed');
    expect(await lib.rename('a', '   ')).toEqual({ ok: false, message: 'A path needs a name.' });
    const removed = await lib.remove('a');
    expect(removed.ok && removed.value?.name).toBe('Brest signed');
    expect(await lib.get('a')).toBeNull();
    if (removed.ok && removed.value) await lib.put(removed.value);
    expect((await lib.get('a'))?.name).toBe('Brest signed');
  });

  it('reports unreadable records and leaves them in place', async () => {
    const store = freshStore();
    const lib = new PathLibrary(store);
    await lib.record('a', state(1), { name: 'Good', origin: 'played' });
    await set('junk', { name: 42 }, store);
    const r = await lib.list();
    expect(r.ok && r.value.unreadable).toBe(1);
    expect(r.ok && r.value.entries.length).toBe(1);
    const again = await lib.list();
    expect(again.ok && again.value.unreadable).toBe(1);
  });

  it('turns blocked or full storage into a clear message, never an exception', async () => {
    const failing =
      (name: string): UseStore =>
      () =>
        Promise.reject(new DOMException('nope', name));
    const blocked = new PathLibrary(failing('SecurityError'));
    expect(await blocked.list()).toEqual({ ok: false, message: STORAGE_BLOCKED });
    expect(await blocked.record('a', state(1), { name: 'x', origin: 'played' })).toEqual({ ok: false, message: STORAGE_BLOCKED });
    const full = new PathLibrary(failing('QuotaExceededError'));
    expect(
      await full.put({
        id: 'a',
        name: 'x',
        createdAt: '2026-11-28T10:00:00.000Z',
        updatedAt: '2026-11-28T10:00:00.000Z',
        storyVersion: 'abcdef12',
        steps: [],
        ending: null,
        year: 1917,
        finished: false,
        origin: 'played',
      }),
    ).toEqual({ ok: false, message: STORAGE_FULL });
    const none = new PathLibrary(null);
    expect(none.available).toBe(false);
    expect(await none.list()).toEqual({ ok: false, message: STORAGE_BLOCKED });
  });
});

describe('the library’s honesty and its limits', () => {
  it('probes IndexedDB by opening it: available turns false when it fails, and true again when it works', async () => {
    const failing: UseStore = () => Promise.reject(new Error('blocked'));
    const lib = new PathLibrary(failing);
    expect(lib.available).toBe(true); // not known yet: nothing has been tried
    expect(await lib.probe()).toBe(false);
    expect(lib.available).toBe(false);
    const working = new PathLibrary(freshStore());
    expect(await working.probe()).toBe(true);
    expect(working.available).toBe(true);
  });

  it('repairs a database that exists without its store, instead of failing for good', async () => {
    const storeless = (): Promise<string> =>
      new Promise<string>((resolve, reject) => {
        const name = `broken-${++n}`;
        const r = indexedDB.open(name, 3);
        r.onupgradeneeded = () => r.result.createObjectStore('something-else');
        r.onsuccess = () => {
          r.result.close();
          resolve(name);
        };
        r.onerror = () => reject(r.error ?? new Error('open failed'));
      });
    // idb-keyval's own store fails on every call there.
    expect(await new PathLibrary(createStore(await storeless(), 'paths')).probe()).toBe(false);
    const name = await storeless();
    const lib = new PathLibrary(openStore(name, 'paths'));
    expect(await lib.probe()).toBe(true);
    expect((await lib.record('a', state(1), { name: 'Kept', origin: 'played' })).ok).toBe(true);
    expect((await lib.get('a'))?.name).toBe('Kept');
  });

  it('makes room by removing the oldest unnamed, unfinished path, and says which', async () => {
    const records = new MemoryRecords();
    const lib = new PathLibrary(records);
    const at = (i: number): Date => new Date(Date.UTC(2026, 0, 1, 0, i));
    for (let i = 0; i < MAX_PATHS; i++) {
      const finished = i === 0;
      await lib.record(`p${i}`, { ...state(1), finished }, { name: `Path ${i}`, origin: 'played', named: i === 1 }, at(i));
    }
    expect((await lib.list()).ok && records.map.size).toBe(MAX_PATHS);
    const r = await lib.record('new', state(1), { name: 'New', origin: 'played' }, at(MAX_PATHS));
    expect(r.ok && r.value.pruned.map((e) => e.id)).toEqual(['p2']);
    expect(records.map.size).toBe(MAX_PATHS);
    // The finished (p0) and the named (p1) are still there.
    expect(await lib.get('p0')).not.toBeNull();
    expect(await lib.get('p1')).not.toBeNull();
    // Updating a path already kept never removes anything.
    const update = await lib.record('p5', state(2), { name: 'ignored', origin: 'played' }, at(MAX_PATHS + 1));
    expect(update.ok && update.value.pruned).toEqual([]);
  });

  it('never removes a named or finished path to make room: the new one is not kept, and the player is told', async () => {
    const lib = new PathLibrary(new MemoryRecords());
    for (let i = 0; i < MAX_PATHS; i++) {
      await lib.record(`p${i}`, { ...state(1), finished: i % 2 === 0 }, { name: `Path ${i}`, origin: 'played', named: i % 2 === 1 });
    }
    expect(await lib.record('new', state(1), { name: 'New', origin: 'played' })).toEqual({ ok: false, message: LIBRARY_FULL });
    const listed = await lib.list();
    expect(listed.ok && listed.value.entries.length).toBe(MAX_PATHS);
  });

  it('marks a renamed path as named (never pruned) and cleans names: control, bidi and lone surrogates', async () => {
    const lib = new PathLibrary(new MemoryRecords());
    await lib.record('a', state(1), { name: 'x', origin: 'played' });
    expect((await lib.rename('a', ' \u202eevil\u202c\u0007 name\ud800 ')).ok).toBe(true);
    expect(await lib.get('a')).toMatchObject({ name: 'evil name', named: true });
    expect(await lib.rename('a', '\u200f\u0000  ')).toEqual({ ok: false, message: 'A path needs a name.' });
  });
});
