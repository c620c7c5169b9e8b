/**
 * `npm run classroom`: serve the built game and live classes on this machine's network.
 * PORT (4300), HOST (0.0.0.0), CLASSROOM_DB (classroom.sqlite), REDIS_URL (several servers).
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startClassroom } from './app';
import { DIST, loadRoleBook, loadStory } from './story';

function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

const port = Number(process.env.PORT ?? 4300);
const host = process.env.HOST ?? '0.0.0.0';
const dist = process.env.CLASSROOM_DIST ?? DIST;
const hasGame = existsSync(join(dist, 'live.html'));
if (!hasGame) console.warn(`No built game in ${dist}: run \`npx vite build\` first. Serving the live rooms only.`);
const where = host === '0.0.0.0' ? (lanAddress() ?? '127.0.0.1') : host;
const server = await startClassroom({
  port,
  host,
  dist: hasGame ? dist : undefined,
  bundle: loadStory(),
  book: loadRoleBook(),
  joinUrl: `http://${where}:${port}/live.html`,
  db: process.env.CLASSROOM_DB ?? 'classroom.sqlite',
  redisUrl: process.env.REDIS_URL || undefined,
  // A whole school can share one address: raise this where several classes share one network.
  limits: process.env.LIMIT_PER_IP ? { perIp: Number(process.env.LIMIT_PER_IP) } : {},
});
const base = `http://${where}:${server.port}`;
console.log(
  `October Paths classroom server (${process.env.REDIS_URL ? 'rooms in Redis' : `rooms in ${process.env.CLASSROOM_DB ?? 'classroom.sqlite'}`})`,
);
console.log(`LAN address: ${where}`);
console.log(`Teacher:     ${base}/teach.html`);
console.log(`Join URL:    ${base}/live.html`);
console.log('Ready.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
