import '@fontsource/oswald/500.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-serif/400-italic.css';
import './ui/styles.css';
import bundle from 'virtual:story';
import { App } from './ui/App';
import { SaveStore } from './ui/SaveStore';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

const root = document.getElementById('app');
const store = storage();
if (root) new App(root, bundle, new SaveStore(store), store).start();
