/**
 * Static hosting under a sub-path: the built dist/ served as plain files under /october-paths/
 * (as a school's web space or GitHub Pages would) plays, loads the map and resumes.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

const PREFIX = '/october-paths/';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 40;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    readFile(join('dist', rel)).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the build plays from /october-paths/ on a plain static server', async ({ page }) => {
  const errors = collectErrors(page);
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(r.url());
  });
  await page.goto(`http://127.0.0.1:${PORT}${PREFIX}`);
  await page.getByRole('button', { name: 'New game' }).click();
  const first = await page.locator('.scene').innerText();
  await page.locator('.choice-list .choice').first().click();
  await expect.poll(() => page.locator('.scene').innerText()).not.toBe(first);
  await expect(page.locator('[data-testid="world-canvas"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
  expect(missing).toEqual([]);
  expect(errors).toEqual([]);
});
