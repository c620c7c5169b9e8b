/** Real servers on loopback and real socket.io clients for the live classroom tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startClassroom, type Classroom, type ClassroomOptions } from '../../server/app';
import { loadRoleBook, loadStory } from '../../server/story';
import type { ClientEvents, ServerEvents } from '../../src/live/protocol';

export type Client = Socket<ServerEvents, ClientEvents>;

let story: { bundle: ReturnType<typeof loadStory>; book: ReturnType<typeof loadRoleBook> } | null = null;
export function storyOnce() {
  return (story ??= { bundle: loadStory(), book: loadRoleBook() });
}

export const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'op-live-')), 'classroom.sqlite');

export async function server(opts: Partial<ClassroomOptions> = {}): Promise<Classroom> {
  const { bundle, book } = storyOnce();
  return startClassroom({ port: 0, host: '127.0.0.1', bundle, book, db: tempDb(), ...opts });
}

const open: Client[] = [];

export async function client(port: number, transports: ('polling' | 'websocket')[] = ['websocket']): Promise<Client> {
  const c: Client = io(`http://127.0.0.1:${port}`, { transports, reconnectionDelay: 50, reconnectionDelayMax: 200, timeout: 5000 });
  open.push(c);
  await new Promise<void>((ok, fail) => {
    c.once('connect', () => ok());
    c.once('connect_error', fail);
  });
  return c;
}

export function closeClients(): void {
  for (const c of open.splice(0)) c.disconnect();
}

/** Send an event and wait for its acknowledgement (5 s at most). */
export function ask<E extends keyof ClientEvents>(
  c: Client,
  event: E,
  msg: unknown,
): Promise<Parameters<Parameters<ClientEvents[E]>[1]>[0]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (c.timeout(5000) as any).emitWithAck(event, msg);
}

/** The next event of a kind that satisfies a test. */
export function next<E extends keyof ServerEvents>(
  c: Client,
  event: E,
  test: (arg: Parameters<ServerEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<ServerEvents[E]>[0]> {
  return new Promise((ok) => {
    const handler = (arg: Parameters<ServerEvents[E]>[0]) => {
      if (!test(arg)) return;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (c as any).off(event, handler);
      ok(arg);
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (c as any).on(event, handler);
  });
}

export const LESSON = { span: '1917-1921', groups: 3, timerSeconds: 120, historyCards: 'after-each-fork' } as const;
