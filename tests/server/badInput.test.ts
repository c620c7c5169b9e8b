/** Bad input to a real classroom server: refused with a clear error to the sender only. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Classroom } from '../../server/app';
import type { Limits } from '../../server/sockets';
import { ask, client, closeClients, LESSON, next, server, type Client } from './helpers';

const servers: Classroom[] = [];
afterEach(async () => {
  closeClients();
  for (const s of servers.splice(0)) await s.close();
});

async function up(limits: Partial<Limits> = {}) {
  const s = await server({ limits });
  servers.push(s);
  return s;
}

async function openClass(port: number) {
  const teacher = await client(port);
  const created = await ask(teacher, 'create', LESSON);
  if (!created.ok) throw new Error(created.error);
  await ask(teacher, 'act', { kind: 'open' });
  return { teacher, code: created.code, token: created.token, option: created.view.scene.choices[0]!.option };
}

describe('bad input', () => {
  it('refuses malformed messages, and tells only the sender', async () => {
    const s = await up();
    const { teacher, code } = await openClass(s.port);
    const bystander = await client(s.port);
    await ask(bystander, 'join', { code, name: 'Ana', group: 'Group A' });
    const seen: string[] = [];
    bystander.onAny((event: string) => seen.push(event));
    const rogue = await client(s.port);
    for (const bad of [
      null,
      'vote',
      42,
      [],
      { code },
      { code: 'abc', name: 'x', group: 'Group A' },
      { code, name: 'x', group: 'Group A', admin: true },
    ]) {
      const r = await ask(rogue, 'join', bad);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^That message is not valid|^No class has that code/);
    }
    expect(await ask(rogue, 'vote', { step: 'zero', option: 'x' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^That message is not valid/),
    });
    expect(await ask(rogue, 'act', { kind: 'format-the-disk' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^That message is not valid/),
    });
    // A message without an acknowledgement gets its answer as a 'problem' event.
    const problem = next(rogue, 'problem');
    rogue.emit('vote', { step: 0, option: 'x' }, undefined as never);
    expect(await problem).toBe('Every message needs an acknowledgement.');
    // The bystander's next message is the teacher's broadcast: nothing of the rogue's reached them.
    const broadcast = next(bystander, 'view', (v) => v.phase === 'closed');
    await ask(teacher, 'act', { kind: 'close' });
    await broadcast;
    // Views and vote counts are the room's own broadcasts (the bystander's join sends counts
    // within 150 ms); anything else, a 'problem' above all, would be the rogue's leaking out.
    expect(seen.filter((e) => e !== 'view' && e !== 'counts')).toEqual([]);
  });

  it('refuses oversized messages with an error, without dropping the connection', async () => {
    const s = await up();
    const { code } = await openClass(s.port);
    const c = await client(s.port);
    expect(await ask(c, 'join', { code, name: 'A'.repeat(5000), group: 'Group A' })).toEqual({
      ok: false,
      error: 'That message is too large.',
    });
    expect(c.connected).toBe(true);
    expect((await ask(c, 'join', { code, name: 'Ana', group: 'Group A' })).ok).toBe(true);
  });

  it('keeps names short and plain text: trimmed, control characters gone, markup kept as the characters typed', async () => {
    const s = await up();
    const { teacher, code, token } = await openClass(s.port);
    const c = await client(s.port);
    expect(await ask(c, 'join', { code, name: 'x'.repeat(25), group: 'Group A' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 24 characters/),
    });
    expect(await ask(c, 'join', { code, name: ' \u0000\u202e ', group: 'Group A' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Type a name/),
    });
    const r = await ask(c, 'join', { code, name: '  <b>Ana</b>\u0007 ', group: 'Group A' });
    expect(r.ok && r.me.name).toBe('<b>Ana</b>');
    const t = await ask(teacher, 'teacher', { code, token });
    expect(t.ok && t.teacher.people.map((p) => p.name)).toEqual(['<b>Ana</b>']);
  });

  it('limits messages per connection', async () => {
    const s = await up({ perConnection: 10 });
    const { code } = await openClass(s.port);
    const c = await client(s.port);
    const answers = await Promise.all(Array.from({ length: 15 }, () => ask(c, 'lookup', { code })));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error)).toEqual(
      Array(5).fill('Too many messages: wait a few seconds and try again.'),
    );
  });

  it('limits messages per IP address across connections', async () => {
    const s = await up({ perIp: 12 });
    const { code } = await openClass(s.port); // two messages
    const clients: Client[] = [await client(s.port), await client(s.port)];
    const answers = await Promise.all(clients.flatMap((c) => Array.from({ length: 6 }, () => ask(c, 'lookup', { code }))));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
  });

  it('stops guessing join codes: after a few wrong codes from one address, even a right one is refused', async () => {
    const s = await up({ badCodesPerIp: 5 });
    const { code } = await openClass(s.port);
    const c = await client(s.port);
    const wrong = code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 5; i++)
      expect(await ask(c, 'lookup', { code: wrong })).toEqual({ ok: false, error: 'No class has that code. Check the code on the board.' });
    expect(await ask(c, 'lookup', { code })).toEqual({ ok: false, error: 'Too many wrong codes from this network: wait ten minutes.' });
  });

  it('refuses a vote from a socket that has not joined, and a device token from another class', async () => {
    const s = await up();
    const one = await openClass(s.port);
    const two = await openClass(s.port);
    const c = await client(s.port);
    expect(await ask(c, 'vote', { step: 0, option: one.option })).toEqual({ ok: false, error: 'Join the class before voting.' });
    const joined = await ask(c, 'join', { code: one.code, name: 'Ana', group: 'Group A' });
    const token = joined.ok ? joined.token : '';
    expect(await ask(c, 'rejoin', { code: two.code, token })).toEqual({
      ok: false,
      error: 'This device is not in that class: join again with the code.',
    });
  });
});
