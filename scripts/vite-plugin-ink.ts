/**
 * Compiles story/*.ink at build time into the virtual module "virtual:story"
 * ({ json, version }). An ink error fails the build (and shows the dev overlay) with
 * file:line; editing a .ink file in `npm start` recompiles and reloads the page
 * (the autosave brings the player back to where they were).
 *
 * "virtual:story-asset" ({ url, version }) is the same story as a separate, hashed JSON
 * file (served by the dev server), so the game's scripts do not carry it: the page preloads
 * it in parallel (scripts/vite-plugin-opening.ts) and src/ui/opening/loadStory.ts fetches it.
 *
 * A second virtual module, "virtual:story-forks", is the index of every fork and its
 * options (src/build/forkIndex.ts), derived from the same compiled story, for the flowchart.
 */
import type { Plugin } from 'vite';
import { compileStory, DEFAULT_STORY, type CompileResult } from '../src/build/compileStory.ts';
import { forkIndex } from '../src/build/forkIndex.ts';
import type { StoryBundle } from '../src/engine/Game';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0virtual:story';
const VIRTUAL_ASSET = 'virtual:story-asset';
const RESOLVED_ASSET = '\0virtual:story-asset';
/** Where the dev server serves the compiled story. */
const DEV_STORY_URL = '/@october-paths/story.json';
const VIRTUAL_FORKS = 'virtual:story-forks';
const RESOLVED_FORKS = '\0virtual:story-forks';

export interface InkStoryPlugin extends Plugin {
  /** The compiled story (compiling it if need be); throws when it does not compile. */
  storyBundle(): StoryBundle;
}

export function inkStory(mainPath: string = DEFAULT_STORY): InkStoryPlugin {
  // All modules come from one compile; an edited .ink file clears it.
  let compiled: CompileResult | null = null;
  let serving = false;
  const compile = (): CompileResult => (compiled ??= compileStory(mainPath));
  const storyBundle = (): StoryBundle => {
    const result = compile();
    if (!result.bundle) throw new Error(`ink story failed to compile:\n${result.errors.join('\n')}`);
    return result.bundle;
  };
  return {
    name: 'october-paths:ink-story',
    storyBundle,
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === VIRTUAL_ASSET) return RESOLVED_ASSET;
      if (id === VIRTUAL_FORKS) return RESOLVED_FORKS;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_FORKS && id !== RESOLVED_ASSET) return undefined;
      const result = compile();
      for (const file of result.files) this.addWatchFile(file);
      if (id !== RESOLVED_FORKS) for (const w of result.warnings) this.warn(w);
      if (!result.bundle) this.error(`ink story failed to compile:\n${result.errors.join('\n')}`);
      if (id === RESOLVED_FORKS) return `export default ${JSON.stringify(forkIndex(result.bundle))};`;
      if (id === RESOLVED) return `export default ${JSON.stringify(result.bundle)};`;
      const version = JSON.stringify(result.bundle.version);
      if (serving) return `export default { url: ${JSON.stringify(DEV_STORY_URL)}, version: ${version} };`;
      const ref = this.emitFile({ type: 'asset', name: 'story.json', source: result.bundle.json });
      return `export default { url: import.meta.ROLLUP_FILE_URL_${ref}, version: ${version} };`;
    },
    buildStart() {
      compiled = null;
    },
    configureServer(server) {
      server.middlewares.use(DEV_STORY_URL, (_req, res) => {
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(storyBundle().json);
        } catch (e) {
          res.statusCode = 500;
          res.end(String(e));
        }
      });
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.ink')) return;
        compiled = null;
        for (const id of [RESOLVED, RESOLVED_FORKS, RESOLVED_ASSET]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
