/**
 * npm run bench -- --json
 * Headless: the stakes preview per fork (Game.preview); full random playthroughs per second through the engine vs raw inkjs on the same
 * story (budget: the engine within 1.25x). Bundle: gzipped JS for first render (budget
 * 120 KB) and in all (600 KB), read from dist/ (run `npm run build` first). Browser
 * (skip with --no-browser): see benchBrowser.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Story } from 'inkjs';
import { Game } from '../engine/Game';
import { parseArgs, numberFlag } from './args';
import { loadBundle, rng } from './headless';
import { browserBench } from './benchBrowser';

function timeWalks(walks: number, walk: (random: () => number) => void): number {
  const random = rng(7);
  for (let i = 0; i < Math.min(50, walks); i++) walk(random); // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < walks; i++) walk(random);
  return walks / ((performance.now() - t0) / 1000);
}

function bundleSizes(dist: string): { firstRenderKB: number; totalKB: number; files: Record<string, number> } | null {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return null;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files: Record<string, number> = {};
  let first = 0;
  let total = 0;
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js') || n.endsWith('.css'))) {
    const gz = gzipSync(readFileSync(join(assets, f))).length / 1024;
    files[f] = Math.round(gz * 10) / 10;
    total += gz;
    if (html.includes(f)) first += gz; // what index.html loads up front (entry, preloads, CSS)
  }
  return { firstRenderKB: Math.round(first * 10) / 10, totalKB: Math.round(total * 10) / 10, files };
}

const { flags } = parseArgs(process.argv.slice(2));
const walks = numberFlag(flags, 'walks', 2000);
const bundle = loadBundle();

const game = new Game(bundle);
const engine = timeWalks(walks, (random) => {
  let scene = game.reset();
  while (scene.choices.length) scene = game.choose(Math.floor(random() * scene.choices.length));
});

const story = new Story(bundle.json);
story.allowExternalFunctionFallbacks = true;
story.BindExternalFunction('note', () => undefined, false);
const raw = timeWalks(walks, (random) => {
  story.ResetState();
  for (;;) {
    while (story.canContinue) {
      story.Continue();
      void story.currentTags;
    }
    const n = story.currentChoices.length;
    if (!n) break;
    story.ChooseChoiceIndex(Math.floor(random() * n));
  }
});

/** Stakes before choosing: Game.preview() at every fork of history's path (ms, after a warm-up). */
function timePreview(): { medianMs: number; maxMs: number; forks: number } {
  const times: number[] = [];
  for (let run = 0; run < 2; run++) {
    times.length = 0;
    for (let scene = game.reset(); scene.choices.length;) {
      const t0 = performance.now();
      game.preview();
      times.push(performance.now() - t0);
      scene = game.choose((scene.choices.find((c) => c.historical) ?? scene.choices[0]!).index);
    }
  }
  times.sort((a, b) => a - b);
  const ms = (x: number | undefined): number => Math.round((x ?? 0) * 10) / 10;
  return { medianMs: ms(times[times.length >> 1]), maxMs: ms(times.at(-1)), forks: times.length };
}

const result = {
  preview: timePreview(),
  headless: {
    walks,
    enginePlaythroughsPerSecond: Math.round(engine),
    rawInkPlaythroughsPerSecond: Math.round(raw),
    slowdown: Math.round((raw / engine) * 100) / 100,
    budget: 1.25,
  },
  bundle: bundleSizes('dist'),
  budgets: { firstRenderKB: 120, totalKB: 600 },
  browser: flags.has('no-browser') ? null : await browserBench(numberFlag(flags, 'runs', 5)),
};
if (flags.has('json')) console.log(JSON.stringify(result, null, 2));
else console.log(result);
