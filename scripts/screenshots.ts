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
import { loadBundle, rng } from '../src/cli/headless';
import { encodePath } from '../src/engine/pathCode';

const { flags } = parseArgs(process.argv.slice(2));
const out = typeof flags.get('out') === 'string' ? String(flags.get('out')) : 'docs/screenshots';
const steps = numberFlag(flags, 'steps', 2);
const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : 'http://127.0.0.1:4173/';
const sizes: [string, number, number][] = [
  ['desktop', 1366, 800],
  ['phone', 390, 844],
  ['projector', 1920, 1080],
];
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

/**
 * --maps: the map at four dates of the historical path and at one alternative ending,
 * each opened as a share link (the game replays the choices and shows where they led).
 */
if (flags.has('maps')) {
  const bundle = loadBundle();
  const history: number[] = [];
  const years: number[] = [];
  const g = new Game(bundle);
  for (let scene = g.scene(); scene.choices.length;) {
    const c = scene.choices.find((x) => x.historical) ?? scene.choices[0]!;
    history.push(c.index);
    scene = g.choose(c.index);
    years.push(scene.year);
  }
  // The longest prefix of history whose scene is still in the year.
  const upTo = (year: number): number[] => history.slice(0, years.filter((y) => y <= year).length);
  // An alternative century: the first seeded walk that ends with Moscow falling in 1941.
  const alt = ((): number[] => {
    const r = rng(7);
    for (let walk = 0; walk < 5000; walk++) {
      const w = new Game(bundle);
      const picks: number[] = [];
      for (let scene = w.scene(); scene.choices.length;) {
        const i = Math.floor(r() * scene.choices.length);
        picks.push(i);
        scene = w.choose(i);
      }
      if (w.state().ending === 'barbarossa') return picks;
    }
    throw new Error('no walk reached the barbarossa ending');
  })();
  const shots: [string, number[]][] = [
    ['map-1917', upTo(1917)],
    ['map-1918', upTo(1918)],
    ['map-1945', upTo(1945)],
    ['map-1991', history],
    ['map-alternative', alt],
  ];
  for (const [name, picks] of shots) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(`${url}#p=${encodePath(bundle.version, picks)}`);
    await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor();
    await page.waitForTimeout(2500);
    await page.locator('.world-column').screenshot({ path: `${out}/${name}.png` });
    await page.close();
  }
  await browser.close();
  console.log(`map screenshots in ${out}/`);
  process.exit(0);
}

/** --compare: two paths beside history (one signs at Brest at once, one keeps the NEP in 1928). */
if (flags.has('compare')) {
  const bundle = loadBundle();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  /** History's choices, except `swap` (option id) wherever it is offered. */
  const variant = (swap: string): number[] => {
    const g = new Game(bundle);
    const picks: number[] = [];
    for (let scene = g.scene(); scene.choices.length;) {
      const c = scene.choices.find((x) => x.option === swap) ?? scene.choices.find((x) => x.historical) ?? scene.choices[0]!;
      picks.push(c.index);
      scene = g.choose(c.index);
    }
    return picks;
  };
  for (const picks of [variant('keep-nep'), variant('sign-now')]) {
    await page.goto(`${url}#p=${encodePath(bundle.version, picks)}`);
    await page.locator('.ending-title, .choice').first().waitFor();
    await page.waitForTimeout(500);
  }
  await page.goto(url);
  await page.getByRole('button', { name: 'Your paths' }).click();
  await page.getByTestId('pick-path').nth(1).waitFor();
  for (const [i, name] of ['Sign at Brest at once', 'Keep the NEP in 1928'].entries()) {
    await page.getByTestId('rename-path').nth(i).click();
    await page.getByRole('textbox', { name: 'New name' }).fill(name);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByTestId('path-list').getByText(name).first().waitFor();
  }
  for (const box of await page.getByTestId('pick-path').all()) await box.check();
  await page.getByTestId('compare-selected').click();
  await page.getByTestId('first-divergence').waitFor();
  await page.waitForTimeout(800);
  await page.setViewportSize({ width: 1366, height: 1200 });
  await page.screenshot({ path: `${out}/compare.png` });
  await page.locator('.compare-charts').screenshot({ path: `${out}/compare-charts.png` });
  await browser.close();
  console.log(`compare screenshots in ${out}/`);
  process.exit(0);
}

/** --classroom: facilitator mode on a 1080p projector, and the first printed page of a debrief. */
if (flags.has('classroom')) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${url}#class`);
  await page.getByLabel(/1917–1918: The Revolution/).check();
  await page.getByTestId('start-lesson').click();
  const votes = [
    [6, 14, 3],
    [4, 15, 6],
    [3, 17, 4],
    [18, 5],
    [16, 8],
  ];
  for (const [i, tally] of votes.entries()) {
    const inputs = page.locator('input.vote-count');
    for (const [j, v] of tally.entries()) await inputs.nth(j).fill(String(v));
    if (i === votes.length - 1) break;
    await page.getByTestId('play-winner').click();
    await page.getByTestId('next-fork').click(); // past the result slide
  }
  await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor();
  await page.locator('details.role-card').first().locator('summary').click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/facilitator.png` });
  await page.getByRole('button', { name: 'End lesson and debrief' }).click();
  await page.getByRole('button', { name: 'End and debrief' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/debrief-print.png` });
  await browser.close();
  console.log(`classroom screenshots in ${out}/`);
  process.exit(0);
}

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
  // A phone shows the story first with the map folded; wider screens draw the map beside it.
  if (name === 'phone') await page.locator('.choice').first().waitFor();
  else await page.locator('[data-testid="world-canvas"][data-ready="true"]').waitFor();
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
