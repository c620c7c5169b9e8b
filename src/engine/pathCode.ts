/**
 * A path as a short, checksummed, URL-safe share code.
 *
 * Format 1. Every character after the first is one base64url digit, i.e. 6 bits
 * ("A–Z a–z 0–9 - _" stand for 0–63, in that order):
 *
 *   "1"               format version (a literal character, not a digit)
 *   2 digits          header, 12 bits: 4 bits (story version length in bytes − 1, so 1–16 bytes)
 *                     then 8 bits (number of choices, 0–255)
 *   ⌈8·L/6⌉ digits    the story version, L bytes (written as 2·L lowercase hex characters,
 *                     8 of them today), big-endian, padded with zero bits
 *   1 digit a choice  each choice index, 0-based position among the choices offered (0–35)
 *   5 digits          checksum, 30 bits: CRC-30/CDMA (poly 0x2030b9c7, init and xorout
 *                     0x3fffffff) over the 6-bit values of every digit before it, the format
 *                     character included (as the digit "1", i.e. 53)
 *
 * A whole century (27 choices, 8-hex version) is 1 + 2 + 6 + 27 + 5 = 41 characters, e.g.
 * the historical path of story version 8f7513b5: "1Mbj3UTtQABBAAABAAAAAABAAAAAABAAAAAAIqJUf"
 * ("Mb": 4 version bytes, 27 choices; "j3UTtQ": 8f7513b5; then one digit a choice, "B" = 1).
 * A CRC of degree 30 detects every error confined to 30 consecutive bits, so any change of
 * one character (6 bits) is always caught; a cut-off code no longer matches its header.
 * Positions are 0-based inside the code; the CLI and the keys in the game count from 1.
 * Decoding never throws: it returns a reason and a message the player can read.
 */
import { fail, ok, type Problem, type Result } from './result.ts';

export interface DecodedPath {
  storyVersion: string;
  indices: number[];
}

export type PathCodeProblem = 'empty' | 'too-long' | 'bad-characters' | 'truncated' | 'checksum' | 'unknown-format' | 'bad-escape';

export type DecodeResult = Result<DecodedPath, Problem<PathCodeProblem>>;

export const PATH_CODE_FORMAT = '1';
/** Longest input looked at (anything longer is refused before any other work). */
export const MAX_CODE_INPUT = 1000;
export const MAX_CODE_INDICES = 255;
export const MAX_CHOICE_INDEX = 35;
const MAX_VERSION_BYTES = 16;
const HEADER_DIGITS = 2;
const CHECK_DIGITS = 5;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));
const VERSION_RE = /^(?:[0-9a-f]{2}){1,16}$/;
const OLD_CODE_RE = /^[0-9a-f]{8}\.[0-9a-z]*$/;

export const PATH_CODE_MESSAGES: Record<PathCodeProblem, string> = {
  empty: 'There is no share code here: the link is empty.',
  'too-long': `This is not a share code of October Paths: it is far too long (over ${MAX_CODE_INPUT} characters).`,
  'bad-characters':
    'This share link is damaged: it contains characters a share code never has (only letters, digits, "-" and "_"). Was it changed when it was copied?',
  truncated: 'This share link is incomplete: it looks cut off (was only part of it copied?).',
  checksum: 'This share link is damaged: its checksum does not match (was it cut or edited?).',
  'unknown-format':
    'This share code is in a format this version of the game cannot read (was it made by an older or a newer version of the game?).',
  'bad-escape': 'This share link is damaged: it has a broken %-escape (was it changed when it was copied?).',
};

const problem = (reason: PathCodeProblem): { ok: false; problem: Problem<PathCodeProblem> } => fail(reason, PATH_CODE_MESSAGES[reason]);

const CRC30_POLY = 0x2030b9c7;
const CRC30_MASK = 0x3fffffff;

/** CRC-30/CDMA, MSB first, fed `bits` bits of `value` at a time; start from CRC30_MASK. */
export function crc30Update(crc: number, value: number, bits: number): number {
  let c = crc;
  for (let i = bits - 1; i >= 0; i--) {
    const top = ((c >>> 29) ^ (value >>> i)) & 1;
    c = (c << 1) & CRC30_MASK;
    if (top) c ^= CRC30_POLY;
  }
  return c;
}

function crc30Digits(digits: readonly number[]): number {
  let c = CRC30_MASK;
  for (const d of digits) c = crc30Update(c, d, 6);
  return (c ^ CRC30_MASK) >>> 0;
}

/** Big-endian bits → 6-bit digits, the last one padded with zero bits. */
function bytesToDigits(bytes: readonly number[]): number[] {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    n += 8;
    while (n >= 6) {
      n -= 6;
      out.push((acc >>> n) & 63);
    }
    acc &= (1 << n) - 1;
  }
  if (n > 0) out.push((acc << (6 - n)) & 63);
  return out;
}

/** 6-bit digits → `count` bytes; null when the padding bits are not zero. */
function digitsToBytes(digits: readonly number[], count: number): number[] | null {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  for (const d of digits) {
    acc = (acc << 6) | d;
    n += 6;
    if (n >= 8) {
      n -= 8;
      if (out.length < count) out.push((acc >>> n) & 255);
    }
    acc &= (1 << n) - 1;
  }
  return out.length === count && acc === 0 ? out : null;
}

