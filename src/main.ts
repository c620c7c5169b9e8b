import '@fontsource/oswald/500.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-serif/400-italic.css';
import './ui/styles.css';
import './ui/opening/opening.css';
import './ui/settings/settings.css';
import { App } from './ui/App';
import { browserStorage } from './storage';
import { loadStory } from './ui/opening/loadStory';
import { showEarlyContinue, showLoadProblem } from './ui/opening/earlyTitle';
import { warmUp, whenIdle } from './ui/opening/warmGame';
import { startSettings } from './ui/settings/current';

startSettings();

// The title (or, for #new, the first fork) is already on screen from index.html; the
// story arrives in parallel and the app takes over the same screen when it is in.
const root = document.getElementById('app');
const storage = browserStorage();
if (root) {
  showEarlyContinue(root, storage.autosave);
  loadStory().then(
    (bundle) => {
      new App(root, bundle, storage).start();
      if (!location.hash) whenIdle(() => warmUp(bundle));
    },
    (e: unknown) => showLoadProblem(root, e),
  );
}
// The service worker is registered once the page has loaded: precaching never competes with
// the first render, and its code (workbox-window) is not part of the first download.
window.addEventListener('load', () => void import('./ui/opening/updates').then((m) => m.watchForUpdates()));
