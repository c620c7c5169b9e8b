/**
 * Compiles story/*.ink at build time into the virtual module "virtual:story"
 * ({ json, version }). An ink error fails the build (and shows the dev overlay) with
 * file:line; editing a .ink file in `npm start` recompiles and reloads the page
 * (the autosave brings the player back to where they were).
 */
import type { Plugin } from 'vite';
import { compileStory, DEFAULT_STORY } from '../src/cli/compileStory';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0virtual:story';

export function inkStory(mainPath: string = DEFAULT_STORY): Plugin {
  return {
    name: 'october-paths:ink-story',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = compileStory(mainPath);
      for (const file of result.files) this.addWatchFile(file);
      for (const w of result.warnings) this.warn(w);
      if (!result.bundle) this.error(`ink story failed to compile:\n${result.errors.join('\n')}`);
      return `export default ${JSON.stringify(result.bundle)};`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.ink')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
