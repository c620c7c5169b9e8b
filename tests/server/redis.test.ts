/**
 * Past one machine: two classroom server processes share one room through Redis (the
 * socket.io Redis adapter for broadcasts, Redis for the records). The teacher is on one
 * node, the students on the other; the students' node is killed mid-vote; no vote is lost.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ask, client, closeClients, LESSON, next } from './helpers';
import { freePort, startNode, startRedis, type Node } from './processes';

let redis: Awaited<ReturnType<typeof startRedis>>;
const nodes: Node[] = [];

beforeAll(async () => {
  redis = await startRedis(Number(process.env.TEST_REDIS_PORT ?? (await freePort())));
  const ports = [await freePort(), await freePort()];
  nodes.push(...(await Promise.all(ports.map((port) => startNode(port, { REDIS_URL: redis.url })))));
});

afterAll(async () => {
  closeClients();
  await Promise.all(nodes.map((n) => n.kill()));
  await redis?.stop();
});

it('serves one room from two servers, and loses no vote when one is killed mid-vote', async () => {
  const [a, b] = nodes as [Node, Node];
  const teacher = await client(a.port);
  const created = await ask(teacher, 'create', LESSON);
  if (!created.ok) throw new Error(created.error);
  const { code } = created;
  const [first, second] = created.view.scene.choices.map((c) => c.option) as [string, string];

  const students = await Promise.all(
    ['Ana', 'Boris', 'Chen'].map(async (name, i) => {
      const c = await client(b.port);
      const r = await ask(c, 'join', { code, name, group: `Group ${'ABC'[i]}` });
      if (!r.ok) throw new Error(r.error);
      return { c, token: r.token };
    }),
  );
  // The teacher's open reaches the students on the other node.
  const opened = next(students[0]!.c, 'view', (v) => v.phase === 'open');
  await ask(teacher, 'act', { kind: 'open' });
  await opened;
  // Votes on node B show on the teacher's projector on node A.
  const counted = next(teacher, 'counts', (v) => v.groups.reduce((n, g) => n + g.voted, 0) === 2);
  expect((await ask(students[0]!.c, 'vote', { step: 0, option: first })).ok).toBe(true);
  expect((await ask(students[1]!.c, 'vote', { step: 0, option: second })).ok).toBe(true);
  await counted;

  await b.kill('SIGKILL');
  // The students' devices reconnect to the surviving node and find their votes.
  const back = await Promise.all(
    students.map(async (s) => {
      const c = await client(a.port);
      const r = await ask(c, 'rejoin', { code, token: s.token });
      if (!r.ok) throw new Error(r.error);
      return { c, vote: r.me.vote };
    }),
  );
  expect(back.map((s) => s.vote)).toEqual([first, second, null]);
  expect((await ask(back[2]!.c, 'vote', { step: 0, option: second })).ok).toBe(true);

  const closed = next(back[0]!.c, 'view', (v) => v.phase === 'closed');
  await ask(teacher, 'act', { kind: 'close' });
  const result = (await closed).result!;
  expect(result.tallies.slice(0, 2).map((t) => t.votes)).toEqual([1, 2]);
  expect(result).toMatchObject({ kind: 'winner', options: [second] });
});
