/** The two records in localStorage: the autosave of the game in progress and the class session. */
import { parseSave, serializeSave, type LoadProblem, type SaveData } from '../engine/save';
import { parseSession, type Session, type SessionProblem } from '../engine/classroom';
import { JsonSlot, type Slot } from './slot';
import { AUTOSAVE_KEY, SESSION_KEY } from './keys';

export { AUTOSAVE_KEY, SESSION_KEY };

export type SaveSlot = Slot<SaveData, LoadProblem>;
export type SessionSlot = Slot<Session, SessionProblem>;

export function saveSlot(storage: Storage | null): SaveSlot {
  return new JsonSlot<SaveData, LoadProblem>(storage, AUTOSAVE_KEY, parseSave, serializeSave);
}

export function sessionSlot(storage: Storage | null): SessionSlot {
  return new JsonSlot<Session, SessionProblem>(storage, SESSION_KEY, parseSession);
}
