/** `npm run paths`: compare, encode and show, run as a child process like a teacher would. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStory } from '../../src/cli/compileStory';
import { Game } from '../../src/engine/Game';
import type { Comparison, PathReplay } from '../../src/engine/compare';
import { encodePath } from '../../src/engine/pathCode';
import { makePathFile, serializePathFile } from '../../src/engine/pathFile';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

const { STORY_MAIN: _ignored, ...env } = process.env; // the real story, as the test compiled it

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/paths.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
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

// All at once: each run compiles the story in its own process.
const results = Promise.all([
  run('compare', 'history', code, '--json'),
  run('compare', 'history', tampered, '--json'),
  run('compare', 'history', goodFile),
  run('compare', 'history', badFile),
  run('encode', '--choices', indices.map((i) => i + 1).join(',')),
  run('show', code, '--json'),
  run('compare', 'history'),
  run('encode', '--choices', '1,99'),
]);

describe('npm run paths', () => {
  it('compare --json prints one JSON object with the divergence, the meters per fork and the endings', async () => {
    const [r] = await results;
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.storyVersion).toBe(bundle.version);
    expect(c.paths.map((p) => p.label)).toEqual(['History', code]);
    expect(c.paths[0]?.ending?.id).toBe('dissolution-1991');
    expect(c.paths[1]?.ending).not.toBeNull();
    const pair = c.pairs[0];
    expect(pair?.firstDivergence).toMatchObject({ fork: 'brest-litovsk', year: 1918, a: { option: 'neither-war-nor-peace' }, b: { option: 'sign-now' } });
    expect(pair?.meterDiffs.find((d) => d.fork === 'brest-litovsk')?.delta.meters.industry).toBeGreaterThan(0);
    expect(pair?.divergences[0]?.causes.b.length).toBeGreaterThan(0);
    expect(c.paths[1]?.snapshots.at(-1)?.step).toBe(indices.length);
  });

  it('a tampered code exits 2 with the checksum message and no stack trace', async () => {
    const [, r] = await results;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('checksum does not match');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('compares against an exported path file, in words', async () => {
    const [, , r] = await results;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('B: Sign now');
    expect(r.stdout).toContain('First divergence: choice 7, brest-litovsk (1918)');
    expect(r.stdout).toContain('[sign-now]');
    expect(r.stdout).toMatch(/ending: 1991 \(1991\)/);
  });

  it('explains a damaged file, a missing path and bad choices (exit 2)', async () => {
    const [, , , file, , , one, choices] = await results;
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('broken.json: This is not a path file of October Paths: it is not valid JSON.');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare takes 2 to 4 paths');
    expect(choices.code).toBe(2);
    expect(choices.stderr).toMatch(/choice 2 is 99, but .* has options 1–\d/);
  });

  it('encode prints the share code of a choice list; show replays a code', async () => {
    const [, , , , encoded, shown] = await results;
    expect(encoded.code, encoded.stderr).toBe(0);
    expect(encoded.stdout.trim()).toBe(code);
    expect(shown.code, shown.stderr).toBe(0);
    const s = JSON.parse(shown.stdout) as { code: string; indices: number[]; replay: PathReplay };
    expect(s.indices).toEqual(indices);
    expect(s.replay.steps.map((x) => x.option)).toContain('sign-now');
    expect(s.replay.ending).not.toBeNull();
  });
});
