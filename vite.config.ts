import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { inkStory } from './scripts/vite-plugin-ink';

/**
 * The Content-Security-Policy goes into the built page only: the dev server injects
 * inline styles for hot reload. Phaser makes its default textures from data: URIs and
 * needs blob: for workers-free texture uploads.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'october-paths:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  // STORY_MAIN=path/to/main.ink builds the game around another story (e.g. a test fixture).
  plugins: [inkStory(process.env.STORY_MAIN ? resolve(process.env.STORY_MAIN) : undefined), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // live.html and teach.html are the live classroom's pages (served by `npm run classroom`).
    // BENCH=1 adds the text-only baseline page that `npm run bench` measures against.
    rollupOptions: {
      input: { main: 'index.html', live: 'live.html', teach: 'teach.html', ...(process.env.BENCH ? { textOnly: 'bench/text-only.html' } : {}) },
    },
    chunkSizeWarningLimit: 1600, // Phaser is one big lazily loaded chunk by design
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
