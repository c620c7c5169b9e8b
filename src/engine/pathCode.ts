/**
 * A path as a short URL-safe code: "<story version>.<one base-36 digit per choice>".
 * Positions are 0-based inside the code; the CLI and the keys in the game count from 1.
 */
export interface DecodedPath {
  storyVersion: string;
  indices: number[];
}

export function encodePath(storyVersion: string, indices: readonly number[]): string {
  return `${storyVersion}.${indices.map((i) => i.toString(36)).join('')}`;
}

export function decodePath(code: string): DecodedPath | null {
  const m = /^([0-9a-f]{8})\.([0-9a-z]{0,500})$/.exec(code.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { storyVersion: m[1], indices: [...m[2]].map((c) => parseInt(c, 36)) };
}
