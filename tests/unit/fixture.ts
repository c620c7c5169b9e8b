import { fileURLToPath } from 'node:url';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import type { StoryBundle } from '../../src/engine/Game';

export function fixtureBundle(name = 'main.ink'): StoryBundle {
  const result = compileStory(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  if (!result.bundle) throw new Error(result.errors.join('\n'));
  return result.bundle;
}
