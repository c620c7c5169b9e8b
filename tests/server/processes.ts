/** Real processes for the multi-server tests: redis-server and `npm run classroom` nodes, on loopback. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A loopback port nothing is listening on now (the OS picks it), so a busy machine cannot collide. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((ok, fail) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        child.stdout?.off('data', onData);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => fail(new Error(`${what} exited (${code}) before it was ready:\n${out}`)));
  });
}

/** A throwaway Redis on a loopback port: no disk, gone when killed. */
export async function startRedis(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('error', (e) => {
    throw new Error(`redis-server could not start (is it installed? .ci/run installs it): ${e.message}`);
  });
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  const url = `redis://127.0.0.1:${port}`;
  const c = createClient({ url });
  await c.connect();
  await c.flushAll();
  await c.quit();
  return { url, stop: () => kill(child, 'SIGTERM') };
}

export interface Node {
  port: number;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** One classroom server process (as `npm run classroom` runs it). */
export async function startNode(port: number, env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CLASSROOM_DIST: '/nonexistent', ...env },
  });
  await waitForLine(child, /^Ready\.$/m, `classroom server on ${port}`);
  return { port, child, kill: (signal = 'SIGTERM') => kill(child, signal) };
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', () => ok());
    child.kill(signal);
  });
}
