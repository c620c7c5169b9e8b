import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Game } from '../../src/engine/Game';
import { restore } from '../../src/engine/save';
import {
  makePathFile,
  MAX_PATH_FILE_CHARS,
  parsePathFile,
  pathOfFile,
  serializePathFile,
  PATH_FILE_KIND,
  type PathFile,
} from '../../src/engine/pathFile';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle();
const NOW = new Date('2026-11-28T10:00:00Z');

function finishedGame(): Game {
  const game = new Game(bundle);
  game.choose(0);
  game.choose(0);
  return game;
}

function problemOf(text: string): { kind: string; message: string } {
  const r = parsePathFile(text);
  if (r.ok) throw new Error(`expected a problem with ${text.slice(0, 80)}`);
  return r.problem;
}

describe('path files', () => {
  it('round-trips a finished game, and the file replays to the same game', () => {
    const game = finishedGame();
    const file = makePathFile(game, '  My   century ', NOW);
    expect(file).toMatchObject({
      kind: PATH_FILE_KIND,
      format: 1,
      name: 'My century',
      storyVersion: bundle.version,
      createdAt: '2026-11-28T10:00:00.000Z',
      ending: 'crushed',
      year: 1918,
    });
    expect(file.steps.map((s) => s.option)).toEqual(['march', 'risk']);
    const parsed = parsePathFile(serializePathFile(file));
    expect(parsed).toEqual({ ok: true, value: file });
    if (!parsed.ok) return;
    const replay = restore(bundle, pathOfFile(parsed.value));
    expect(replay.ok && replay.game.state()).toEqual(game.state());
  });

  it('makes a valid file from a bare path, and names an unnamed one', () => {
    const file = makePathFile({ path: { storyVersion: 'abc', steps: [{ fork: 'february', option: 'stay', index: 1 }] } }, '   ', NOW);
    expect(file.name).toBe('Untitled path');
    expect(file.ending).toBeNull();
    expect(file.year).toBeUndefined();
    expect(parsePathFile(serializePathFile(file)).ok).toBe(true);
    expect(makePathFile(finishedGame(), 'x'.repeat(500), NOW).name).toHaveLength(120);
  });

  it('accepts a file without the optional ending and year', () => {
    const { ending: _e, year: _y, ...bare } = makePathFile(finishedGame(), 'Bare', NOW);
    expect(parsePathFile(JSON.stringify(bare)).ok).toBe(true);
  });

  it('explains what is wrong with a bad file', () => {
    const good: PathFile = makePathFile(finishedGame(), 'Good', NOW);
    const text = (over: Record<string, unknown>): string => JSON.stringify({ ...good, ...over });

    expect(problemOf('')).toMatchObject({ kind: 'not-json' });
    expect(problemOf('{"kind": "october-paths/path", ')).toMatchObject({
      kind: 'not-json',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(problemOf(' '.repeat(MAX_PATH_FILE_CHARS + 1))).toMatchObject({
      kind: 'too-large',
      message: expect.stringContaining('too large'),
    });
    expect(problemOf(`{"name":"${'x'.repeat(MAX_PATH_FILE_CHARS)}"}`).kind).toBe('too-large');
    for (const v of ['null', '[]', '42', '"path"']) expect(problemOf(v).kind, v).toBe('wrong-kind');
    expect(problemOf(text({ kind: 'october-paths/class-session' }))).toMatchObject({
      kind: 'wrong-kind',
      message: expect.stringContaining('class-session'),
    });
    expect(problemOf(JSON.stringify({ format: 1, storyVersion: 'x', savedAt: NOW.toISOString(), steps: [] }))).toMatchObject({
      kind: 'wrong-kind',
      message: expect.stringContaining('saved game'),
    });
    expect(problemOf(text({ format: 2 }))).toMatchObject({ kind: 'unsupported-format', message: expect.stringContaining('newer version') });
    expect(problemOf(text({ format: '1' })).kind).toBe('unsupported-format');

    const damaged: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ storyVersion: 7 }, 'storyVersion'],
      [{ createdAt: 'yesterday' }, 'createdAt'],
      [{ steps: 'all of them' }, 'steps'],
      [{ steps: [{ fork: 'february', option: 'march', index: 36 }] }, 'steps.0.index'],
      [{ steps: [{ fork: 'nowhere', option: 'march', index: 0 }] }, 'steps.0.fork'],
      [{ steps: [{ fork: 'february', option: '', index: 0 }] }, 'steps.0.option'],
      [{ ending: 'utopia' }, 'ending'],
      [{ year: 1917.5 }, 'year'],
    ];
    for (const [over, where] of damaged) {
      const p = problemOf(text(over));
      expect(p.kind, where).toBe('damaged');
      expect(p.message, where).toContain(`(${where}:`);
      expect(p.message.startsWith('This path file is damaged')).toBe(true);
    }
  });

  it('never throws on random JSON values or text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parsePathFile(JSON.stringify(v) ?? '');
        if (!r.ok) expect(r.problem.message.length).toBeGreaterThan(10);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parsePathFile(s)).not.toThrow();
      }),
    );
    // Near misses: a valid file with one field replaced by a random JSON value.
    const good = makePathFile(finishedGame(), 'Good', NOW) as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(good)), fc.jsonValue(), (key, v) => {
        const r = parsePathFile(JSON.stringify({ ...good, [key]: v }));
        if (r.ok) expect(r.value.kind).toBe(PATH_FILE_KIND);
      }),
    );
  });
});
