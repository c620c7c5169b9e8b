/**
 * One classroom server: the built game over HTTP and the live rooms over socket.io, the
 * rooms kept in SQLite (one machine) or Redis (several machines behind a load balancer).
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient, type RedisClientType } from 'redis';
import type { StoryBundle } from '../src/engine/Game';
import type { RoleBook } from '../src/engine/roles';
import { Rooms } from './rooms';
import { attachSockets, DEFAULT_LIMITS, type Limits, type LiveServer } from './sockets';
import { sqliteStore } from './sqliteStore';
import { redisStore } from './redisStore';
import { staticFiles } from './static';
import type { Store } from './store';

export interface ClassroomOptions {
  port: number;
  host: string;
  bundle: StoryBundle;
  book: RoleBook;
  /** The built game to serve (omit to serve only the live rooms). */
  dist?: string;
  /** SQLite file for the sessions (ignored with redisUrl). */
  db?: string;
  /** redis://host:port: rooms in Redis, broadcasts through the socket.io Redis adapter. */
  redisUrl?: string;
  limits?: Partial<Limits>;
  /** The join page's address as students' devices reach it (for the QR code). */
  joinUrl?: string;
}

export interface Classroom {
  port: number;
  http: HttpServer;
  io: LiveServer;
  close(): Promise<void>;
}

export async function startClassroom(opts: ClassroomOptions): Promise<Classroom> {
  const serve = opts.dist ? staticFiles(opts.dist) : null;
  const http = createServer((req, res) => {
    if (req.url === '/classroom.json') {
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ join: opts.joinUrl ?? null }));
    } else if (serve) serve(req, res);
    else res.writeHead(404).end();
  });
  const io: LiveServer = new Server(http, {
    // A hard cap far above any valid message; the schema check refuses smaller oversized ones politely.
    maxHttpBufferSize: 16 * 1024,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    serveClient: false,
  });
  const redis: RedisClientType[] = [];
  let store: Store;
  if (opts.redisUrl) {
    const pub = createClient({ url: opts.redisUrl }) as RedisClientType;
    const sub = pub.duplicate();
    const data = pub.duplicate();
    for (const c of [pub, sub, data]) c.on('error', (e: Error) => console.error(`Redis: ${e.message}`));
    await Promise.all([pub.connect(), sub.connect(), data.connect()]);
    redis.push(pub, sub, data);
    io.adapter(createAdapter(pub, sub));
    store = redisStore(data);
  } else {
    store = sqliteStore(opts.db ?? 'classroom.sqlite');
  }
  const rooms = new Rooms({ store, bundle: opts.bundle, book: opts.book });
  const sockets = attachSockets(io, rooms, { ...DEFAULT_LIMITS, ...opts.limits });
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(opts.port, opts.host, () => ok());
  });
  return {
    port: (http.address() as AddressInfo).port,
    http,
    io,
    async close() {
      await sockets.flush();
      io.disconnectSockets(true);
      await new Promise<void>((ok) => void io.close(() => ok()));
      await store.close();
      await Promise.all(redis.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
