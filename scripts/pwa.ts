/**
 * Offline and installable (vite-plugin-pwa, Workbox): a web app manifest and a service worker
 * that precaches the whole game (the scripts, the Phaser chunk, styles, fonts, the story and
 * icons), so after one visit play, saves, Your paths and classroom mode work with the network
 * off. A new version waits until the player agrees to reload (src/ui/opening/updates.ts):
 * saves live in localStorage and IndexedDB, which a service worker update never touches.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offline(): ReturnType<typeof VitePWA> {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false, // registered from src/ui/opening/updates.ts (no inline script: strict CSP)
    includeManifestIcons: false, // the glob below already takes every icon
    manifest: {
      name: 'October Paths',
      short_name: 'October Paths',
      description: 'A strategy game about the Soviet century, 1917–1991.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f3ecdd',
      theme_color: '#1b1a17',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Latin fonts only: other scripts' subsets are never needed by the story's text.
      globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}', '**/*-latin-*.woff2'],
      globIgnores: ['bench/**', '**/text-only*', '**/usual*'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024, // the Phaser chunk is about 1.4 MB
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
