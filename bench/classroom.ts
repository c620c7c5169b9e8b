/**
 * npm run --silent bench:classroom -- --json
 * Load and faults for the live classroom, on loopback only, bounded in count and time:
 *  - main: 20 rooms × 60 simulated students (and a teacher each) vote through two forks;
 *  - restart: 4 rooms × 60, the server is killed (SIGKILL) mid-vote and restarted on the same SQLite file;
 *  - churn: 4 rooms × 60, a third of the devices drop and rejoin mid-vote (some before voting, some after).
 * Each run counts the votes acknowledged to the students (sent) and the votes in the tallies
 * the teacher closes (counted). Latency is from a vote sent to its acknowledgement.
 * The server is one `npm run classroom` process; its CPU time and peak memory are read from /proc.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { ClientEvents, RoomView, ServerEvents } from '../src/live/protocol';
import { startNode, type Node } from '../tests/server/processes';

type Client = Socket<ServerEvents, ClientEvents>;
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 60);
const DEADLINE = Date.now() + 8 * 60 * 1000;
const json = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!json) console.error(...a);
};

const url = `http://127.0.0.1:${PORT}`;
const all: Client[] = [];

function connect(): Client {
  const c: Client = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 1000,
    timeout: 10_000,
  });
  all.push(c);
  return c;
}

/** Ask and wait for the acknowledgement; on a lost connection, wait to reconnect (and `before`) and ask again. */
async function ask<E extends keyof ClientEvents>(
  c: Client,
  event: E,
  msg: unknown,
  before?: () => Promise<void>,
): Promise<Parameters<Parameters<ClientEvents[E]>[1]>[0]> {
  if (Date.now() > DEADLINE) throw new Error('bench over its time budget');
  for (;;) {
    try {
      if (!c.connected) await new Promise<void>((ok) => c.once('connect', () => ok()));
      await before?.();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return await (c.timeout(10_000) as any).emitWithAck(event, msg);
    } catch {
      if (Date.now() > DEADLINE) throw new Error(`no answer to ${event}`);
    }
  }
}

const must = <T extends { ok: boolean }>(r: T, what: string): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`${what}: ${(r as unknown as { error: string }).error}`);
  return r as Extract<T, { ok: true }>;
};

/** A student device: joins once, and after any reconnect rejoins with its token before it votes again. */
class Student {
  readonly c = connect();
  token = '';
  ready: Promise<void> = Promise.resolve();
  constructor(
    readonly code: string,
    readonly name: string,
    readonly group: string,
  ) {
    this.c.on('connect', () => {
      if (this.token) this.ready = this.rejoin();
    });
  }
  /** After a reconnect: rejoin (once) before anything else. */
  async join(): Promise<void> {
    await new Promise<void>((ok) => (this.c.connected ? ok() : this.c.once('connect', () => ok())));
    this.token = must(await ask(this.c, 'join', { code: this.code, name: this.name, group: this.group }), 'join').token;
  }
  async rejoin(): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = await (this.c.timeout(10_000) as any).emitWithAck('rejoin', { code: this.code, token: this.token }).catch(() => null);
    if (r && !r.ok) throw new Error(`rejoin: ${r.error}`);
  }
  async vote(step: number, option: string, latencies: number[]): Promise<boolean> {
    const t0 = performance.now();
    const r = await ask(this.c, 'vote', { step, option }, () => this.ready);
    latencies.push(performance.now() - t0);
    return r.ok;
  }
}

interface Room {
  teacher: Client;
  code: string;
  token: string;
  students: Student[];
  view: RoomView;
}

async function makeRoom(i: number): Promise<Room> {
  const teacher = connect();
  await new Promise<void>((ok) => teacher.once('connect', () => ok()));
  const r = must(
    await ask(teacher, 'create', { span: '1917-1991', groups: 4, timerSeconds: 180, historyCards: 'after-each-fork' }),
    'create',
  );
  teacher.on('connect', () => void ask(teacher, 'teacher', { code: r.code, token: r.token }));
  const students = Array.from({ length: CLIENTS }, (_, j) => new Student(r.code, `S${i}-${j}`, `Group ${'ABCD'[j % 4]}`));
  for (let k = 0; k < students.length; k += 20) await Promise.all(students.slice(k, k + 20).map((s) => s.join()));
  return { teacher, code: r.code, token: r.token, students, view: r.view };
}

async function act(room: Room, action: object): Promise<void> {
  must(await ask(room.teacher, 'act', action), JSON.stringify(action));
}

/** Close the vote and read the tally from the teacher's answer to a fresh resume. */
async function closeAndCount(room: Room): Promise<number> {
  await act(room, { kind: 'close' });
  const v = must(await ask(room.teacher, 'teacher', { code: room.code, token: room.token }), 'resume').view;
  room.view = v;
  return v.result?.tallies.reduce((n, t) => n + t.votes, 0) ?? 0;
}

async function advance(room: Room): Promise<void> {
  const r = room.view.result;
  await act(room, r?.kind === 'tie' ? { kind: 'advance', casting: r.options[0] } : { kind: 'advance' });
  room.view = must(await ask(room.teacher, 'teacher', { code: room.code, token: room.token }), 'resume').view;
}

