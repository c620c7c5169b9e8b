/** `npm run paths`: compare, encode and show, in-process, and once as a child process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { Game } from '../../src/engine/Game';
import type { Comparison, PathReplay } from '../../src/engine/compare';
import { encodePath } from '../../src/engine/pathCode';
import { makePathFile, serializePathFile } from '../../src/engine/pathFile';
import { runPaths } from '../../src/cli/pathsCommand';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

const { STORY_MAIN: _ignored, ...env } = process.env; // the real story, as the test compiled it

/** The command in this process, as a teacher would run it (output and exit code). */
function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPaths(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, () => bundle!);
  return { code, stdout: out.map((t) => `${t}\n`).join(''), stderr: err.map((t) => `${t}\n`).join('') };
}

/** The real entry point in a child process: one smoke test that the wiring works. */
function spawn(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/paths.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** History everywhere, but sign at once at Brest-Litovsk. */
const game = new Game(bundle);
for (let scene = game.scene(); scene.choices.length;) {
  const c = scene.choices.find((x) => x.option === 'sign-now') ?? scene.choices.find((x) => x.historical);
  if (!c) throw new Error(`no historical option at ${scene.fork}`);
  scene = game.choose(c.index);
}
const indices = game.path().steps.map((s) => s.index);
const code = encodePath(bundle.version, indices);
const tampered = code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);

const dir = mkdtempSync(join(tmpdir(), 'october-paths-'));
const goodFile = join(dir, 'sign-now.json');
writeFileSync(goodFile, serializePathFile(makePathFile(game, 'Sign now')));
const badFile = join(dir, 'broken.json');
writeFileSync(badFile, '{"kind": "october-paths/path", "format": 1');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const results = [
  run('compare', 'history', code, '--json'),
  run('compare', 'history', tampered, '--json'),
  run('compare', 'history', goodFile),
  run('compare', 'history', badFile),
  run('encode', '--choices', indices.map((i) => i + 1).join(',')),
  run('show', code, '--json'),
  run('compare', 'history'),
  run('encode', '--choices', '1,99'),
] as const;

describe('npm run paths', () => {
  it('compare --json prints one JSON object with the divergence, the meters per fork and the endings', () => {
    const [r] = results;
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.storyVersion).toBe(bundle.version);
    expect(c.paths.map((p) => p.label)).toEqual(['History', code]);
    expect(c.paths[0]?.ending?.id).toBe('dissolution-1991');
    expect(c.paths[1]?.ending).not.toBeNull();
    const pair = c.pairs[0];
    expect(pair?.firstDivergence).toMatchObject({
      fork: 'brest-litovsk',
      year: 1918,
      a: { option: 'neither-war-nor-peace' },
      b: { option: 'sign-now' },
    });
    expect(pair?.meterDiffs.find((d) => d.fork === 'brest-litovsk')?.delta.meters.industry).toBeGreaterThan(0);
    expect(pair?.divergences[0]?.causes.b.length).toBeGreaterThan(0);
    expect(c.paths[1]?.snapshots.at(-1)?.step).toBe(indices.length);
  });

  it('a tampered code exits 2 with the checksum message (and with --json, as JSON) and no stack trace', () => {
    const [, r] = results;
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: expect.stringContaining('checksum does not match') as unknown });
    expect(r.stderr).toContain('checksum does not match');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('compares against an exported path file, in words', () => {
    const [, , r] = results;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('B: Sign now');
    expect(r.stdout).toContain('First divergence: choice 7, brest-litovsk (1918)');
    expect(r.stdout).toContain('[sign-now]');
    expect(r.stdout).toMatch(/ending: 1991 \(1991\)/);
  });

  it('explains a damaged file, a missing path and bad choices (exit 2)', () => {
    const [, , , file, , , one, choices] = results;
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('broken.json: This is not a path file of October Paths: it is not valid JSON.');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare takes 2 to 4 paths');
    expect(choices.code).toBe(2);
    expect(choices.stderr).toMatch(/choice 2 is 99, but .* has options 1–\d/);
  });

  it('encode prints the share code of a choice list; show replays a code', () => {
    const [, , , , encoded, shown] = results;
    expect(encoded.code, encoded.stderr).toBe(0);
    expect(encoded.stdout.trim()).toBe(code);
    expect(shown.code, shown.stderr).toBe(0);
    const s = JSON.parse(shown.stdout) as { code: string; indices: number[]; replay: PathReplay };
    expect(s.indices).toEqual(indices);
    expect(s.replay.steps.map((x) => x.option)).toContain('sign-now');
    expect(s.replay.ending).not.toBeNull();
  });

  it('refuses unknown options, a --choices without a list and numbers that are not plain digits', () => {
    expect(run('show', code, '--jsn')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --jsn') as unknown });
    expect(run('encode', '--choices')).toMatchObject({ code: 2, stderr: expect.stringContaining('--choices needs a value') as unknown });
    for (const n of ['0x1', '1e0', '1.0', '-1', '']) {
      expect(run('encode', '--choices', `${n},1`).code, n).toBe(2);
    }
    expect(run('compare', 'history', tampered, '--json').stdout).toContain('"error"');
  });

  it('show fails (exit 2) on a code whose checksum holds but whose choices the story does not offer', () => {
    const forged = encodePath(bundle.version, [35, 35, 35]);
    const r = run('show', forged);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Choice 1 of this path \(36\) is not offered/);
    const j = run('show', forged, '--json');
    expect(j.code).toBe(2);
    expect((JSON.parse(j.stdout) as { error: string }).error).toMatch(/not offered/);
  });

  it('runs as a command: the entry point prints the code and exits 0, and 2 on bad input', async () => {
    const [good, badInput] = await Promise.all([
      spawn('encode', '--choices', indices.map((i) => i + 1).join(',')),
      spawn('show', tampered),
    ]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout.trim()).toBe(code);
    expect(badInput.code).toBe(2);
    expect(badInput.stderr).toContain('checksum does not match');
    expect(badInput.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
