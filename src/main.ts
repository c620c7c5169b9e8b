import '@fontsource/oswald/500.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-serif/400-italic.css';
import './ui/styles.css';
import './ui/opening/opening.css';
import './ui/settings/settings.css';
import { loadStory } from './ui/opening/loadStory';
import { showLoadProblem } from './ui/opening/earlyTitle';
import { acceptEarlyPresses } from './ui/opening/earlyPress';
import { startSettings } from './ui/settings/current';

startSettings();

// The title (or, for #new, the first fork) is already on screen from index.html, and its
// buttons work from here on (a press waits for the engine). This first script is small: the
// story (preloaded by index.html) downloads from the start; the engine and the app (ui/boot.ts)
// are fetched just after the first paint, so nothing but this script races the first render;
// the app takes over the same screen when both are in.
const root = document.getElementById('app');
if (root) {
  const early = acceptEarlyPresses(root);
  const story = loadStory();
  afterFirstPaint(() => {
    import('./ui/boot').then(
      (m) => m.boot(root, story, early),
      (e: unknown) => showLoadProblem(root, e),
    );
  });
}

/**
 * Runs `then` as the first frame is drawn (its content is settled by then: HTML and styles), so
 * its downloads never delay the first paint, yet start without waiting behind the tasks that
 * follow it (at once in a hidden tab: no frame comes).
 */
function afterFirstPaint(then: () => void): void {
  if (document.visibilityState === 'hidden') then();
  else requestAnimationFrame(then);
}
// The service worker is registered once the page has loaded: precaching never competes with
// the first render, and its code (workbox-window) is not part of the first download.
window.addEventListener('load', () => void import('./ui/opening/updates').then((m) => m.watchForUpdates()));
