/**
 * First text and first choice under a slow phone's conditions, for the game and both
 * baselines built from the same story, each in a fresh browser context with the cache off:
 * - firstText: the first contentful paint (text on screen);
 * - firstChoice: a story choice that can be pressed (a `.choice` button, not disabled): in the
 *   game, the pre-rendered first fork's choice, whose press is kept until the engine is in;
 * - engineChoice: a choice the engine has drawn, so a press is answered at once (the game's
 *   live screen; on the baselines, the same moment as firstChoice);
 * - layoutShift: how far the page moved until just after the engine's choices came
 *   (the sum of layout-shift scores; 0 means text painted early never moved).
 */
import type { Browser } from '@playwright/test';

export const CONDITIONS = '150 ms latency, 1.6 Mbit/s down, CPU 4x slower, cache off';

/** Written as a string: tsx would wrap named functions in a helper the page does not have. */
const PROBE = `
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const live = (selector) => [...document.querySelectorAll(selector)].some((b) => !b.disabled);
  new MutationObserver((_, obs) => {
    if (window.__firstChoice === undefined && live('.choice')) window.__firstChoice = performance.now();
    if (live('.choice:not(#new .choice)')) { window.__engineChoice = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
`;

export interface LoadTiming {
  firstTextMs: number;
  firstChoiceMs: number;
  engineChoiceMs: number;
  layoutShift: number;
}

export async function loadTiming(browser: Browser, url: string): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(PROBE);
  await page.goto(url, { timeout: 90_000 }); // a busy shared machine can take more than the default 30 s
  // A function, not a string: a string predicate is evaluated with eval, which the game's CSP
  // forbids once it has to poll (the page's load event now comes before the engine is in).
  await page.waitForFunction(() => (window as unknown as { __engineChoice?: number }).__engineChoice !== undefined, undefined, {
    timeout: 90_000,
  });
  // A shift caused by the engine taking over shows up within a frame or two of the choices going live.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const t = await page.evaluate<LoadTiming>(`({
    firstChoiceMs: window.__firstChoice,
    engineChoiceMs: window.__engineChoice,
    firstTextMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    layoutShift: window.__shift,
  })`);
  await context.close();
  return t;
}
