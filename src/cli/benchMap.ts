/**
 * The map in this machine's headless Chromium (no GPU: WebGL is software, SwiftShader) at
 * 1366x768, for one renderer (`?renderer=webgl|canvas`):
 * - choiceToFrameMs: a choice pressed -> the next frame (story, meters and map updated);
 *   choiceToDrawnMs: -> that frame drawn (its style, layout and paint done too). A choice
 *   is pressed as a player presses it, after reading, so once the map has settled (its loop
 *   asleep); every other press comes 1.5 s after the last one instead, while the last
 *   change's animations still run, and is reported apart (choiceToFrameBusyMs, ...);
 * - frame times while the map animates the changes a choice makes (60 fps = 16.7 ms);
 * - idle: frames requested per second and CPU ms per second once everything has settled
 *   (the map loop sleeps: both should be about 0).
 */
import type { Browser, Page } from '@playwright/test';
import { median, percentile, round } from './benchServe';

/** Counts every requestAnimationFrame the page asks for (Phaser's loop runs on it). */
const RAF_COUNTER = `
  window.__raf = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => { window.__raf++; return raf(cb); };
`;

/**
 * Press a choice and record frame intervals for 1.5 s: `deltas[0]` is press -> the next frame
 * (its first animation callbacks), `drawn` press -> that frame's style, layout and paint done
 * on the main thread (a message posted from the frame's callback arrives after them).
 */
const framesProbe = (option: string): string => `new Promise((resolve) => {
  const deltas = [];
  let drawn = NaN;
  // performance.now(), not the frame's timestamp: that can be earlier than the press.
  const t0 = performance.now();
  let last = t0;
  const end = t0 + 1500;
  document.querySelector('.choice-list .choice[data-option="' + ${JSON.stringify(option)} + '"]').click();
  function tick() {
    const now = performance.now();
    if (!deltas.length) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { drawn = performance.now() - t0; };
      channel.port2.postMessage(0);
    }
    deltas.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(tick); else resolve({ deltas, drawn });
  }
  requestAnimationFrame(tick);
})`;

/** Wait until the page has asked for no frame for 300 ms: the map has settled, its loop asleep. */
const UNTIL_STILL = `new Promise((resolve) => {
  let last = window.__raf;
  let quiet = 0;
  const timer = setInterval(() => {
    if (window.__raf !== last) { last = window.__raf; quiet = 0; return; }
    if (++quiet >= 3) { clearInterval(timer); resolve(0); }
  }, 100);
})`;

/** Fires once every animation has finished and the loop has slept for a while. */
const SETTLE_MS = 4000;

async function idle(page: Page): Promise<{ framesPerSec: number; cpuMsPerSec: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(SETTLE_MS);
  const cpu = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const [c0, f0] = [await cpu(), await page.evaluate<number>('window.__raf')];
  await page.waitForTimeout(3000);
  const [c1, f1] = [await cpu(), await page.evaluate<number>('window.__raf')];
  return { framesPerSec: round((f1 - f0) / 3), cpuMsPerSec: round(((c1 - c0) * 1000) / 3) };
}

export interface MapBench {
  renderer: string;
  /** Fresh pages played (each plays every option once). */
  rounds: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frames: number;
  choiceToFrameMs: number;
  choiceToFrameSamples: number[];
  /** Press -> the next frame drawn (its style, layout and paint done), median and samples. */
  choiceToDrawnMs: number;
  choiceToDrawnSamples: number[];
  /** The same for presses made 1.5 s after the last one, while its animations still run. */
  choiceToFrameBusyMs: number;
  choiceToFrameBusySamples: number[];
  choiceToDrawnBusyMs: number;
  idleFramesPerSec: number;
  idleCpuMsPerSec: number;
}

interface Press {
  /** Press -> the next frame's callbacks. */
  frame: number;
  /** Press -> that frame drawn. */
  drawn: number;
  /** Pressed once the map had settled (else 1.5 s after the last press). */
  settled: boolean;
}

/** One page playing `options`: each press's latencies and the frames after it. */
async function playOnce(
  browser: Browser,
  base: string,
  renderer: 'webgl' | 'canvas',
  options: readonly string[],
): Promise<{ page: Page; frames: number[]; presses: Press[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(RAF_COUNTER);
  await page.goto(`${base}/?renderer=${renderer}#new`);
  await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const frames: number[] = [];
  const presses: Press[] = [];
  for (const [i, option] of options.entries()) {
    await page.locator(`.choice-list .choice[data-option="${option}"]`).waitFor();
    const settled = i % 2 === 0;
    if (settled) await page.evaluate(UNTIL_STILL);
    const { deltas, drawn } = await page.evaluate<{ deltas: number[]; drawn: number }>(framesProbe(option));
    presses.push({ frame: deltas[0] ?? NaN, drawn, settled });
    frames.push(...deltas.slice(1));
  }
  return { page, frames, presses };
}

/**
 * Plays `options` (history's path: the map changes along it) on `rounds` fresh pages,
 * measuring each transition; the figures pool every press of every round, and the idle
 * cost is read on the last page.
 */
export async function mapBench(
  browser: Browser,
  base: string,
  renderer: 'webgl' | 'canvas',
  options: readonly string[],
  rounds = 1,
): Promise<MapBench> {
  const frames: number[] = [];
  const presses: Press[] = [];
  let still = { framesPerSec: NaN, cpuMsPerSec: NaN };
  for (let r = 0; r < rounds; r++) {
    const played = await playOnce(browser, base, renderer, options);
    frames.push(...played.frames);
    presses.push(...played.presses);
    if (r === rounds - 1) still = await idle(played.page);
    await played.page.close();
  }
  const settled = presses.filter((p) => p.settled);
  const busy = presses.filter((p) => !p.settled);
  return {
    renderer,
    rounds,
    frameP50Ms: round(median(frames)),
    frameP95Ms: round(percentile(frames, 0.95)),
    frames: frames.length,
    choiceToFrameMs: round(median(settled.map((p) => p.frame))),
    choiceToFrameSamples: settled.map((p) => round(p.frame)),
    choiceToDrawnMs: round(median(settled.map((p) => p.drawn))),
    choiceToDrawnSamples: settled.map((p) => round(p.drawn)),
    choiceToFrameBusyMs: round(median(busy.map((p) => p.frame))),
    choiceToFrameBusySamples: busy.map((p) => round(p.frame)),
    choiceToDrawnBusyMs: round(median(busy.map((p) => p.drawn))),
    idleFramesPerSec: still.framesPerSec,
    idleCpuMsPerSec: still.cpuMsPerSec,
  };
}

/** The renderer the game picks by itself in this browser (src/scenes/renderer.ts). */
export async function rendererChosen(browser: Browser, base: string): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${base}/#new`);
  const host = page.locator('[data-testid="world-canvas"][data-ready="true"]');
  await host.waitFor({ timeout: 60_000 });
  const name = (await host.getAttribute('data-renderer')) ?? 'unknown';
  await page.close();
  return name;
}
