/**
 * The page's line to the classroom server: socket.io (WebSocket, or HTTP long-polling where
 * a school proxy blocks WebSockets), each request answered by an acknowledgement, and a
 * reconnect that calls `onConnect` again so the page can rejoin its room.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientEvents, Reply, ServerEvents } from './protocol';

export type LiveSocket = Socket<ServerEvents, ClientEvents>;
type AckOf<E extends keyof ClientEvents> = Parameters<Parameters<ClientEvents[E]>[1]>[0];

export interface Connection {
  socket: LiveSocket;
  ask<E extends keyof ClientEvents>(event: E, msg: unknown): Promise<AckOf<E>>;
}

/** 'unreachable': never connected (a static copy of the game, or the server is not running). */
export function connect(onStatus: (status: 'online' | 'offline' | 'unreachable') => void, onConnect: () => void): Connection {
  const socket: LiveSocket = io({ reconnectionDelayMax: 3000, timeout: 8000 });
  let ever = false;
  socket.on('connect', () => {
    ever = true;
    onStatus('online');
    onConnect();
  });
  socket.on('disconnect', () => onStatus('offline'));
  socket.on('connect_error', () => onStatus(ever ? 'offline' : 'unreachable'));
  return {
    socket,
    async ask(event, msg) {
      try {
        // socket.io's typed emitWithAck cannot take an event name chosen at run time.
        const timed = socket.timeout(8000) as unknown as { emitWithAck(event: string, msg: unknown): Promise<unknown> };
        return (await timed.emitWithAck(event, msg)) as never;
      } catch {
        return {
          ok: false,
          error: 'No answer from the classroom server: check the Wi-Fi. It will retry when you reconnect.',
        } satisfies Reply<object> as never;
      }
    },
  };
}

/** Browser storage, or null where the browser blocks it (the page still works, without rejoin). */
export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
