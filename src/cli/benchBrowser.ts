/**
 * The browser half of `npm run bench`: builds the game plus a text-only inkjs page of the
 * same story (BENCH=1, into dist-bench/), serves both, and measures in Chromium:
 * - time to the first story text and choices under a slow network and a 4x slower CPU,
 *   game vs text-only (budget: the game within 1.15x);
 * - choice -> narrative, meters and map updated: keypress to the next frame (budget 16 ms median);
 * - frame times while the map animates a change (60 fps = 16.7 ms);
 * - CPU used by an idle game (the map loop sleeps).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : NaN;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : NaN;
};
const round = (n: number): number => Math.round(n * 10) / 10;

/** Record when the first choice button appears, from the page's own clock. */
const FIRST_CHOICE_PROBE = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('.choice')) { window.__firstChoice = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

async function firstChoiceMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // "Fast 3G"-like: 150 ms latency, 1.6 Mbit/s down; the CPU four times slower.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(FIRST_CHOICE_PROBE);
  await page.goto(url);
  await page.waitForSelector('.choice', { timeout: 60_000 });
  const t = await page.evaluate(() => (window as unknown as { __firstChoice: number }).__firstChoice);
  await context.close();
  return t;
}

async function choiceLatency(page: Page, picks: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < picks; i++) {
    if (!(await page.locator('.choice-list .choice').count())) break;
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          (document.querySelector('.choice-list .choice') as HTMLButtonElement).click();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }),
    );
    out.push(ms);
    await page.waitForTimeout(400);
  }
  return out;
}

/** Written as a string: tsx would wrap named functions in a helper the page does not have. */
const FRAME_PROBE = `new Promise((resolve) => {
  const deltas = [];
  let last = performance.now();
  const end = last + 1500;
  document.querySelector('.choice-list .choice')?.click();
  function tick(now) {
    deltas.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(tick); else resolve(deltas.slice(1));
  }
  requestAnimationFrame(tick);
})`;

async function animationFrames(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(FRAME_PROBE);
}

async function idleCpuMsPerSecond(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(4000); // let every animation finish and the loop fall asleep
  const read = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const a = await read();
  await page.waitForTimeout(3000);
  const b = await read();
  return ((b - a) * 1000) / 3;
}

export async function browserBench(runs: number): Promise<Record<string, unknown>> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-bench', '--emptyOutDir'], {
    env: { ...process.env, BENCH: '1' }, stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('vite build for the benchmark failed');
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', 'dist-bench', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore', detached: true,
  });
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(BASE).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
    });
    const game: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push(await firstChoiceMs(browser, `${BASE}/bench/text-only.html`));
      game.push(await firstChoiceMs(browser, `${BASE}/#new`));
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(`${BASE}/#new`);
    await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const latency = await choiceLatency(page, 3);
    const frames = await animationFrames(page);
    const idle = await idleCpuMsPerSecond(page);
    await browser.close();
    return {
      firstText: {
        gameMs: round(median(game)), textOnlyMs: round(median(floor)), ratio: Math.round((median(game) / median(floor)) * 100) / 100,
        budgetRatio: 1.15, runs, conditions: '150 ms latency, 1.6 Mbit/s, CPU x4, cache off',
      },
      choiceToFrameMs: { median: round(median(latency)), samples: latency.map(round), budget: 16 },
      mapAnimationFrameMs: { p50: round(median(frames)), p95: round(pct(frames, 0.95)), frames: frames.length, note: 'software WebGL (SwiftShader) here' },
      idleCpuMsPerSecond: round(idle),
    };
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
