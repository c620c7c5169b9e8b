/**
 * Every reader of outside input (saves, share codes and links, path files, class sessions,
 * vote counts) on arbitrary input: nothing throws, every refusal has a message, and reading
 * what is stored never alters it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSave } from '../../src/engine/save';
import { parseSession } from '../../src/engine/classroom';
import { cleanPathName, parsePathFile, MAX_PATH_NAME } from '../../src/engine/pathFile';
import { codeFromLink, decodeLink, encodablePath, encodePath, PATH_CODE_MESSAGES } from '../../src/engine/pathCode';
import { parseVoteCount } from '../../src/engine/lesson';
import { MemoryStorage } from '../../src/storage/slot';
import { AUTOSAVE_KEY, SESSION_KEY, saveSlot, sessionSlot } from '../../src/storage/saves';
import type { Result } from '../../src/engine/result';

const readers: [string, (text: string) => Result<unknown, { message: string }>][] = [
  ['save', parseSave],
  ['class session', parseSession],
  ['path file', parsePathFile],
  ['share link', decodeLink],
  ['vote count', parseVoteCount],
];

describe('readers of outside input', () => {
  for (const [name, read] of readers) {
    it(`${name}: never throws on any text or JSON, and explains every refusal`, () => {
      const check = (text: string): void => {
        const r = read(text);
        if (!r.ok) expect(r.problem.message.length).toBeGreaterThan(10);
      };
      fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => check(s)));
      fc.assert(fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v) ?? '')));
    });
  }

  it('reading a stored autosave or session, however broken, changes nothing stored', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (save, session) => {
        const storage = new MemoryStorage();
        storage.setItem(AUTOSAVE_KEY, save);
        storage.setItem(SESSION_KEY, session);
        saveSlot(storage).read();
        sessionSlot(storage).read();
        expect(storage.getItem(AUTOSAVE_KEY)).toBe(save);
        expect(storage.getItem(SESSION_KEY)).toBe(session);
        expect(storage.length).toBe(2);
      }),
    );
  });
});

describe('share links', () => {
  it('explains a broken %-escape in a link or a hash instead of throwing', () => {
    for (const text of ['#p=%E0%A4%A', 'https://example.org/#p=%E0%A4%A', '%', 'p=%zz']) {
      expect(codeFromLink(text)).toEqual({ ok: false, problem: { kind: 'bad-escape', message: PATH_CODE_MESSAGES['bad-escape'] } });
      expect(decodeLink(text)).toMatchObject({ ok: false, problem: { kind: 'bad-escape' } });
    }
  });

  it('reads a code from a bare code, a whole link or a hash, escaped or not', () => {
    const code = encodePath('0a1b2c3d', [0, 1, 2]);
    const value = { storyVersion: '0a1b2c3d', indices: [0, 1, 2] };
    for (const text of [code, `#p=${code}`, `https://example.org/play/#p=${code}\n`, `#p=${encodeURIComponent(code)}`]) {
      expect(decodeLink(text), text).toEqual({ ok: true, value });
    }
  });

  it('says when a path cannot be a link (a version that is not hex, more than 255 choices) rather than throwing', () => {
    expect(encodablePath('not-hex!', [0])).toMatchObject({ ok: false, problem: { kind: 'bad-version' } });
    expect(
      encodablePath(
        '0a1b2c3d',
        Array.from({ length: 256 }, () => 0),
      ),
    ).toMatchObject({ ok: false, problem: { kind: 'too-many' } });
    expect(encodablePath('0a1b2c3d', [36])).toMatchObject({ ok: false, problem: { kind: 'bad-index' } });
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 300 }), (v, list) => {
        const r = encodablePath(v, list);
        return r.ok ? decodeLink(r.value).ok : r.problem.message.includes('Download it as a file');
      }),
    );
  });
});

describe('path names', () => {
  it('drops control and bidirectional-override characters and lone surrogates, and never ends up empty', () => {
    expect(cleanPathName('  \u202eTrotsky\u202c  wins\u0000 ')).toBe('Trotsky wins');
    expect(cleanPathName('\u200f \t\n')).toBe('Untitled path');
    expect(cleanPathName('a\udc00b')).toBe('ab');
    expect(cleanPathName('😀'.repeat(100))).toHaveLength(MAX_PATH_NAME);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const name = cleanPathName(s);
        return (
          name.length >= 1 &&
          name.length <= MAX_PATH_NAME &&
          name === name.trim() &&
          // eslint-disable-next-line no-control-regex -- the test is that there are none
          !/[\u0000-\u001f\u202a-\u202e]/.test(name) &&
          !/[\ud800-\udbff](?![\udc00-\udfff])/.test(name)
        );
      }),
    );
  });

  it('cleans the name of an imported path file', () => {
    const file = {
      kind: 'october-paths/path',
      format: 1,
      name: '\u202e  evil ',
      storyVersion: 'abcdef12',
      createdAt: '2026-11-28T10:00:00.000Z',
      steps: [],
      ending: null,
    };
    expect(parsePathFile(JSON.stringify(file))).toMatchObject({ ok: true, value: { name: 'evil' } });
  });
});
