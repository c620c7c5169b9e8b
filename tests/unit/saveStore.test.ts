import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, KEPT_PREFIX, SaveStore } from '../../src/ui/SaveStore';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  constructor(private readonly full = false) {}
  get length(): number { return this.map.size; }
  clear(): void { this.map.clear(); }
  getItem(k: string): string | null { return this.map.get(k) ?? null; }
  key(i: number): string | null { return [...this.map.keys()][i] ?? null; }
  removeItem(k: string): void { this.map.delete(k); }
  setItem(k: string, v: string): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

const save = { format: 1 as const, storyVersion: 'abcdef12', savedAt: '2026-11-28T10:00:00.000Z', steps: [] };

describe('SaveStore', () => {
  it('writes and reads the autosave', () => {
    const store = new SaveStore(new MemoryStorage());
    expect(store.read()).toEqual({ kind: 'none' });
    expect(store.write(save)).toBe(true);
    const read = store.read();
    expect(read.kind === 'ok' && read.value).toEqual(save);
  });

  it('reports unreadable data without deleting it, and keeps it aside on request', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"garbage":');
    const store = new SaveStore(storage);
    expect(store.read().kind).toBe('problem');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"garbage":');
    const key = store.keepAside(new Date('2026-11-28T10:00:00Z'));
    expect(key).toBe(`${KEPT_PREFIX}2026-11-28T10:00:00.000Z`);
    expect(storage.getItem(key ?? '')).toBe('{"garbage":');
    expect(store.read()).toEqual({ kind: 'none' });
  });

  it('survives full or blocked storage', () => {
    expect(new SaveStore(new MemoryStorage(true)).write(save)).toBe(false);
    expect(new SaveStore(null).write(save)).toBe(false);
    expect(new SaveStore(null).read()).toEqual({ kind: 'none' });
  });
});
