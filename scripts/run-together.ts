/**
 * npm run checks — runs npm scripts side by side (`tsx scripts/run-together.ts a b c`), each
 * one's output shown whole when it ends, and fails if any fails. The type check, lint, format
 * check and build are each on one core; together they use both a 2-core machine has.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (!names.length) {
  console.error('Usage: tsx scripts/run-together.ts <npm script>...');
  process.exit(2);
}

function run(name: string): Promise<{ name: string; code: number; seconds: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const text = Buffer.concat(out).toString().trimEnd();
      console.log(`── npm run ${name}: ${code === 0 ? 'ok' : `failed (exit ${code ?? 'signal'})`} in ${seconds.toFixed(1)} s`);
      if (text) console.log(text);
      done({ name, code: code ?? 1, seconds });
    });
  });
}

const results = await Promise.all(names.map(run));
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
