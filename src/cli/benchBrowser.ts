/**
 * The browser half of `npm run bench`, in one run: builds the game and both baselines of
 * the same story (benchServe.ts), then measures in Chromium
 * - first text and first choice for the game (`/#new`), the text-only floor and the usual
 *   Phaser + inkjs bundle, alternating, medians of `runs` (benchLoad.ts);
 * - the map's frames, choice -> frame and idle cost with Phaser's WebGL and Canvas renderers
 *   (benchMap.ts), each on `runs` fresh pages, every press pooled; the headline figures are
 *   those of the renderer the game chooses here.
 * Targets (issue 14): firstText <= 0.6x the floor's first choice; firstChoice <= 1.10x the
 * floor and <= 0.35x the usual way (engineChoice, when a press is answered at once, is
 * reported beside it); frames p50 <= 16.7 ms, p95 <= 33 ms; choice -> frame
 * <= 16 ms; an idle map draws no frames.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildAndServe, median, round } from './benchServe';
import { CONDITIONS, loadTiming, type LoadTiming } from './benchLoad';
import { mapBench, rendererChosen } from './benchMap';

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** `historyOptions`: the option ids of history's first forks (the map bench plays them). */
export async function browserBench(runs: number, historyOptions: readonly string[]): Promise<Record<string, unknown>> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const server = await buildAndServe();
  try {
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
    });
    const pages = { game: '/#new', floor: '/bench/text-only.html', usual: '/bench/usual.html' } as const;
    const samples: Record<keyof typeof pages, LoadTiming[]> = { game: [], floor: [], usual: [] };
    for (let i = 0; i < runs; i++) {
      for (const name of ['floor', 'game', 'usual'] as const) samples[name].push(await loadTiming(browser, server.base + pages[name]));
    }
    const med = (name: keyof typeof pages, key: keyof LoadTiming): number => round(median(samples[name].map((s) => s[key])));
    const webgl = await mapBench(browser, server.base, 'webgl', historyOptions, runs);
    const canvas = await mapBench(browser, server.base, 'canvas', historyOptions, runs);
    const defaultRenderer = await rendererChosen(browser, server.base);
    await browser.close();
    const map = defaultRenderer === 'canvas' ? canvas : webgl;
    const firstTextMs = med('game', 'firstTextMs');
    const firstChoiceMs = med('game', 'firstChoiceMs');
    const floorFirstChoiceMs = med('floor', 'firstChoiceMs');
    const usualFirstChoiceMs = med('usual', 'firstChoiceMs');
    const engineChoiceMs = med('game', 'engineChoiceMs');
    return {
      firstTextMs,
      firstChoiceMs,
      floorFirstChoiceMs,
      usualFirstChoiceMs,
      engineChoiceMs,
      frameP50Ms: map.frameP50Ms,
      frameP95Ms: map.frameP95Ms,
      choiceToFrameMs: map.choiceToFrameMs,
      choiceToDrawnMs: map.choiceToDrawnMs,
      choiceToFrameBusyMs: map.choiceToFrameBusyMs,
      choiceToDrawnBusyMs: map.choiceToDrawnBusyMs,
      idleFramesPerSec: map.idleFramesPerSec,
      ratios: {
        firstTextToFloorChoice: ratio(firstTextMs, floorFirstChoiceMs),
        target1: 0.6,
        firstChoiceToFloor: ratio(firstChoiceMs, floorFirstChoiceMs),
        target2: 1.1,
        firstChoiceToUsual: ratio(firstChoiceMs, usualFirstChoiceMs),
        target3: 0.35,
        engineChoiceToFloor: ratio(engineChoiceMs, floorFirstChoiceMs),
        engineChoiceToUsual: ratio(engineChoiceMs, usualFirstChoiceMs),
      },
      load: {
        conditions: CONDITIONS,
        runs,
        viewport: '390x844',
        gameLayoutShift: Math.round(median(samples.game.map((s) => s.layoutShift)) * 1000) / 1000,
        floorFirstTextMs: med('floor', 'firstTextMs'),
        usualFirstTextMs: med('usual', 'firstTextMs'),
        samples,
      },
      map: { defaultRenderer, viewport: '1366x768', gpu: 'none (software WebGL: SwiftShader)', webgl, canvas },
    };
  } finally {
    server.close();
  }
}
