/**
 * The role cards, read from story/roles/*.json at build time and checked against the
 * schema when the classroom chunk loads. A broken file is reported, not fatal: the lesson
 * runs without its cards rather than not at all.
 */
import * as z from 'zod/mini';
import { mergeRoleFiles, roleFileSchema, type RoleBook, type RoleFile } from '../../engine/roles';

const files = import.meta.glob<unknown>('../../../story/roles/*.json', { eager: true, import: 'default' });

export function loadRoleBook(): { book: RoleBook; problems: string[] } {
  const good: RoleFile[] = [];
  const problems: string[] = [];
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = z.safeParse(roleFileSchema, data);
    if (parsed.success) good.push(parsed.data);
    else problems.push(`${path.split('/').pop() ?? path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { book: mergeRoleFiles(good), problems };
}
