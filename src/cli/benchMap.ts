/**
 * The map in this machine's headless Chromium (no GPU: WebGL is software, SwiftShader) at
 * 1366x768, for one renderer (`?renderer=webgl|canvas`):
 * - choiceToFrameMs: a choice pressed -> the next frame (story, meters and map updated);
 *   choiceToDrawnMs: -> that frame drawn (its style, layout and paint done too);
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
  frameP50Ms: number;
  frameP95Ms: number;
  frames: number;
  choiceToFrameMs: number;
  choiceToFrameSamples: number[];
  /** Press -> the next frame drawn (its style, layout and paint done), median and samples. */
  choiceToDrawnMs: number;
  choiceToDrawnSamples: number[];
  idleFramesPerSec: number;
  idleCpuMsPerSec: number;
}

/** Plays `options` (history's path: the map changes along it), measuring each transition. */
export async function mapBench(
  browser: Browser,
  base: string,
  renderer: 'webgl' | 'canvas',
  options: readonly string[],
): Promise<MapBench> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(RAF_COUNTER);
  await page.goto(`${base}/?renderer=${renderer}#new`);
  await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const frames: number[] = [];
  const latency: number[] = [];
  const drawnAt: number[] = [];
  for (const option of options) {
    await page.locator(`.choice-list .choice[data-option="${option}"]`).waitFor();
    const { deltas, drawn } = await page.evaluate<{ deltas: number[]; drawn: number }>(framesProbe(option));
    latency.push(deltas[0] ?? NaN);
    drawnAt.push(drawn);
    frames.push(...deltas.slice(1));
  }
  const still = await idle(page);
  await page.close();
  return {
    renderer,
    frameP50Ms: round(median(frames)),
    frameP95Ms: round(percentile(frames, 0.95)),
    frames: frames.length,
    choiceToFrameMs: round(median(latency)),
    choiceToFrameSamples: latency.map(round),
    choiceToDrawnMs: round(median(drawnAt)),
    choiceToDrawnSamples: drawnAt.map(round),
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
