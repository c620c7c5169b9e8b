/**
 * The session store: one room document (written by the teacher's actions), the people in
 * the room and the ballots of each fork (written by students, one entry per device, so two
 * servers never overwrite each other's writes). SQLite on one machine, Redis for several.
 */
import type { Session } from '../src/engine/classroom';
import type { LivePhase, LiveScene } from '../src/engine/live';
import type { LiveResult } from '../src/live/protocol';

export interface RoomDoc {
  code: string;
  /** SHA-256 of the teacher's control token (the token itself is never stored). */
  teacherHash: string;
  createdAt: number;
  expiresAt: number;
  locked: boolean;
  phase: LivePhase;
  session: Session;
  scene: LiveScene;
  timerEndsAt: number | null;
  result: LiveResult | null;
}

export interface Person {
  /** Public id the teacher uses to remove someone (not the device token). */
  id: string;
  name: string;
  group: string;
  removed: boolean;
}

export interface Store {
  /** False when the code is taken. */
  createRoom(doc: RoomDoc): Promise<boolean>;
  room(code: string): Promise<RoomDoc | null>;
  putRoom(doc: RoomDoc): Promise<void>;
  deleteRoom(code: string): Promise<void>;
  /** People keyed by the hash of their device token. */
  person(code: string, device: string): Promise<Person | null>;
  putPerson(code: string, device: string, person: Person): Promise<void>;
  people(code: string): Promise<Map<string, Person>>;
  /** One ballot per device per step; a second one replaces the first. */
  setBallot(code: string, step: number, device: string, option: string): Promise<void>;
  ballots(code: string, step: number): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
