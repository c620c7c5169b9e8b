/** The classroom chunk's door: loaded only when a teacher opens "Run a class". */
import type { StoryBundle } from '../../engine/Game';
import type { SessionSlot } from '../../storage/saves';
import { Facilitator } from './Facilitator';

export interface ClassroomOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  /** Where the class session is kept (injected: the browser's storage, or memory in tests). */
  slot: SessionSlot;
  reducedMotion: boolean;
  /** Resume the stored session (if readable) rather than set up a new lesson. */
  resume: boolean;
  exit(message?: string): void;
}

export function openClassroom(opts: ClassroomOptions): void {
  const facilitator = new Facilitator({
    root: opts.root,
    bundle: opts.bundle,
    slot: opts.slot,
    reducedMotion: opts.reducedMotion,
    exit: (message) => opts.exit(message),
  });
  const stored = opts.slot.read();
  if (opts.resume && stored.kind === 'ok') return facilitator.resume(stored.value);
  facilitator.setup(stored.kind === 'ok' ? stored.value.lesson : undefined, stored.kind === 'problem' ? stored.problem.message : undefined);
}
