/**
 * One idea per file (docs/architecture.md): no stylesheet over 300 lines, as ESLint's max-lines
 * holds every TypeScript file. A long stylesheet is split by concern and imported in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function stylesheets(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

describe('stylesheets', () => {
  const files = stylesheets('src');

  it('are found (the game has styles to check)', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('are each at most 300 lines', () => {
    const long = files
      .map((f) => ({ file: f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });
});
