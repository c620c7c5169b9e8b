import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { roleFileSchema, roleName, mergeRoleFiles } from '../../src/engine/roles';
import { FORKS, type ForkId } from '../../src/engine/types';

const storyDir = fileURLToPath(new URL('../../story/', import.meta.url));
const roleFiles = readdirSync(`${storyDir}roles`)
  .filter((f) => f.endsWith('.json'))
  .sort();
const book = mergeRoleFiles(roleFiles.map((f) => z.parse(roleFileSchema, JSON.parse(readFileSync(`${storyDir}roles/${f}`, 'utf8')))));

/** Every option the ink offers, with its fork and advocates, read from the source. */
function inkOptions(): { fork: ForkId; option: string; advocates: string[] }[] {
  const out: { fork: ForkId; option: string; advocates: string[] }[] = [];
  for (const file of readdirSync(storyDir).filter((f) => /^chapter\d+\.ink$/.test(f))) {
    let fork: ForkId | null = null;
    for (const line of readFileSync(`${storyDir}${file}`, 'utf8').split('\n')) {
      const f = /#\s*fork:\s*([a-z0-9-]+)/.exec(line);
      if (f) fork = f[1] as ForkId;
      const o = /#\s*option:\s*([a-z0-9-]+)/.exec(line);
      if (!o || !fork) continue;
      const a = /#\s*advocates:\s*([^#\]]+)/.exec(line);
      out.push({
        fork,
        option: o[1]!,
        advocates: (a?.[1] ?? '')
          .split(',')
          .map((s) => roleName(s))
          .filter(Boolean),
      });
    }
  }
  return out;
}

describe('role cards', () => {
  const options = inkOptions();

  it('are valid data, one file per chapter', () => {
    expect(roleFiles).toEqual(['chapter1.json', 'chapter2.json', 'chapter3.json', 'chapter4.json', 'chapter5.json', 'chapter6.json']);
    expect(book.cards.length).toBeGreaterThan(150);
  });

  it('give every advocate of every option a card at that fork arguing for that option', () => {
    const missing = options.flatMap((o) =>
      o.advocates
        .filter((role) => !book.cards.some((c) => c.fork === o.fork && c.role === role && c.options.includes(o.option)))
        .map((role) => `${o.fork}/${o.option}: ${role}`),
    );
    expect(missing).toEqual([]);
  });

  it('only argue for options that exist at their fork, by people the story names there', () => {
    const stray = book.cards.flatMap((c) =>
      c.options
        .filter((opt) => !options.some((o) => o.fork === c.fork && o.option === opt && o.advocates.includes(c.role)))
        .map((opt) => `${c.fork}/${opt}: ${c.role}`),
    );
    expect(stray).toEqual([]);
  });

  it('have discussion questions for every fork of the century', () => {
    for (const fork of FORKS) expect(book.questions[fork]?.length ?? 0, fork).toBeGreaterThanOrEqual(2);
  });

  it('are plain text with two or three arguments each', () => {
    for (const c of book.cards) {
      expect(c.arguments.length).toBeGreaterThanOrEqual(2);
      for (const t of [c.who, c.position, c.fears, ...c.arguments]) expect(t).not.toMatch(/<[a-z/]/i);
    }
  });
});
