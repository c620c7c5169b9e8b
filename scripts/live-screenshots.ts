/**
 * npx tsx scripts/live-screenshots.ts — build first (npx vite build). Runs a classroom server on a
 * free loopback port, a teacher's projector page (1920×1080) and four phones (390×844), votes on
 * the first fork and writes docs/screenshots/live-projector.png and live-phone.png (or to --out DIR).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startClassroom } from '../server/app';
import { loadRoleBook, loadStory } from '../server/story';

const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1]! : 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await startClassroom({
  port: 0,
  host: '127.0.0.1',
  dist: 'dist',
  bundle: loadStory(),
  book: loadRoleBook(),
  db: join(mkdtempSync(join(tmpdir(), 'op-shots-')), 'classroom.sqlite'),
  joinUrl: 'http://192.168.1.20:4300/live.html',
});
const base = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const teacher = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await teacher.goto(`${base}/teach.html`);
  await teacher.getByRole('button', { name: 'Start the live class' }).click();
  const code = (await teacher.getByTestId('join-code').textContent())!;
  const phones: Page[] = [];
  for (const [n, name] of ['Anya', 'Boris', 'Chen', 'Dilnoza', 'Emil', 'Farida'].entries()) {
    const p = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })).newPage();
    await p.goto(`${base}/live.html?code=${code}`);
    await p.getByLabel('Your display name').fill(name);
    await p.getByRole('radio', { name: `Group ${'ABCD'[n % 4]}` }).check();
    await p.getByRole('button', { name: 'Join' }).click();
    await p.locator('.live-phase').waitFor();
    phones.push(p);
  }
  await teacher.getByRole('button', { name: 'Open the vote' }).click();
  for (const [n, p] of phones.slice(0, 4).entries()) {
    await p
      .getByRole('radio')
      .nth(n === 2 ? 1 : 0)
      .check();
    await p.getByRole('button', { name: 'Cast my vote' }).click();
    await p.locator('.live-mine', { hasText: 'Your vote is in' }).waitFor();
  }
  await teacher.locator('.live-people .voted').nth(3).waitFor();
  await teacher.locator('.live-qr').waitFor();
  await teacher.screenshot({ path: join(out, 'live-projector.png') });
  await phones[0]!.screenshot({ path: join(out, 'live-phone.png') });
  console.log(`wrote ${out}/live-projector.png and live-phone.png`);
} finally {
  await browser.close();
  await server.close();
}
