/**
 * Compiles story/*.ink at build time into the virtual module "virtual:story"
 * ({ json, version }). An ink error fails the build (and shows the dev overlay) with
 * file:line; editing a .ink file in `npm start` recompiles and reloads the page
 * (the autosave brings the player back to where they were).
 *
 * A second virtual module, "virtual:story-forks", is the static index of every fork and
 * its options (src/build/forkIndex.ts), scanned from the same .ink files, for the flowchart.
 */
import type { Plugin } from 'vite';
import { compileStory, DEFAULT_STORY, type CompileResult } from '../src/build/compileStory';
import { readForkIndex } from '../src/build/forkIndex';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0virtual:story';
const VIRTUAL_FORKS = 'virtual:story-forks';
const RESOLVED_FORKS = '\0virtual:story-forks';

export function inkStory(mainPath: string = DEFAULT_STORY): Plugin {
  // Both modules come from one compile; an edited .ink file clears it.
  let compiled: CompileResult | null = null;
  const compile = (): CompileResult => (compiled ??= compileStory(mainPath));
  return {
    name: 'october-paths:ink-story',
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === VIRTUAL_FORKS) return RESOLVED_FORKS;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_FORKS) return undefined;
      const result = compile();
      for (const file of result.files) this.addWatchFile(file);
      if (id === RESOLVED_FORKS) return `export default ${JSON.stringify(readForkIndex(result.files))};`;
      for (const w of result.warnings) this.warn(w);
      if (!result.bundle) this.error(`ink story failed to compile:\n${result.errors.join('\n')}`);
      return `export default ${JSON.stringify(result.bundle)};`;
    },
    buildStart() {
      compiled = null;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.ink')) return;
        compiled = null;
        for (const id of [RESOLVED, RESOLVED_FORKS]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
