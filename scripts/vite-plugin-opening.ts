/**
 * Puts the opening into the built index.html so it paints with the HTML, before any script:
 * the title screen, and the first fork's game screen for `#new` (src/ui/opening/renderOpening.ts,
 * run in happy-dom through Vite so it is the app's own markup). The story itself is not in
 * any script: `virtual:story-asset` (scripts/vite-plugin-ink.ts) emits it as a hashed JSON
 * file, preloaded here in parallel with the scripts.
 */
import { runnerImport, type Plugin, type Rollup } from 'vite';
import { Window } from 'happy-dom';
import type { StoryBundle } from '../src/engine/Game';
import type * as RenderOpening from '../src/ui/opening/renderOpening';

type Opening = RenderOpening.Opening;

/** Browser globals the app's DOM code uses, from a happy-dom window; returns a restore function. */
function installDom(win: Window): () => void {
  const names = ['window', 'document', 'history', 'location', 'navigator', 'HTMLElement', 'Node', 'requestAnimationFrame'] as const;
  const g = globalThis as Record<string, unknown>;
  const before = names.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)] as const);
  const w = win as unknown as Record<string, unknown>;
  for (const n of names) Object.defineProperty(globalThis, n, { value: w[n], configurable: true, writable: true });
  // The map is never loaded at build time.
  g.requestAnimationFrame = () => 0;
  return () => {
    for (const [n, d] of before) {
      if (d) Object.defineProperty(globalThis, n, d);
      else delete g[n];
    }
  };
}

export async function renderOpeningHtml(root: string, bundle: StoryBundle): Promise<Opening> {
  const { module } = await runnerImport<typeof RenderOpening>('/src/ui/opening/renderOpening.ts', {
    root,
    configFile: false,
    logLevel: 'silent',
    // Styles do not matter to the markup.
    plugins: [
      {
        name: 'october-paths:opening-no-css',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('.css') ? '\0opening-no-css' : undefined),
        load: (id) => (id === '\0opening-no-css' ? 'export default "";' : undefined),
      },
    ],
  });
  const win = new Window({ url: 'https://october-paths.invalid/' });
  const restore = installDom(win);
  try {
    return module.renderOpening(bundle);
  } finally {
    restore();
    await win.happyDOM.close();
  }
}

/**
 * The app's chunk (src/ui/boot.ts: the engine, inkjs and the screens) and what it imports:
 * main.ts imports it just after the first paint. Its styles are linked as the page's own: the pre-rendered screen is drawn by this code, so
 * it must look the same before it has loaded (and the import then waits for no stylesheet).
 */
function appChunks(bundle: Rollup.OutputBundle): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/ui/boot.ts'));
  if (!boot) return { scripts: [], styles: [] };
  const files = new Set<string>([boot.fileName]);
  const visit = (name: string): void => {
    const chunk = chunks.find((c) => c.fileName === name);
    for (const dep of chunk?.imports ?? []) if (!files.has(dep) && files.add(dep)) visit(dep);
  };
  visit(boot.fileName);
  const styles = chunks.filter((c) => files.has(c.fileName)).flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]);
  return { scripts: [...files], styles: [...new Set(styles)] };
}

export function openingPlugin(getBundle: () => StoryBundle): Plugin {
  let root = process.cwd();
  return {
    name: 'october-paths:opening',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html') || ctx.filename.includes('bench')) return html;
        const opening = await renderOpeningHtml(root, getBundle());
        const story = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'asset' && c.names.includes('story.json'));
        if (!story) this.error('the story asset (virtual:story-asset) is missing from the build');
        const file = story.fileName;
        const preload = `\n    <link rel="preload" href="./${file}" as="fetch" type="application/json" crossorigin="anonymous" />`;
        const app = appChunks(ctx.bundle ?? {});
        // Only the styles: the app's scripts are imported by main.ts after the first paint (they
        // are not first-render code, and the story and the fonts get the network first).
        const modules = app.styles
          .filter((f) => !html.includes(f))
          .map((f) => `\n    <link rel="stylesheet" crossorigin href="./${f}">`)
          .join('');
        return html
          .replace('<div id="app" aria-busy="true">', `<div id="app">\n      ${opening.firstFork}\n      ${opening.title}`)
          .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${preload}`)
          .replace('</head>', `${modules}\n  </head>`);
      },
    },
  };
}
