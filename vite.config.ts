import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { inkStory } from './scripts/vite-plugin-ink.ts';
import { openingPlugin } from './scripts/vite-plugin-opening.ts';
import { offline } from './scripts/pwa.ts';
import { bodyFontDisplayOptional } from './scripts/font-display.ts';

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
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// STORY_MAIN=path/to/main.ink builds the game around another story (e.g. a test fixture).
const story = inkStory(process.env.STORY_MAIN ? resolve(process.env.STORY_MAIN) : undefined);

export default defineConfig({
  // Relative URLs: the built folder works from any path on any static host (BASE_PATH=/x/ to pin one).
  base: process.env.BASE_PATH ?? './',
  plugins: [story, openingPlugin(story.storyBundle), contentSecurityPolicy(), offline()],
  css: { postcss: { plugins: [bodyFontDisplayOptional()] } },
  build: {
    target: 'es2022',
    // live.html and teach.html are the live classroom's pages (served by `npm run classroom`).
    // BENCH=1 adds the two baseline pages `npm run bench` measures against (text-only, the usual way).
    rollupOptions: {
      input: {
        main: 'index.html',
        live: 'live.html',
        teach: 'teach.html',
        ...(process.env.BENCH ? { textOnly: 'bench/text-only.html', usual: 'bench/usual.html' } : {}),
      },
    },
    chunkSizeWarningLimit: 1600, // Phaser is one big lazily loaded chunk by design
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The test files share each worker's modules (inkjs, the compiled story, the engine): no
    // file mocks a module or changes a global, and the suite runs in about 150 s instead of 215 s.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one. The story
    // walks run in their own two processes (story.test.ts); the other files then waited for one
    // worker on one core.
    maxWorkers: availableParallelism(),
    hookTimeout: 120_000,
  },
});
