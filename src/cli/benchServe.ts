/**
 * Builds the game together with the two baselines of the same story (BENCH=1 adds
 * bench/text-only.html and bench/usual.html) into dist-bench/ and serves it for the browser
 * benchmark. BENCH_PORT chooses the port (default 4290), so two checkouts can bench at once.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface BenchServer {
  base: string;
  close(): void;
}

export async function buildAndServe(): Promise<BenchServer> {
  const port = Number(process.env.BENCH_PORT ?? 4290);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-bench', '--emptyOutDir'], {
    env: { ...process.env, BENCH: '1' },
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('vite build for the benchmark failed');
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', 'dist-bench', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const close = (): void => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, close };
    await new Promise((r) => setTimeout(r, 200));
  }
  close();
  throw new Error(`the benchmark server did not start on port ${port}`);
}

/** The middle value; of an even count, the mean of the two middle values. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length / 2;
  return Number.isInteger(mid) ? ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2 : (s[Math.floor(mid)] ?? 0);
};
export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : NaN;
};
export const round = (n: number): number => Math.round(n * 10) / 10;