const pick = (room: Room, j: number) => room.view.scene.choices[j % room.view.scene.choices.length]!.option;

function procStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime, in clock ticks (100 a second on Linux)
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds: Math.round((ticks / 100) * 100) / 100, rssMb: Math.round(Number(hwm?.[1] ?? 0) / 1024) };
}

const serverPid = (n: Node) => {
  // The node process that runs the server (spawned directly: no npm or shell in between).
  return n.child.pid!;
};

async function mainRun(node: Node) {
  const latencies: number[] = [];
  const rooms = await Promise.all(Array.from({ length: ROOMS }, (_, i) => makeRoom(i)));
  log(`main: ${rooms.length} rooms, ${rooms.length * CLIENTS} students joined`);
  let sent = 0;
  let counted = 0;
  for (let fork = 0; fork < 2; fork++) {
    await Promise.all(
      rooms.map(async (room) => {
        await act(room, { kind: 'open' });
        const step = room.view.scene.step;
        const oks = await Promise.all(room.students.map((s, j) => s.vote(step, pick(room, j * 7 + fork), latencies)));
        sent += oks.filter(Boolean).length;
        const n = await closeAndCount(room);
        counted += n;
        await advance(room);
      }),
    );
  }
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0) * 10) / 10;
  return {
    rooms: ROOMS,
    clients: ROOMS * CLIENTS,
    votesSent: sent,
    votesCounted: counted,
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    ...procStats(serverPid(node)),
  };
}

async function restartRun(db: string, node: Node): Promise<{ run: { votesSent: number; votesCounted: number }; node: Node }> {
  const rooms = await Promise.all(Array.from({ length: 4 }, (_, i) => makeRoom(100 + i)));
  const latencies: number[] = [];
  let sent = 0;
  await Promise.all(rooms.map((r) => act(r, { kind: 'open' })));
  const half = CLIENTS / 2;
  for (const room of rooms) {
    const oks = await Promise.all(room.students.slice(0, half).map((s, j) => s.vote(room.view.scene.step, pick(room, j), latencies)));
    sent += oks.filter(Boolean).length;
  }
  log('restart: killing the server mid-vote');
  await node.kill('SIGKILL');
  const again = await startNode(PORT, { CLASSROOM_DB: db, LIMIT_PER_IP: '1000000' });
  for (const room of rooms) {
    const oks = await Promise.all(room.students.slice(half).map((s, j) => s.vote(room.view.scene.step, pick(room, j + 1), latencies)));
    sent += oks.filter(Boolean).length;
  }
  let counted = 0;
  for (const room of rooms) counted += await closeAndCount(room);
  return { run: { votesSent: sent, votesCounted: counted }, node: again };
}

async function churnRun() {
  const rooms = await Promise.all(Array.from({ length: 4 }, (_, i) => makeRoom(200 + i)));
  const latencies: number[] = [];
  let sent = 0;
  await Promise.all(rooms.map((r) => act(r, { kind: 'open' })));
  for (const room of rooms) {
    const step = room.view.scene.step;
    const oks = await Promise.all(
      room.students.map(async (s, j) => {
        if (j % 3 === 0) {
          // Wi-Fi drops before voting: the device reconnects, rejoins, then votes.
          s.c.io.engine.close();
          await new Promise<void>((ok) => s.c.once('connect', () => ok()));
          return s.vote(step, pick(room, j), latencies);
        }
        const ok = await s.vote(step, pick(room, j), latencies);
        if (j % 3 === 1) {
          // Drops after voting, comes back and votes again (changing its mind): still one vote.
          s.c.io.engine.close();
          await new Promise<void>((r) => s.c.once('connect', () => r()));
          return s.vote(step, pick(room, j + 1), latencies);
        }
        return ok;
      }),
    );
    sent += oks.filter(Boolean).length;
  }
  let counted = 0;
  for (const room of rooms) counted += await closeAndCount(room);
  return { votesSent: sent, votesCounted: counted };
}

const db = join(mkdtempSync(join(tmpdir(), 'op-bench-')), 'classroom.sqlite');
let node = await startNode(PORT, { CLASSROOM_DB: db, LIMIT_PER_IP: '1000000' });
try {
  const main = await mainRun(node);
  for (const c of all.splice(0)) c.disconnect();
  const restarted = await restartRun(db, node);
  node = restarted.node;
  for (const c of all.splice(0)) c.disconnect();
  const churn = await churnRun();
  for (const c of all.splice(0)) c.disconnect();
  const out = { ...main, restart: restarted.run, churn };
  console.log(json ? JSON.stringify(out) : JSON.stringify(out, null, 2));
  process.exitCode =
    main.votesSent === main.votesCounted && restarted.run.votesSent === restarted.run.votesCounted && churn.votesSent === churn.votesCounted
      ? 0
      : 1;
} finally {
  for (const c of all) c.disconnect();
  await node.kill();
}
