import '@fontsource/oswald/500.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-serif/400-italic.css';
import './ui/styles.css';
import bundle from 'virtual:story';
import { App } from './ui/App';
import { browserStorage } from './storage';

const root = document.getElementById('app');
if (root) new App(root, bundle, browserStorage()).start();
