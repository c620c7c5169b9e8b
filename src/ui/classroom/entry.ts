/** The classroom chunk's door: loaded only when a teacher opens "Run a class". */
import type { StoryBundle } from '../../engine/Game';
import { parseSession, type Session, type SessionProblem } from '../../engine/classroom';
import { JsonSlot, SESSION_KEY } from '../SaveStore';
import { Facilitator } from './Facilitator';

export interface ClassroomOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  storage: Storage | null;
  reducedMotion: boolean;
  /** Resume the stored session (if readable) rather than set up a new lesson. */
  resume: boolean;
  exit(message?: string): void;
}

export function openClassroom(opts: ClassroomOptions): void {
  const slot = new JsonSlot<Session, SessionProblem>(opts.storage, SESSION_KEY, (raw) => {
    const r = parseSession(raw);
    return r.ok ? { ok: true, value: r.session } : r;
  });
  const facilitator = new Facilitator({ root: opts.root, bundle: opts.bundle, slot, reducedMotion: opts.reducedMotion, exit: opts.exit });
  const stored = slot.read();
  if (opts.resume && stored.kind === 'ok') return facilitator.resume(stored.value);
  facilitator.setup(stored.kind === 'ok' ? stored.value.lesson : undefined, stored.kind === 'problem' ? stored.problem.message : undefined);
}
