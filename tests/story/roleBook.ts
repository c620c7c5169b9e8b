/** The classroom's role cards as the story ships them (story/roles/*.json), checked by their schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { mergeRoleFiles, roleFileSchema, type RoleBook } from '../../src/engine/roles';

const rolesDir = fileURLToPath(new URL('../../story/roles/', import.meta.url));

export function storyRoleBook(): RoleBook {
  return mergeRoleFiles(
    readdirSync(rolesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => z.parse(roleFileSchema, JSON.parse(readFileSync(`${rolesDir}${f}`, 'utf8')))),
  );
}
