/**
 * The Settings dialog: text size, high contrast and motion, each a group of radio buttons
 * that takes effect at once (native <dialog>: focus is trapped and restored by the browser).
 */
import { h } from '../dom';
import { changeSettings, currentSettings } from './current';
import type { Motion, Settings, TextSize } from './settings';

type Option<T> = { value: T; label: string };

function radioGroup<T extends string>(
  name: string,
  legend: string,
  options: Option<T>[],
  chosen: T,
  onChange: (v: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'settings-group' },
    h('legend', {}, legend),
    ...options.map((o) => {
      const input = h('input', { type: 'radio', name, value: o.value, checked: o.value === chosen });
      input.addEventListener('change', () => {
        if (input.checked) onChange(o.value);
      });
      return h('label', { class: 'settings-option' }, input, ' ', o.label);
    }),
  );
}

export function settingsDialog(): Promise<void> {
  return new Promise((resolve) => {
    let s: Settings = { ...currentSettings() };
    const status = h('p', { class: 'settings-status', role: 'status' });
    const update = (next: Partial<Settings>): void => {
      s = { ...s, ...next };
      status.textContent = changeSettings(s)
        ? 'Saved in this browser.'
        : 'This browser blocks storage: the settings last until you close the page.';
    };
    const heading = h('h2', { id: 'settings-title' }, 'Settings');
    const done = h('button', { type: 'submit', class: 'primary', value: 'done' }, 'Done');
    const dialog = h(
      'dialog',
      { class: 'dialog settings', 'aria-labelledby': heading.id },
      heading,
      radioGroup<TextSize>(
        'text-size',
        'Text size',
        [
          { value: 'normal', label: 'Normal' },
          { value: 'large', label: 'Large' },
          { value: 'larger', label: 'Larger' },
        ],
        s.textSize,
        (textSize) => update({ textSize }),
      ),
      radioGroup<'on' | 'off'>(
        'contrast',
        'Contrast',
        [
          { value: 'off', label: 'Normal' },
          { value: 'on', label: 'High contrast' },
        ],
        s.highContrast ? 'on' : 'off',
        (v) => update({ highContrast: v === 'on' }),
      ),
      radioGroup<Motion>(
        'motion',
        'Motion',
        [
          { value: 'system', label: 'As this device is set' },
          { value: 'reduce', label: 'Reduce motion' },
          { value: 'full', label: 'Full animation' },
        ],
        s.motion,
        (motion) => update({ motion }),
      ),
      radioGroup<'on' | 'off'>(
        'map-letters',
        'Letters on the map',
        [
          { value: 'off', label: 'Colours, with the legend' },
          { value: 'on', label: "Each region's letter too" },
        ],
        s.mapLetters ? 'on' : 'off',
        (v) => update({ mapLetters: v === 'on' }),
      ),
      h('p', { class: 'settings-note' }, 'Motion applies to the map the next time it is drawn (a new game, Continue, or a reload).'),
      status,
      h('form', { method: 'dialog', class: 'dialog-actions' }, done),
    );
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    dialog.showModal();
  });
}
