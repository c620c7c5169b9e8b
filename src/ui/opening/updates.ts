/**
 * The service worker (scripts/pwa.ts): registered once the page has loaded (main.ts), so precaching the
 * game never competes with its first render. When a new version is ready it says so and
 * waits (a banner with Reload now / Later): reloading is the player's choice, and saves, Your paths and class sessions live in
 * this browser's storage, which an update never touches.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from '../dom';

function banner(text: string, actions: HTMLElement[], testid: string): HTMLElement {
  document.querySelector(`[data-testid="${testid}"]`)?.remove();
  const el = h('div', { class: 'app-banner', role: 'status', 'data-testid': testid }, h('p', {}, text), ...actions);
  document.body.append(el);
  return el;
}

export function watchForUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true, // called after the page's load event (src/main.ts)
    onNeedRefresh() {
      const reload = h('button', { type: 'button', class: 'link-button' }, 'Reload now');
      const later = h('button', { type: 'button', class: 'link-button' }, 'Later');
      const el = banner(
        'A new version of October Paths is ready. Your game, your paths and any class session are saved and carry on after the reload.',
        [reload, later],
        'update-ready',
      );
      reload.addEventListener('click', () => void update(true));
      later.addEventListener('click', () => el.remove());
    },
    onOfflineReady() {
      // Announced, not shown: a banner here would sit over the story or the choices.
      document.querySelector('[data-testid="offline-ready"]')?.remove();
      document.body.append(
        h(
          'p',
          { class: 'visually-hidden', role: 'status', 'data-testid': 'offline-ready' },
          'October Paths is ready to play offline in this browser.',
        ),
      );
    },
  });
}
