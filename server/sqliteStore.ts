/** The embedded session store: one SQLite file (WAL), so a restarted server loses nothing. */
import Database from 'better-sqlite3';
import type { Person, RoomDoc, Store } from './store';

export function sqliteStore(file: string, now: () => number = Date.now): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, doc TEXT NOT NULL, expires_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS people (code TEXT NOT NULL, device TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (code, device));
    CREATE TABLE IF NOT EXISTS ballots (code TEXT NOT NULL, step INTEGER NOT NULL, device TEXT NOT NULL, option TEXT NOT NULL,
      PRIMARY KEY (code, step, device));
  `);
  const q = {
    insertRoom: db.prepare('INSERT OR IGNORE INTO rooms (code, doc, expires_at) VALUES (?, ?, ?)'),
    room: db.prepare<[string, number], { doc: string }>('SELECT doc FROM rooms WHERE code = ? AND expires_at > ?'),
    putRoom: db.prepare('UPDATE rooms SET doc = ?, expires_at = ? WHERE code = ?'),
    person: db.prepare<[string, string], { doc: string }>('SELECT doc FROM people WHERE code = ? AND device = ?'),
    putPerson: db.prepare(
      'INSERT INTO people (code, device, doc) VALUES (?, ?, ?) ON CONFLICT (code, device) DO UPDATE SET doc = excluded.doc',
    ),
    people: db.prepare<[string], { device: string; doc: string }>('SELECT device, doc FROM people WHERE code = ?'),
    ballot: db.prepare(
      'INSERT INTO ballots (code, step, device, option) VALUES (?, ?, ?, ?) ON CONFLICT (code, step, device) DO UPDATE SET option = excluded.option',
    ),
    ballots: db.prepare<[string, number], { device: string; option: string }>(
      'SELECT device, option FROM ballots WHERE code = ? AND step = ?',
    ),
    expired: db.prepare<[number], { code: string }>('SELECT code FROM rooms WHERE expires_at <= ?'),
  };
  const remove = db.transaction((code: string) => {
    for (const t of ['rooms', 'people', 'ballots']) db.prepare(`DELETE FROM ${t} WHERE code = ?`).run(code);
  });
  const purge = (): void => {
    for (const { code } of q.expired.all(now())) remove(code);
  };
  purge();
  const timer = setInterval(purge, 10 * 60 * 1000);
  timer.unref();

  return {
    async createRoom(doc: RoomDoc) {
      purge();
      return q.insertRoom.run(doc.code, JSON.stringify(doc), doc.expiresAt).changes === 1;
    },
    async room(code) {
      const row = q.room.get(code, now());
      return row ? (JSON.parse(row.doc) as RoomDoc) : null;
    },
    async putRoom(doc) {
      q.putRoom.run(JSON.stringify(doc), doc.expiresAt, doc.code);
    },
    async deleteRoom(code) {
      remove(code);
    },
    async person(code, device) {
      const row = q.person.get(code, device);
      return row ? (JSON.parse(row.doc) as Person) : null;
    },
    async putPerson(code, device, person) {
      q.putPerson.run(code, device, JSON.stringify(person));
    },
    async people(code) {
      return new Map(q.people.all(code).map((r) => [r.device, JSON.parse(r.doc) as Person]));
    },
    async setBallot(code, step, device, option) {
      q.ballot.run(code, step, device, option);
    },
    async ballots(code, step) {
      return new Map(q.ballots.all(code, step).map((r) => [r.device, r.option]));
    },
    async close() {
      clearInterval(timer);
      db.close();
    },
  };
}
