/**
 * npm run screenshots — builds nothing; serve dist/ first (npx vite preview --port 4173).
 * Plays the first choices of the historical path in Chromium at several screen sizes and
 * writes PNGs to docs/screenshots/ (used by the README) or to --out DIR.
 */
import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parseArgs, numberFlag } from '../src/cli/args';
import { Game } from '../src/engine/Game';
import { loadBundle } from '../src/cli/headless';

const { flags } = parseArgs(process.argv.slice(2));
const out = typeof flags.get('out') === 'string' ? String(flags.get('out')) : 'docs/screenshots';
const steps = numberFlag(flags, 'steps', 2);
const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : 'http://127.0.0.1:4173/';
const sizes: [string, number, number][] = [['desktop', 1366, 800], ['phone', 390, 844], ['projector', 1920, 1080]];
mkdirSync(out, { recursive: true });

// History's choices, computed by the engine.
const game = new Game(loadBundle());
const picks: number[] = [];
for (let i = 0; i < steps && game.scene().choices.length; i++) {
  const h = game.scene().choices.find((c) => c.historical) ?? game.scene().choices[0];
  if (!h) break;
  picks.push(h.index);
  game.choose(h.index);
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'] });
for (const [name, width, height] of sizes) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: flags.has('dark') ? 'dark' : 'light' });
  page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] ${m.text()}`));
  await page.goto(url);
  if (name === 'desktop') await page.screenshot({ path: `${out}/title.png` });
  await page.getByRole('button', { name: 'New game' }).click();
  for (const i of picks) {
    await page.keyboard.press(String(i + 1));
    await page.waitForTimeout(150);
  }
  await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor();
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
