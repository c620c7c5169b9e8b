/**
 * The reading mode, kept with the player's settings in localStorage: the full text, or the
 * short text a class can read in the time (each passage can still be opened in full).
 */
import type { ReadingMode } from '../engine/types';
import { h } from './dom';

export const READING_KEY = 'october-paths:reading';

/** The browser's storage, or null where it is blocked. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readReadingMode(storage: Storage | null = browserStorage()): ReadingMode {
  try {
    return storage?.getItem(READING_KEY) === 'short' ? 'short' : 'full';
  } catch {
    return 'full';
  }
}

export function saveReadingMode(mode: ReadingMode, storage: Storage | null = browserStorage()): void {
  try {
    storage?.setItem(READING_KEY, mode);
  } catch {
    // Storage blocked: the choice holds for this visit only.
  }
}

let visitMode: ReadingMode | null = null;

/** The mode for this visit: what was chosen now, else what was kept. */
export function currentReadingMode(): ReadingMode {
  return visitMode ?? readReadingMode();
}

const OPTIONS: [ReadingMode, string, string][] = [
  ['full', 'Full text', 'every fork as written'],
  ['short', 'Short text', 'about 250 words a fork; any passage opens in full'],
];

/** Radio buttons for the two readings (the title screen, the class setup). */
export function readingFieldset(current: ReadingMode, onChange: (mode: ReadingMode) => void, name = 'reading-mode'): HTMLElement {
  return h(
    'fieldset',
    { class: 'reading-choice setup-field' },
    h('legend', {}, 'Reading'),
    ...OPTIONS.map(([value, label, hint]) => {
      const input = h('input', { type: 'radio', name, value, checked: current === value });
      input.addEventListener('change', () => onChange(value));
      return h('label', { class: 'radio' }, input, ` ${label} `, h('span', { class: 'hint' }, `(${hint})`));
    }),
  );
}

/** The title screen's choice between the two readings, kept in storage. */
export function readingChoice(storage: Storage | null = browserStorage()): HTMLElement {
  return readingFieldset(visitMode ?? readReadingMode(storage), (mode) => {
    visitMode = mode;
    saveReadingMode(mode, storage);
  });
}
