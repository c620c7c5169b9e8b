/**
 * The live classroom's messages, one schema each. The server validates every message
 * against these (and nothing else); the pages use the types. Pure: no DOM, no Node.
 */
import * as z from 'zod/mini';
import { SPANS, type SpanId } from '../engine/classroom';
import type { LiveCard, LivePhase, LiveScene } from '../engine/live';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const NAME_MAX = 24;
/** A message larger than this (as JSON) is refused with an error, not read. */
export const MESSAGE_MAX_BYTES = 2048;

const code = z.string().check(z.length(CODE_LENGTH), z.regex(/^[A-HJKMNP-Z2-9]+$/, 'A join code is six letters and digits.'));
const token = z.string().check(z.minLength(20), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
const spanIds = SPANS.map((s) => s.id) as [SpanId, ...SpanId[]];

/** Display names: trimmed, no control characters, 1–24 characters. Shown as text only. */
export const displayName = z
  .pipe(
    z.string().check(z.maxLength(200)),
    z.transform((s) =>
      s
        .normalize('NFC')
        .replace(/[\p{Cc}\p{Cf}]/gu, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  )
  .check(z.minLength(1, 'Type a name to show the class.'), z.maxLength(NAME_MAX, `A name is at most ${NAME_MAX} characters.`));

export const createMsg = z.strictObject({
  span: z.enum(spanIds),
  groups: z.int().check(z.gte(1), z.lte(8)),
  timerSeconds: z.int().check(z.gte(30), z.lte(3600)),
  historyCards: z.enum(['after-each-fork', 'debrief']),
});
export const teacherMsg = z.strictObject({ code, token });
export const joinMsg = z.strictObject({ code, name: displayName, group: z.string().check(z.minLength(1), z.maxLength(40)) });
export const rejoinMsg = z.strictObject({ code, token });
export const lookupMsg = z.strictObject({ code });
export const voteMsg = z.strictObject({
  step: z.int().check(z.gte(0), z.lte(500)),
  option: z.string().check(z.minLength(1), z.maxLength(60)),
});
export const actMsg = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open') }),
  z.strictObject({ kind: z.literal('close') }),
  z.strictObject({ kind: z.literal('timer'), seconds: z.int().check(z.gte(0), z.lte(3600)) }),
  z.strictObject({ kind: z.literal('advance'), casting: z.optional(z.string().check(z.maxLength(60))) }),
  z.strictObject({ kind: z.literal('remove'), person: z.string().check(z.minLength(1), z.maxLength(16)) }),
  z.strictObject({ kind: z.literal('lock'), locked: z.boolean() }),
  z.strictObject({ kind: z.literal('delete') }),
]);
export type CreateMsg = z.infer<typeof createMsg>;
export type ActMsg = z.infer<typeof actMsg>;

/** The tally shown when the teacher closes the vote. */
export interface LiveResult {
  tallies: { option: string; text: string; votes: number }[];
  kind: 'winner' | 'tie' | 'no-votes';
  /** The winner, or the tied options awaiting the teacher's casting vote. */
  options: string[];
}

/** What every device in the room sees. */
export interface RoomView {
  code: string;
  phase: LivePhase;
  locked: boolean;
  groups: { name: string; joined: number; voted: number }[];
  scene: LiveScene;
  /** Epoch ms when the discussion timer runs out (null: no timer running). */
  timerEndsAt: number | null;
  result: LiveResult | null;
  spanTitle: string;
}

/** What only the teacher sees: who is in the room and whether they have voted (never how). */
export interface TeacherView {
  people: { id: string; name: string; group: string; voted: boolean }[];
}

export interface Me {
  id: string;
  name: string;
  group: string;
  /** This device's vote at the current fork (null: none yet). */
  vote: string | null;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

export type { LiveCard };

/** Events: client to server, each with an acknowledgement. */
export interface ClientEvents {
  create(msg: unknown, ack: (r: Reply<{ code: string; token: string; view: RoomView; teacher: TeacherView }>) => void): void;
  teacher(msg: unknown, ack: (r: Reply<{ view: RoomView; teacher: TeacherView }>) => void): void;
  act(msg: unknown, ack: (r: Reply<object>) => void): void;
  lookup(msg: unknown, ack: (r: Reply<{ groups: string[]; locked: boolean }>) => void): void;
  join(msg: unknown, ack: (r: Reply<{ token: string; me: Me; view: RoomView }>) => void): void;
  rejoin(msg: unknown, ack: (r: Reply<{ me: Me; view: RoomView }>) => void): void;
  vote(msg: unknown, ack: (r: Reply<{ me: Me }>) => void): void;
}

/** The small update sent while votes come in: how many of each group have joined and voted. */
export interface CountsView {
  code: string;
  step: number;
  groups: RoomView['groups'];
}

/** Events: server to client. */
export interface ServerEvents {
  view(view: RoomView): void;
  counts(counts: CountsView): void;
  teacher(view: TeacherView): void;
  removed(message: string): void;
  problem(message: string): void;
}
