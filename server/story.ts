/** The story and the role cards, read once at start: the server runs the class's game. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { compileStory } from '../src/build/compileStory';
import type { StoryBundle } from '../src/engine/Game';
import { mergeRoleFiles, roleFileSchema, type RoleBook, type RoleFile } from '../src/engine/roles';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function loadStory(main = join(ROOT, 'story/main.ink')): StoryBundle {
  const r = compileStory(main);
  if (!r.bundle) throw new Error(`The story does not compile:\n${r.errors.join('\n')}`);
  return r.bundle;
}

export function loadRoleBook(dir = join(ROOT, 'story/roles')): RoleBook {
  const files: RoleFile[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const parsed = z.safeParse(roleFileSchema, JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (parsed.success) files.push(parsed.data);
    else console.warn(`story/roles/${f}: ${parsed.error.issues[0]?.message ?? 'invalid'} (its cards are left out)`);
  }
  return mergeRoleFiles(files);
}

export const DIST = join(ROOT, 'dist');
