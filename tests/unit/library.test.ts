import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { PathLibrary, STORAGE_BLOCKED, STORAGE_FULL } from '../../src/ui/paths/library';

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
    expect(r.value.entries.map((e) => [e.id, e.name, e.steps.length])).toEqual([['a', 'First', 3], ['b', 'Second', 2]]);
    expect(r.value.entries[0]?.createdAt).toBe('2026-11-28T10:00:00.000Z');
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
    const failing = (name: string): UseStore => () => Promise.reject(new DOMException('nope', name));
    const blocked = new PathLibrary(failing('SecurityError'));
    expect(await blocked.list()).toEqual({ ok: false, message: STORAGE_BLOCKED });
    expect(await blocked.record('a', state(1), { name: 'x', origin: 'played' })).toEqual({ ok: false, message: STORAGE_BLOCKED });
    const full = new PathLibrary(failing('QuotaExceededError'));
    expect(await full.put({
      id: 'a', name: 'x', createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z', storyVersion: 'abcdef12',
      steps: [], ending: null, year: 1917, finished: false, origin: 'played',
    })).toEqual({ ok: false, message: STORAGE_FULL });
    const none = new PathLibrary(null);
    expect(none.available).toBe(false);
    expect(await none.list()).toEqual({ ok: false, message: STORAGE_BLOCKED });
  });
});
