/** The autosave and class-session slots: nothing unreadable is lost, even when storage is full. */
import { describe, expect, it } from 'vitest';
import { MemoryStorage, KEPT_PREFIX } from '../../src/storage/slot';
import { AUTOSAVE_KEY, SESSION_KEY, saveSlot, sessionSlot } from '../../src/storage/saves';
import { MAX_SAVE_CHARS, parseSave } from '../../src/engine/save';

const save = { format: 1 as const, storyVersion: 'abcdef12', savedAt: '2026-11-28T10:00:00.000Z', steps: [] };

describe('the autosave slot', () => {
  it('writes and reads the autosave', () => {
    const slot = saveSlot(new MemoryStorage());
    expect(slot.read()).toEqual({ kind: 'none' });
    expect(slot.write(save)).toBe(true);
    expect(slot.read()).toMatchObject({ kind: 'ok', value: save });
  });

  it('reports unreadable data without deleting it, and keeps it aside on request', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"garbage":');
    const slot = saveSlot(storage);
    expect(slot.read().kind).toBe('problem');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"garbage":');
    const kept = slot.keepAside(new Date('2026-11-28T10:00:00Z'));
    expect(kept).toEqual({ ok: true, value: `${KEPT_PREFIX}2026-11-28T10:00:00.000Z` });
    expect(storage.getItem(`${KEPT_PREFIX}2026-11-28T10:00:00.000Z`)).toBe('{"garbage":');
    expect(slot.read()).toEqual({ kind: 'none' });
  });

  it('says so when it cannot keep unreadable data aside (storage full), and leaves it in place', () => {
    const raw = '{"garbage": "' + 'x'.repeat(200) + '"}';
    const storage = new MemoryStorage(AUTOSAVE_KEY.length + raw.length + 10);
    storage.setItem(AUTOSAVE_KEY, raw);
    const slot = saveSlot(storage);
    const kept = slot.keepAside();
    expect(kept).toMatchObject({ ok: false, problem: { kind: 'not-kept' } });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(raw);
    expect(slot.read().kind).toBe('problem');
  });

  it('has nothing to keep aside when the slot is empty', () => {
    expect(saveSlot(new MemoryStorage()).keepAside()).toEqual({ ok: true, value: null });
  });

  it('survives full or blocked storage', () => {
    expect(saveSlot(new MemoryStorage(10)).write(save)).toBe(false);
    expect(saveSlot(null).write(save)).toBe(false);
    expect(saveSlot(null).read()).toEqual({ kind: 'none' });
  });

  it('refuses a huge save before parsing it (10 MB of nesting is read in milliseconds)', () => {
    const text = '['.repeat(5_000_000) + ']'.repeat(5_000_000);
    const t0 = performance.now();
    const r = parseSave(text);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(r.ok ? '' : r.problem.message).toContain('too large');
    expect(text.length).toBeGreaterThan(MAX_SAVE_CHARS);
  });
});

describe('the class session slot', () => {
  it('keeps an unreadable session aside, or says it could not', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, 'not a session');
    const slot = sessionSlot(storage);
    expect(slot.read()).toMatchObject({ kind: 'problem', problem: { kind: 'corrupt' } });
    expect(slot.keepAside().ok).toBe(true);
    expect(slot.read()).toEqual({ kind: 'none' });

    const full = new MemoryStorage(SESSION_KEY.length + 20);
    full.setItem(SESSION_KEY, 'not a session');
    expect(sessionSlot(full).keepAside().ok).toBe(false);
    expect(full.getItem(SESSION_KEY)).toBe('not a session');
  });
});
