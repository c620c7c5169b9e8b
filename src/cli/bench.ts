/**
 * npm run bench -- --json
 * Headless: the stakes preview per fork (Game.preview); full random playthroughs per second through the engine vs raw inkjs on the same
 * story (budget: the engine within 1.25x). Bundle: gzipped JS that index.html loads for
 * the first render, without the story (budget 60 KB), and in all (600 KB), read from the
 * benchmark build (dist-bench/), or dist/ with --no-browser. Browser: see benchBrowser.ts.
 * The headline figures of issue 14 come first in the JSON; docs/performance.md explains them.
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

/** The compiled story (an asset, or before issue 14 a chunk of its own in the bench build). */
const isStory = (name: string): boolean => /^(story-|_virtual_story-[^f])/.test(name) || name.endsWith('.json');

function bundleSizes(
  dist: string,
): { firstRenderJsKB: number; firstRenderCssKB: number; storyKB: number; totalKB: number; files: Record<string, number> } | null {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return null;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files: Record<string, number> = {};
  let js = 0;
  let css = 0;
  let story = 0;
  let total = 0;
  for (const f of readdirSync(assets).filter((n) => /\.(js|css|json)$/.test(n))) {
    const gz = gzipSync(readFileSync(join(assets, f))).length / 1024;
    files[f] = Math.round(gz * 10) / 10;
    if (isStory(f)) story += gz;
    else total += gz;
    if (!html.includes(f) || isStory(f)) continue; // first render: what index.html loads up front
    if (f.endsWith('.css')) css += gz;
    else js += gz;
  }
  const r = (n: number): number => Math.round(n * 10) / 10;
  return { firstRenderJsKB: r(js), firstRenderCssKB: r(css), storyKB: r(story), totalKB: r(total), files };
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

/** History's first `count` forks (twelve: February 1917 to the 1920s): the map changes along them. */
function historyOptions(count: number): string[] {
  const g = new Game(bundle);
  const out: string[] = [];
  for (let scene = g.scene(); out.length < count && scene.choices.length;) {
    const c = scene.choices.find((x) => x.historical) ?? scene.choices[0];
    if (!c) break;
    out.push(c.option);
    scene = g.choose(c.index);
  }
  return out;
}

const browser = flags.has('no-browser') ? null : await browserBench(numberFlag(flags, 'runs', 5), historyOptions(16));
const sizes = bundleSizes('dist-bench') ?? bundleSizes('dist');
const result = {
  // The headline figures of issue 14, from one run (null without the browser half).
  firstTextMs: browser?.firstTextMs ?? null,
  firstChoiceMs: browser?.firstChoiceMs ?? null,
  floorFirstChoiceMs: browser?.floorFirstChoiceMs ?? null,
  usualFirstChoiceMs: browser?.usualFirstChoiceMs ?? null,
  // Beside firstChoiceMs: when the game's engine has drawn the first fork's choices (a press is answered at once).
  engineChoiceMs: browser?.engineChoiceMs ?? null,
  firstRenderKbGz: sizes?.firstRenderJsKB ?? null,
  frameP50Ms: browser?.frameP50Ms ?? null,
  frameP95Ms: browser?.frameP95Ms ?? null,
  choiceToFrameMs: browser?.choiceToFrameMs ?? null,
  choiceToDrawnMs: browser?.choiceToDrawnMs ?? null,
  // Presses made 1.5 s after the last one, while its animations still run (benchMap.ts).
  choiceToFrameBusyMs: browser?.choiceToFrameBusyMs ?? null,
  choiceToDrawnBusyMs: browser?.choiceToDrawnBusyMs ?? null,
  idleFramesPerSec: browser?.idleFramesPerSec ?? null,
  preview: timePreview(),
  headless: {
    walks,
    enginePlaythroughsPerSecond: Math.round(engine),
    rawInkPlaythroughsPerSecond: Math.round(raw),
    slowdown: Math.round((raw / engine) * 100) / 100,
    budget: 1.25,
  },
  bundle: sizes,
  budgets: { firstRenderJsKB: 60, totalKB: 600 },
  browser,
};
if (flags.has('json')) console.log(JSON.stringify(result, null, 2));
else console.log(result);
