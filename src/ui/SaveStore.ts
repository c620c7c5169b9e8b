/** Moved to src/storage/ (persistence has its own room); kept so older imports still work. */
import { JsonSlot } from '../storage/slot';
import { parseSave, serializeSave, type LoadProblem, type SaveData } from '../engine/save';
import { AUTOSAVE_KEY } from '../storage/saves';

export { JsonSlot, KEPT_PREFIX, MemoryStorage, type Stored } from '../storage/slot';
export { AUTOSAVE_KEY, SESSION_KEY } from '../storage/saves';

export class SaveStore extends JsonSlot<SaveData, LoadProblem> {
  constructor(storage: Storage | null) {
    super(storage, AUTOSAVE_KEY, parseSave, serializeSave);
  }
}
