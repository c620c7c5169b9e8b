import { describe, expect, it } from 'vitest';
import { sqliteStore } from '../../server/sqliteStore';
import type { RoomDoc } from '../../server/store';
import { tempDb } from './helpers';

const doc = (code: string, expiresAt: number) => ({ code, expiresAt, teacherHash: 'ab', createdAt: 0 }) as unknown as RoomDoc;

describe('the SQLite session store', () => {
  it('forgets a class when it expires, with its people and ballots', async () => {
    let now = 1_000;
    const file = tempDb();
    const store = sqliteStore(file, () => now);
    expect(await store.createRoom(doc('ABCDEF', 2_000))).toBe(true);
    expect(await store.createRoom(doc('ABCDEF', 2_000))).toBe(false);
    await store.putPerson('ABCDEF', 'device', { id: 'p1', name: 'Ana', group: 'Group A', removed: false });
    await store.setBallot('ABCDEF', 0, 'device', 'march');
    expect((await store.room('ABCDEF'))?.code).toBe('ABCDEF');
    now = 2_000;
    expect(await store.room('ABCDEF')).toBeNull();
    await store.close();
    // Reopened after expiry, the expired class is purged: its code can be used again.
    const again = sqliteStore(file, () => now);
    expect(await again.people('ABCDEF')).toEqual(new Map());
    expect(await again.ballots('ABCDEF', 0)).toEqual(new Map());
    expect(await again.createRoom(doc('ABCDEF', 5_000))).toBe(true);
    await again.close();
  });

  it('keeps one ballot per device per fork: a second vote replaces the first', async () => {
    const store = sqliteStore(tempDb());
    await store.setBallot('ABCDEF', 0, 'd1', 'march');
    await store.setBallot('ABCDEF', 0, 'd1', 'stay');
    await store.setBallot('ABCDEF', 1, 'd1', 'risk');
    expect(await store.ballots('ABCDEF', 0)).toEqual(new Map([['d1', 'stay']]));
    await store.close();
  });
});
