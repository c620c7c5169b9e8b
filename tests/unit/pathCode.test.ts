import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crc30Update,
  decodePath,
  encodePath,
  MAX_CODE_INPUT,
  PATH_CODE_MESSAGES,
  type DecodeResult,
  type PathCodeProblem,
} from '../../src/engine/pathCode';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const REASONS: PathCodeProblem[] = ['empty', 'too-long', 'bad-characters', 'truncated', 'checksum', 'unknown-format'];

const version8 = fc.stringMatching(/^[0-9a-f]{8}$/);
const indices = (maxLength: number) => fc.array(fc.integer({ min: 0, max: 35 }), { maxLength });

const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** Rejected with a known reason and a message, or a well-formed path. */
function wellBehaved(result: DecodeResult): void {
  if (result.ok) {
    expect(result.value.storyVersion).toMatch(/^(?:[0-9a-f]{2}){1,16}$/);
    expect(result.value.indices.length).toBeLessThanOrEqual(255);
    for (const i of result.value.indices) expect(Number.isInteger(i) && i >= 0 && i <= 35).toBe(true);
  } else {
    expect(REASONS).toContain(result.problem.kind);
    expect(result.problem.message).toBe(PATH_CODE_MESSAGES[result.problem.kind]);
  }
}

describe('share codes', () => {
  it('uses CRC-30/CDMA (check value of "123456789")', () => {
    let c = 0x3fffffff;
    for (const ch of '123456789') c = crc30Update(c, ch.charCodeAt(0), 8);
    expect((c ^ 0x3fffffff) >>> 0).toBe(0x04c34abf);
  });

  it('round-trips any 8-hex story version and any choices (property)', () => {
    fc.assert(
      fc.property(version8, indices(200), (v, list) => {
        const code = encodePath(v, list);
        expect(code).toMatch(/^[0-9A-Za-z_-]+$/);
        expect(code.length).toBe(1 + 2 + 6 + list.length + 5);
        expect(decodePath(code)).toEqual({ ok: true, value: { storyVersion: v, indices: list } });
      }),
    );
  });

  it('round-trips other story version lengths (1–16 bytes of hex)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }).chain((n) => fc.stringMatching(new RegExp(`^[0-9a-f]{${2 * n}}$`))),
        indices(40),
        (v, list) => {
          expect(decodePath(encodePath(v, list))).toEqual({ ok: true, value: { storyVersion: v, indices: list } });
        },
      ),
    );
  });

  it('is short: a 27-choice century with an 8-hex version is 41 characters', () => {
    expect(
      encodePath(
        '8f7513b5',
        Array.from({ length: 27 }, () => 0),
      ),
    ).toHaveLength(41);
  });

  it('ignores white space around the code (a copied link with a newline)', () => {
    const code = encodePath('0a1b2c3d', [1, 2, 3]);
    expect(decodePath(`  ${code}\n`)).toEqual({ ok: true, value: { storyVersion: '0a1b2c3d', indices: [1, 2, 3] } });
  });

  it('refuses to encode what the game never makes', () => {
    expect(() => encodePath('XYZ', [])).toThrow(RangeError);
    expect(() => encodePath('abc', [])).toThrow(RangeError); // odd number of hex digits
    expect(() => encodePath('0a1b2c3d', [36])).toThrow(RangeError);
    expect(() => encodePath('0a1b2c3d', [-1])).toThrow(RangeError);
    expect(() => encodePath('0a1b2c3d', [1.5])).toThrow(RangeError);
    expect(() => encodePath('0a1b2c3d', new Array<number>(256).fill(0))).toThrow(RangeError);
  });

  it('rejects every single-character change of a valid code (property)', () => {
    fc.assert(
      fc.property(version8, indices(60), (v, list) => {
        const code = encodePath(v, list);
        for (let i = 0; i < code.length; i++) {
          for (const c of ALPHABET) {
            if (c === code[i]) continue;
            const mutated = code.slice(0, i) + c + code.slice(i + 1);
            const r = decodePath(mutated);
            expect(r.ok, mutated).toBe(false);
          }
          expect(decodePath(`${code.slice(0, i)}!${code.slice(i + 1)}`)).toMatchObject({ ok: false, problem: { kind: 'bad-characters' } });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rejects every truncation of a valid code, and says it is cut off (property)', () => {
    fc.assert(
      fc.property(version8, indices(60), (v, list) => {
        const code = encodePath(v, list);
        expect(decodePath('')).toMatchObject({ ok: false, problem: { kind: 'empty' } });
        for (let n = 1; n < code.length; n++) {
          expect(decodePath(code.slice(0, n)), code.slice(0, n)).toMatchObject({ ok: false, problem: { kind: 'truncated' } });
        }
      }),
    );
  });

  it('rejects a character added at the end', () => {
    const code = encodePath('0a1b2c3d', [0, 1, 2]);
    for (const c of ALPHABET) expect(decodePath(code + c).ok).toBe(false);
  });

  it('explains each problem in words the player can read', () => {
    const code = encodePath('0a1b2c3d', [0, 1, 2, 3]);
    const cases: [string, PathCodeProblem][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['1'.repeat(MAX_CODE_INPUT + 1), 'too-long'],
      ['0a1b2c3d.0123', 'unknown-format'], // the unchecked codes of before
      [`${code.slice(0, 8)}+${code.slice(9)}`, 'bad-characters'],
      ['1Mb j3UTtQ', 'bad-characters'],
      [code.replace(/^1/, '2'), 'unknown-format'],
      [code.slice(0, -3), 'truncated'],
      [code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6), 'checksum'],
    ];
    for (const [input, reason] of cases) {
      const r = decodePath(input);
      expect(r, input).toMatchObject({ ok: false, problem: { kind: reason, message: PATH_CODE_MESSAGES[reason] } });
    }
    expect(PATH_CODE_MESSAGES.checksum).toBe('This share link is damaged: its checksum does not match (was it cut or edited?).');
  });

  it('caps the input length before any work', () => {
    expect(decodePath('!'.repeat(MAX_CODE_INPUT + 1))).toMatchObject({ ok: false, problem: { kind: 'too-long' } });
    expect(decodePath(`1${'A'.repeat(10_000_000)}`)).toMatchObject({ ok: false, problem: { kind: 'too-long' } });
    // The longest real code fits under the cap.
    expect(encodePath('0123456789abcdef0123456789abcdef', new Array<number>(255).fill(35)).length).toBeLessThan(MAX_CODE_INPUT);
  });

  it('never throws on random strings, and accepts only well-formed paths (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200 }), (s) => wellBehaved(decodePath(s))),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => wellBehaved(decodePath(s))));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z_-]*$/), (s) => wellBehaved(decodePath(s))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^1[0-9A-Za-z_-]{0,80}$/), (s) => wellBehaved(decodePath(s))),
      { numRuns: 2000 },
    );
  });

  it('never throws on random bytes as base64url, and accepts only well-formed paths (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 800 }), (b) => wellBehaved(decodePath(base64url(b)))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), (b) => wellBehaved(decodePath(`1${base64url(b)}`))),
      { numRuns: 2000 },
    );
  });
});
