/**
 * npx tsx scripts/a11y-audit.ts [--url http://127.0.0.1:4173/] — with `npx vite preview`
 * running: visits every screen in Chromium (1366x800) and prints, per screen, axe-core's
 * violations (every impact), the keyboard path (the tab stops in order, by accessible name)
 * and the live regions that announce new text. docs/accessibility.md records its output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { parseArgs } from '../src/cli/args';

const { flags } = parseArgs(process.argv.slice(2));
const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : 'http://127.0.0.1:4173/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Audit {
  screen: string;
  violations: string[];
  tabStops: number;
  firstStops: string[];
  liveRegions: string[];
}

const AUDIT = `(async () => {
  const result = await window.axe.run(document);
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const name = (el) => (el.getAttribute('aria-label') || el.innerText || el.value || el.getAttribute('title') || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40);
  const scope = document.querySelector('dialog[open]') || document;
  const focusable = [...scope.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => !el.disabled && el.tabIndex >= 0 && visible(el) && !el.closest('[inert], [hidden]'));
  const live = [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')]
    .map((el) => (el.getAttribute('role') || 'live=' + el.getAttribute('aria-live')) + ': ' + (el.getAttribute('data-testid') || el.className || el.tagName));
  return {
    violations: result.violations.map((v) => v.impact + ' ' + v.id + ' (' + v.nodes.length + ')'),
    tabStops: focusable.length, firstStops: focusable.slice(0, 8).map(name), liveRegions: [...new Set(live)],
  };
})()`;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, bypassCSP: true });
const audits: Audit[] = [];

async function audit(screen: string, go: (p: Page) => Promise<void>): Promise<void> {
  try {
    await go(page);
    await page.addScriptTag({ content: axeSource });
    audits.push({ screen, ...(await page.evaluate<Omit<Audit, 'screen'>>(AUDIT)) });
  } catch (e) {
    audits.push({
      screen,
      violations: [`could not be audited: ${String(e).split('\n')[0]}`],
      tabStops: 0,
      firstStops: [],
      liveRegions: [],
    });
  }
}
const button = (p: Page, name: string | RegExp) => p.getByRole('button', { name, exact: typeof name === 'string' });
const close = async (p: Page): Promise<void> => {
  await p.keyboard.press('Escape');
  await p.locator('dialog[open]').waitFor({ state: 'detached' });
};

await audit('Title screen', async (p) => {
  await p.goto(url);
  await button(p, 'New game').waitFor();
  await p.locator('.title-button:not([disabled])').first().waitFor();
});
await audit('Settings dialog', async (p) => {
  await button(p, 'Settings').click();
  await p.getByRole('dialog').waitFor();
});
await audit('About dialog', async (p) => {
  await close(p);
  await button(p, 'About').click();
  await p.getByRole('dialog').waitFor();
});
await audit('Game: first fork, map loaded', async (p) => {
  await close(p);
  await button(p, 'New game').click();
  await p.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor({ timeout: 60_000 });
});
await audit('Game: after a choice', async (p) => {
  await p.keyboard.press('1');
  await p.locator('.you-chose').waitFor();
});
await audit('Why? dialog', async (p) => {
  await button(p, 'Why?').click();
  await p.getByRole('dialog').waitFor();
});
await audit('Menu dialog', async (p) => {
  await close(p);
  await button(p, 'Menu').click();
  await p.getByRole('dialog').waitFor();
});
await audit('Share dialog', async (p) => {
  await button(p, 'Share this path').click();
  await p.getByTestId('share-link').waitFor();
});
await audit('Your paths', async (p) => {
  await close(p);
  await button(p, 'Menu').click();
  await button(p, 'Your paths').click();
  await p.getByRole('heading', { name: 'Your paths' }).waitFor();
});
await audit('Compare with history', async (p) => {
  await p.getByTestId('pick-path').first().check();
  await p.getByTestId('compare-selected').click();
  await p.getByTestId('compare').waitFor();
});
await audit('Flowchart', async (p) => {
  await p.goto(url);
  await p.locator('.title-button:not([disabled])').first().waitFor();
  await button(p, 'Your paths').click();
  await button(p, 'Flowchart of the forks').click();
  await p.getByTestId('flowchart').waitFor();
});
await audit('Run a class: setup', async (p) => {
  await p.goto(url);
  await p.locator('.title-button:not([disabled])').first().waitFor();
  await button(p, 'Run a class').click();
  await p.getByRole('heading', { name: 'Run a class' }).waitFor();
});
await audit('Facilitator: a fork and the vote', async (p) => {
  await p.getByLabel(/1917–1918: The Revolution/).check();
  await p.getByTestId('start-lesson').click();
  await p.getByRole('heading', { name: 'The vote' }).waitFor();
});
await browser.close();

for (const a of audits) {
  console.log(`### ${a.screen}\n- axe: ${a.violations.length ? a.violations.join(', ') : 'no violations'}`);
  console.log(`- keyboard: ${a.tabStops} tab stops; first: ${a.firstStops.map((s) => `“${s}”`).join(' → ')}`);
  console.log(`- announced: ${a.liveRegions.join('; ') || 'none'}\n`);
}
