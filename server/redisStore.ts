/**
 * The shared session store for several servers: the same records as the SQLite store, in
 * Redis, each key expiring with its room. Ballots and people are hashes, one field per device.
 */
import type { RedisClientType } from 'redis';
import type { Person, RoomDoc, Store } from './store';

export function redisStore(client: RedisClientType, now: () => number = Date.now): Store {
  const k = (code: string, part = '') => `op:room:${code}${part}`;
  const ttl = (doc: RoomDoc) => Math.max(1, Math.ceil((doc.expiresAt - now()) / 1000));
  const touch = async (doc: RoomDoc, key: string) => {
    await client.expire(key, ttl(doc));
  };
  return {
    async createRoom(doc) {
      const r = await client.set(k(doc.code), JSON.stringify(doc), { condition: 'NX', expiration: { type: 'EX', value: ttl(doc) } });
      return r === 'OK';
    },
    async room(code) {
      const s = await client.get(k(code));
      return s ? (JSON.parse(s) as RoomDoc) : null;
    },
    async putRoom(doc) {
      await client.set(k(doc.code), JSON.stringify(doc), { expiration: { type: 'EX', value: ttl(doc) } });
    },
    async deleteRoom(code) {
      const keys = [k(code), k(code, ':people'), ...(await client.keys(k(code, ':ballots:*')))];
      await client.del(keys);
    },
    async person(code, device) {
      const s = await client.hGet(k(code, ':people'), device);
      return s ? (JSON.parse(s) as Person) : null;
    },
    async putPerson(code, device, person) {
      const key = k(code, ':people');
      await client.hSet(key, device, JSON.stringify(person));
      const doc = await this.room(code);
      if (doc) await touch(doc, key);
    },
    async people(code) {
      const all = await client.hGetAll(k(code, ':people'));
      return new Map(Object.entries(all).map(([d, s]) => [d, JSON.parse(s) as Person]));
    },
    async setBallot(code, step, device, option) {
      const key = k(code, `:ballots:${step}`);
      await client.hSet(key, device, option);
      await client.expire(key, 24 * 60 * 60, 'NX');
    },
    async ballots(code, step) {
      return new Map(Object.entries(await client.hGetAll(k(code, `:ballots:${step}`))));
    },
    async close() {},
  };
}