const versionDigits = (bytes: number): number => Math.ceil((8 * bytes) / 6);

/**
 * The share code of a path. Throws RangeError on a story version that is not 1–16 bytes of
 * lowercase hex, or on indices outside 0–35 or more than 255 of them (the game never makes such).
 */
export function encodePath(storyVersion: string, indices: readonly number[]): string {
  if (!VERSION_RE.test(storyVersion)) {
    throw new RangeError(`story version "${storyVersion}" is not 1–${MAX_VERSION_BYTES} bytes of lowercase hex`);
  }
  if (indices.length > MAX_CODE_INDICES) throw new RangeError(`a share code holds at most ${MAX_CODE_INDICES} choices`);
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i > MAX_CHOICE_INDEX) throw new RangeError(`choice index ${i} is not 0–${MAX_CHOICE_INDEX}`);
  }
  const bytes = storyVersion.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  const header = ((bytes.length - 1) << 8) | indices.length;
  const digits = [DIGIT_VALUE.get(PATH_CODE_FORMAT) ?? 0, header >>> 6, header & 63, ...bytesToDigits(bytes), ...indices];
  const crc = crc30Digits(digits);
  const check = [24, 18, 12, 6, 0].map((s) => (crc >>> s) & 63);
  return PATH_CODE_FORMAT + [...digits.slice(1), ...check].map((d) => ALPHABET[d]).join('');
}

/** Read a share code (surrounding white space is ignored). Never throws. */
export function decodePath(code: string): DecodeResult {
  if (typeof code !== 'string') return problem('empty');
  if (code.length > MAX_CODE_INPUT) return problem('too-long');
  const text = code.trim();
  if (!text) return problem('empty');
  // The unchecked codes of before ("<8 hex>.<base-36 digits>") are a format of their own.
  if (OLD_CODE_RE.test(text)) return problem('unknown-format');
  const digits: number[] = [];
  for (const c of text) {
    const d = DIGIT_VALUE.get(c);
    if (d === undefined) return problem('bad-characters');
    digits.push(d);
  }
  if (text[0] !== PATH_CODE_FORMAT) return problem('unknown-format');
  const [h0, h1] = [digits[1], digits[2]];
  if (h0 === undefined || h1 === undefined) return problem('truncated');
  const header = (h0 << 6) | h1;
  const versionBytes = (header >>> 8) + 1;
  const count = header & 255;
  const vDigits = versionDigits(versionBytes);
  const expected = 1 + HEADER_DIGITS + vDigits + count + CHECK_DIGITS;
  if (digits.length < expected) return problem('truncated');
  if (digits.length > expected) return problem('checksum');
  const body = digits.slice(0, expected - CHECK_DIGITS);
  const stored = digits.slice(expected - CHECK_DIGITS).reduce((acc, d) => acc * 64 + d, 0);
  if (stored !== crc30Digits(body)) return problem('checksum');
  // Only a forged checksum gets here with bad fields.
  const bytes = digitsToBytes(body.slice(1 + HEADER_DIGITS, 1 + HEADER_DIGITS + vDigits), versionBytes);
  const indices = body.slice(1 + HEADER_DIGITS + vDigits);
  if (!bytes || indices.some((i) => i > MAX_CHOICE_INDEX)) return problem('unknown-format');
  const storyVersion = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return ok({ storyVersion, indices });
}

/** Can this story version and these choices be put in a share code at all? */
export function encodablePath(
  storyVersion: string,
  indices: readonly number[],
): Result<string, Problem<'bad-version' | 'too-many' | 'bad-index'>> {
  if (!VERSION_RE.test(storyVersion)) {
    return fail(
      'bad-version',
      'This path cannot be shared as a link: its story version is not one a link can hold. Download it as a file instead.',
    );
  }
  if (indices.length > MAX_CODE_INDICES) {
    return fail(
      'too-many',
      `This path cannot be shared as a link: a link holds at most ${MAX_CODE_INDICES} choices and it has ${indices.length}. Download it as a file instead.`,
    );
  }
  if (indices.some((i) => !Number.isInteger(i) || i < 0 || i > MAX_CHOICE_INDEX)) {
    return fail(
      'bad-index',
      'This path cannot be shared as a link: one of its choices is not one a link can hold. Download it as a file instead.',
    );
  }
  return ok(encodePath(storyVersion, indices));
}

/**
 * The share code in what a player pasted or opened: a bare code, a whole link, or the part
 * of an address after "#p=". Percent-escapes are undone; a broken one is a problem, not a throw.
 */
export function codeFromLink(text: string): Result<string, Problem<PathCodeProblem>> {
  if (typeof text !== 'string') return problem('empty');
  if (text.length > MAX_CODE_INPUT * 3) return problem('too-long');
  const t = text.trim();
  const at = t.indexOf('#p=');
  const raw = at >= 0 ? t.slice(at + 3) : t.startsWith('p=') ? t.slice(2) : t;
  try {
    return ok(decodeURIComponent(raw).trim());
  } catch {
    return problem('bad-escape');
  }
}

/** Decode the share code in a link, a hash or a pasted text. Never throws. */
export function decodeLink(text: string): DecodeResult {
  const code = codeFromLink(text);
  return code.ok ? decodePath(code.value) : code;
}
