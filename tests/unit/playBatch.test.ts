/**
 * `npm run play -- --batch FILE --json`: one process plays every line of the file and prints
 * one JSON result per line; a bad line gets its own error and the others still play.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const { STORY_MAIN: _ignored, ...env } = process.env; // the real story

function play(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/play.ts', ...args], { cwd: ROOT, env }, (error, stdout) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
}

describe('play --batch', () => {
  it('prints one result per choice list, in order, and reports a bad line without stopping', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'batch-')), 'paths.txt');
    writeFileSync(file, ['1,1,1', '# a comment', '', 'history', '9,9', '2,1,3,2'].join('\n'));
    const { code, stdout } = await play('--batch', file, '--json');
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; ending?: string; year?: number; error?: string });
    expect(lines.map((l) => l.line)).toEqual([1, 4, 5, 6]);
    expect(lines[0]).toMatchObject({ ending: 'crushed', year: 1917 });
    expect(lines[1]).toMatchObject({ ending: 'dissolution-1991', year: 1991 });
    expect(lines[2]?.error).toMatch(/choice 1 is 9, but february has options 1–3/);
    expect(lines[3]).toMatchObject({ ending: 'generals-russia' });
    expect(code).toBe(1); // one line failed
  });
});
