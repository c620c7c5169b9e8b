/**
 * The realtime side: every message is size-checked, rate-limited and validated by its schema
 * before the room service sees it; every refusal goes back to that client only, in its ack.
 */
import type { Server, Socket } from 'socket.io';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import * as z from 'zod/mini';
import {
  MESSAGE_MAX_BYTES,
  actMsg,
  createMsg,
  joinMsg,
  lookupMsg,
  rejoinMsg,
  teacherMsg,
  voteMsg,
  type ClientEvents,
  type Reply,
  type ServerEvents,
} from '../src/live/protocol';
import { LiveError, type Rooms } from './rooms';
import type { RoomDoc } from './store';
import { hashToken } from './tokens';

export interface Limits {
  /** Messages per connection per 10 s. */
  perConnection: number;
  /** Messages per IP address per 10 s (a whole class may share one school address). */
  perIp: number;
  /** Joins with an unknown code per IP address per 10 minutes: the guard against guessing codes. */
  badCodesPerIp: number;
  /** New rooms per IP address per hour. */
  roomsPerIp: number;
}

export const DEFAULT_LIMITS: Limits = { perConnection: 40, perIp: 1500, badCodesPerIp: 20, roomsPerIp: 30 };

interface SocketData {
  code?: string;
  role?: 'teacher' | 'student';
  token?: string;
}

type LiveSocket = Socket<ClientEvents, ServerEvents, Record<string, never>, SocketData>;
export type LiveServer = Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>;

const roomChannel = (code: string) => `r:${code}`;
const teacherChannel = (code: string) => `t:${code}`;
const deviceChannel = (code: string, device: string) => `d:${code}:${device}`;

