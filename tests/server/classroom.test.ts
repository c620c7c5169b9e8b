/** A live class on a real server on loopback, with real socket.io clients. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Classroom } from '../../server/app';
import type { RoomView } from '../../src/live/protocol';
import { ask, client, closeClients, LESSON, next, server, tempDb, type Client } from './helpers';

const servers: Classroom[] = [];
afterEach(async () => {
  closeClients();
  for (const s of servers.splice(0)) await s.close();
});

async function up(db = tempDb()) {
  const s = await server({ db });
  servers.push(s);
  return s;
}

async function classWithStudents(port: number, names: string[]) {
  const teacher = await client(port);
  const created = await ask(teacher, 'create', LESSON);
  if (!created.ok) throw new Error(created.error);
  const students: { c: Client; token: string }[] = [];
  for (const [i, name] of names.entries()) {
    // The second student talks over HTTP long-polling, as behind a proxy that blocks WebSockets.
    const c = await client(port, i === 1 ? ['polling'] : ['websocket']);
    const r = await ask(c, 'join', { code: created.code, name, group: `Group ${'ABC'[i % 3]}` });
    if (!r.ok) throw new Error(r.error);
    students.push({ c, token: r.token });
  }
  return { teacher, code: created.code, token: created.token, view: created.view, students };
}

const options = (v: RoomView) => v.scene.choices.map((c) => c.option);

describe('a live class', () => {
  it('runs a fork: join, open, vote and change a vote, counts per group, close, tally, advance', async () => {
    const s = await up();
    const { teacher, view, students } = await classWithStudents(s.port, ['Ana', 'Boris', 'Chen']);
    const [a, b] = options(view);
    expect(await ask(teacher, 'act', { kind: 'open' })).toEqual({ ok: true });
    expect((await ask(students[0]!.c, 'vote', { step: 0, option: a })).ok).toBe(true);
    expect((await ask(students[1]!.c, 'vote', { step: 0, option: b })).ok).toBe(true);
    const changed = await ask(students[1]!.c, 'vote', { step: 0, option: a });
    expect(changed.ok && changed.me.vote).toBe(a);
    const counts = await next(teacher, 'counts', (v) => v.groups.reduce((n, g) => n + g.voted, 0) === 2);
    expect(counts.groups.map((g) => [g.name, g.joined, g.voted])).toEqual([
      ['Group A', 1, 1],
      ['Group B', 1, 1],
      ['Group C', 1, 0],
    ]);
    const closed = next(students[2]!.c, 'view', (v) => v.phase === 'closed');
    expect(await ask(teacher, 'act', { kind: 'close' })).toEqual({ ok: true });
    const result = (await closed).result!;
    expect(result.kind).toBe('winner');
    expect(result.tallies.find((t) => t.option === a)?.votes).toBe(2);
    expect(result.tallies.find((t) => t.option === b)?.votes).toBe(0);
    const moved = next(students[0]!.c, 'view', (v) => v.scene.step === 1);
    expect(await ask(teacher, 'act', { kind: 'advance' })).toEqual({ ok: true });
    const after = await moved;
    expect(after.phase).toBe('reading');
    expect(after.scene.fork).toBe('provisional-government');
    expect(after.scene.lastVote?.winner).toBe(a);
  });

  it('lets only the teacher run the class', async () => {
    const s = await up();
    const { code, students } = await classWithStudents(s.port, ['Ana']);
    expect(await ask(students[0]!.c, 'act', { kind: 'open' })).toEqual({ ok: false, error: 'Only the teacher can do that.' });
    const impostor = await client(s.port);
    const wrong = await ask(impostor, 'teacher', { code, token: 'x'.repeat(32) });
    expect(wrong).toEqual({ ok: false, error: 'This is not the teacher’s link for a live class.' });
    expect(await ask(impostor, 'act', { kind: 'close' })).toEqual({ ok: false, error: 'Only the teacher can do that.' });
  });

  it('refuses votes out of turn: before the vote opens, after it closes, at another fork', async () => {
    const s = await up();
    const { teacher, view, students } = await classWithStudents(s.port, ['Ana']);
    const [a] = options(view);
    expect(await ask(students[0]!.c, 'vote', { step: 0, option: a })).toEqual({ ok: false, error: 'The vote has not opened yet.' });
    await ask(teacher, 'act', { kind: 'open' });
    expect((await ask(students[0]!.c, 'vote', { step: 3, option: a })).ok).toBe(false);
    expect(await ask(students[0]!.c, 'vote', { step: 0, option: 'seize-the-moon' })).toEqual({
      ok: false,
      error: 'That is not one of the options at this fork.',
    });
    await ask(students[0]!.c, 'vote', { step: 0, option: a });
    await ask(teacher, 'act', { kind: 'close' });
    expect(await ask(students[0]!.c, 'vote', { step: 0, option: a })).toEqual({ ok: false, error: 'The vote is closed.' });
  });

  it('asks the teacher to break a tie, and plays the casting vote', async () => {
    const s = await up();
    const { teacher, view, students } = await classWithStudents(s.port, ['Ana', 'Boris']);
    const [a, b] = options(view);
    await ask(teacher, 'act', { kind: 'open' });
    await ask(students[0]!.c, 'vote', { step: 0, option: a });
    await ask(students[1]!.c, 'vote', { step: 0, option: b });
    const closed = next(teacher, 'view', (v) => v.phase === 'closed');
    await ask(teacher, 'act', { kind: 'close' });
    expect((await closed).result).toMatchObject({ kind: 'tie', options: [a, b] });
    expect(await ask(teacher, 'act', { kind: 'advance' })).toEqual({ ok: false, error: 'A tie: choose the deciding option first.' });
    const moved = next(teacher, 'view', (v) => v.scene.step === 1);
    expect(await ask(teacher, 'act', { kind: 'advance', casting: b })).toEqual({ ok: true });
    expect((await moved).scene.lastVote).toMatchObject({ winner: b, casting: true });
  });

  it('brings a student back with their vote after a reload, and the teacher back to the class', async () => {
    const s = await up();
    const { teacher, code, token, view, students } = await classWithStudents(s.port, ['Ana']);
    const [, b] = options(view);
    await ask(teacher, 'act', { kind: 'open' });
    await ask(students[0]!.c, 'vote', { step: 0, option: b });
    students[0]!.c.disconnect();
    teacher.disconnect();
    const again = await client(s.port);
    const r = await ask(again, 'rejoin', { code, token: students[0]!.token });
    expect(r.ok && r.me).toMatchObject({ name: 'Ana', group: 'Group A', vote: b });
    const teacherAgain = await client(s.port);
    const t = await ask(teacherAgain, 'teacher', { code, token });
    expect(t.ok && t.view.phase).toBe('open');
    expect(t.ok && t.teacher.people).toEqual([expect.objectContaining({ name: 'Ana', voted: true })]);
  });

  it('resumes after the server is killed mid-vote, with every counted vote', async () => {
    const db = tempDb();
    const first = await up(db);
    const { teacher, code, token, view, students } = await classWithStudents(first.port, ['Ana', 'Boris', 'Chen']);
    const [a, b] = options(view);
    await ask(teacher, 'act', { kind: 'open' });
    await ask(students[0]!.c, 'vote', { step: 0, option: a });
    await ask(students[1]!.c, 'vote', { step: 0, option: b });
    await ask(students[2]!.c, 'vote', { step: 0, option: b });
    closeClients();
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    const second = await up(db);
    const t = await client(second.port);
    expect((await ask(t, 'teacher', { code, token })).ok).toBe(true);
    const closed = next(t, 'view', (v) => v.phase === 'closed');
    await ask(t, 'act', { kind: 'close' });
    expect((await closed).result?.tallies.map((x) => x.votes)).toEqual([1, 2, 0]);
  });

  it('removes a participant: their device is told, cannot rejoin, and their vote is not counted', async () => {
    const s = await up();
    const { teacher, code, token, view, students } = await classWithStudents(s.port, ['Ana', 'Troll']);
    const [a, b] = options(view);
    await ask(teacher, 'act', { kind: 'open' });
    await ask(students[0]!.c, 'vote', { step: 0, option: a });
    await ask(students[1]!.c, 'vote', { step: 0, option: b });
    const resumed = await ask(teacher, 'teacher', { code, token });
    if (!resumed.ok) throw new Error(resumed.error);
    expect(resumed.teacher.people.map((p) => [p.name, p.voted])).toEqual([
      ['Ana', true],
      ['Troll', true],
    ]);
    const troll = resumed.teacher.people.find((p) => p.name === 'Troll')!;
    const told = next(students[1]!.c, 'removed');
    expect(await ask(teacher, 'act', { kind: 'remove', person: troll.id })).toEqual({ ok: true });
    expect(await told).toBe('The teacher has removed you from this class.');
    const back = await client(s.port);
    expect(await ask(back, 'rejoin', { code, token: students[1]!.token })).toEqual({
      ok: false,
      error: 'The teacher has removed you from this class.',
    });
    const closed = next(teacher, 'view', (v) => v.phase === 'closed');
    await ask(teacher, 'act', { kind: 'close' });
    expect((await closed).result?.tallies.map((x) => x.votes)).toEqual([1, 0, 0]);
  });

  it('a locked class takes no new joins; an ended class is deleted', async () => {
    const s = await up();
    const { teacher, code, students } = await classWithStudents(s.port, ['Ana']);
    await ask(teacher, 'act', { kind: 'lock', locked: true });
    const late = await client(s.port);
    expect(await ask(late, 'join', { code, name: 'Late', group: 'Group A' })).toEqual({
      ok: false,
      error: 'The teacher has locked this class: ask them to unlock it.',
    });
    const told = next(students[0]!.c, 'removed');
    expect(await ask(teacher, 'act', { kind: 'delete' })).toEqual({ ok: true });
    expect(await told).toBe('The teacher has ended this live class.');
    expect(await ask(late, 'lookup', { code })).toEqual({ ok: false, error: 'No class has that code. Check the code on the board.' });
  });
});