export function attachSockets(io: LiveServer, rooms: Rooms, limits: Limits = DEFAULT_LIMITS): { flush(): Promise<void> } {
  const perConnection = new RateLimiterMemory({ points: limits.perConnection, duration: 10 });
  const perIp = new RateLimiterMemory({ points: limits.perIp, duration: 10 });
  const badCodes = new RateLimiterMemory({ points: limits.badCodesPerIp, duration: 600 });
  const newRooms = new RateLimiterMemory({ points: limits.roomsPerIp, duration: 3600 });
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const broadcast = async (doc: RoomDoc): Promise<void> => {
    const [view, teacher] = await Promise.all([rooms.view(doc), rooms.teacherView(doc)]);
    io.to(roomChannel(doc.code)).emit('view', view);
    io.to(teacherChannel(doc.code)).emit('teacher', teacher);
  };
  /** Votes come in bursts: the counts (not the whole view) go out at most every 150 ms per room. */
  const broadcastSoon = (code: string): void => {
    if (pending.has(code)) return;
    pending.set(
      code,
      setTimeout(() => {
        pending.delete(code);
        void (async () => {
          const counts = await rooms.counts(code);
          if (!counts) return;
          io.to(roomChannel(code)).emit('counts', counts);
          const doc = await rooms.store.room(code);
          if (doc) io.to(teacherChannel(code)).emit('teacher', await rooms.teacherView(doc));
        })().catch(() => undefined);
      }, 150),
    );
  };

  io.on('connection', (socket: LiveSocket) => {
    const ip = socket.handshake.address;
    /** One message at a time per connection, in order: a vote sent right after a rejoin waits for it. */
    let queue: Promise<void> = Promise.resolve();
    let waiting = 0;

    /** Wrap a handler: ack check, rate limits, size, schema; errors to this client only. */
    function on<S extends z.ZodMiniType, R extends object>(
      event: keyof ClientEvents,
      schema: S,
      handler: (msg: z.infer<S>) => Promise<R>,
    ): void {
      socket.on(event, (msg: unknown, ack?: (r: Reply<R>) => void) => {
        // A flood is refused at once rather than queued.
        if (waiting >= limits.perConnection) {
          if (typeof ack === 'function') ack({ ok: false, error: 'Too many messages: wait a few seconds and try again.' });
          return;
        }
        waiting += 1;
        queue = queue
          .then(() => handle(msg, ack))
          .finally(() => {
            waiting -= 1;
          });
      });
      const handle = async (msg: unknown, ack?: (r: Reply<R>) => void): Promise<void> => {
        const reply = (r: Reply<R>) => {
          if (typeof ack === 'function') ack(r);
          else if (!r.ok) socket.emit('problem', r.error);
        };
        try {
          await perConnection.consume(socket.id);
          await perIp.consume(ip);
        } catch {
          return reply({ ok: false, error: 'Too many messages: wait a few seconds and try again.' });
        }
        if (typeof ack !== 'function') return reply({ ok: false, error: 'Every message needs an acknowledgement.' });
        let size: number;
        try {
          size = JSON.stringify(msg ?? null).length;
        } catch {
          return reply({ ok: false, error: 'That message could not be read.' });
        }
        if (size > MESSAGE_MAX_BYTES) return reply({ ok: false, error: 'That message is too large.' });
        const parsed = z.safeParse(schema, msg);
        if (!parsed.success)
          return reply({ ok: false, error: `That message is not valid: ${parsed.error.issues[0]?.message ?? 'bad input'}` });
        try {
          reply({ ok: true, ...(await handler(parsed.data)) });
        } catch (e) {
          if (e instanceof LiveError) return reply({ ok: false, error: e.message });
          console.error(e);
          reply({ ok: false, error: 'The server could not do that. Try again.' });
        }
      };
    }

    const asTeacher = async (code: string, token: string) => {
      const doc = await rooms.teacher(code, token);
      socket.data = { code, role: 'teacher', token };
      await socket.join([roomChannel(code), teacherChannel(code)]);
      return doc;
    };
    const asStudent = async (code: string, token: string) => {
      socket.data = { code, role: 'student', token };
      await socket.join([roomChannel(code), deviceChannel(code, hashToken(token))]);
    };
    const unknownCode = async () => {
      try {
        await badCodes.consume(ip);
      } catch {
        throw new LiveError('Too many wrong codes from this network: wait ten minutes.');
      }
    };
    const guardCode = async (code: string) => {
      if ((await badCodes.get(ip))?.remainingPoints === 0) throw new LiveError('Too many wrong codes from this network: wait ten minutes.');
      const doc = await rooms.store.room(code);
      if (!doc) {
        await unknownCode();
        throw new LiveError('No class has that code. Check the code on the board.');
      }
    };

    on('create', createMsg, async (msg) => {
      try {
        await newRooms.consume(ip);
      } catch {
        throw new LiveError('Too many new classes from this network: wait a while.');
      }
      const { code, token, doc } = await rooms.create(msg);
      await asTeacher(code, token);
      return { code, token, view: await rooms.view(doc), teacher: await rooms.teacherView(doc) };
    });

    on('teacher', teacherMsg, async ({ code, token }) => {
      await guardCode(code);
      const doc = await asTeacher(code, token);
      return { view: await rooms.view(doc), teacher: await rooms.teacherView(doc) };
    });

    on('act', actMsg, async (action) => {
      const { code, role, token } = socket.data;
      if (role !== 'teacher' || !code || !token) throw new LiveError('Only the teacher can do that.');
      const doc = await rooms.teacher(code, token);
      const r = await rooms.act(doc, action);
      if (!r.doc) {
        io.to(roomChannel(code)).except(socket.id).emit('removed', 'The teacher has ended this live class.');
        io.in(roomChannel(code)).except(socket.id).disconnectSockets(true);
        await socket.leave(roomChannel(code));
        await socket.leave(teacherChannel(code));
        socket.data = {};
        return {};
      }
      if (r.removed) {
        io.to(deviceChannel(code, r.removed)).emit('removed', 'The teacher has removed you from this class.');
        io.in(deviceChannel(code, r.removed)).disconnectSockets(true);
      }
      await broadcast(r.doc);
      return {};
    });

    on('lookup', lookupMsg, async ({ code }) => {
      await guardCode(code);
      return rooms.lookup(code);
    });

    on('join', joinMsg, async ({ code, name, group }) => {
      await guardCode(code);
      const { token, me, doc } = await rooms.join(code, name, group);
      await asStudent(code, token);
      broadcastSoon(code);
      return { token, me, view: await rooms.view(doc) };
    });

    on('rejoin', rejoinMsg, async ({ code, token }) => {
      await guardCode(code);
      const { device, person, doc } = await rooms.student(code, token);
      await asStudent(code, token);
      return { me: await rooms.me(code, device, person, doc), view: await rooms.view(doc) };
    });

    on('vote', voteMsg, async ({ step, option }) => {
      const { code, role, token } = socket.data;
      if (role !== 'student' || !code || !token) throw new LiveError('Join the class before voting.');
      const { me } = await rooms.vote(code, token, step, option);
      broadcastSoon(code);
      return { me };
    });

    socket.on('disconnect', () => {
      void perConnection.delete(socket.id);
    });
  });

  return {
    /** Send the pending count updates now (before shutting down). */
    async flush() {
      for (const [code, t] of pending) {
        clearTimeout(t);
        pending.delete(code);
      }
    },
  };
}
