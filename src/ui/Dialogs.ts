/** Modal dialogs on the native <dialog> element (focus is trapped and restored by the browser). */
import { METERS, METER_LABELS, type Effect, type MeterId } from '../engine/types';
import { h } from './dom';
import { formatDelta, formatPeople } from '../shared/numbers';

export interface DialogButton {
  label: string;
  value: string;
  primary?: boolean;
}

/**
 * A modal dialog; it opens scrolled to its top. `focus` picks the element that takes focus
 * (a heading gets tabindex -1); without it the browser focuses the first button.
 */
export function openDialog(
  title: string,
  body: Node[],
  buttons: DialogButton[],
  className = '',
  focus?: (dialog: HTMLDialogElement) => HTMLElement | null,
): Promise<string> {
  return new Promise((resolve) => {
    const form = h('form', { method: 'dialog', class: 'dialog-actions' });
    for (const b of buttons) {
      form.append(h('button', { value: b.value, class: b.primary ? 'primary' : '', type: 'submit' }, b.label));
    }
    const heading = h('h2', { id: `dlg-${Date.now()}` }, title);
    const dialog = h('dialog', { class: `dialog ${className}`, 'aria-labelledby': heading.id }, heading, ...body, form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue || 'cancel');
    });
    dialog.showModal();
    const target = focus?.(dialog);
    if (target) {
      if (!target.matches('button, a, input, select, textarea, [tabindex]')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
    dialog.scrollTop = 0;
  });
}

export function confirmDialog(title: string, text: string, yes: string, no = 'Cancel'): Promise<boolean> {
  return openDialog(
    title,
    [h('p', {}, text)],
    [
      { label: no, value: 'no' },
      { label: yes, value: 'yes', primary: true },
    ],
  ).then((v) => v === 'yes');
}

export function aboutDialog(): Promise<string> {
  const p = (...c: (string | Node)[]): HTMLElement => h('p', {}, ...c);
  return openDialog(
    'About October Paths',
    [
      p(
        'A strategy game about the Soviet century, 1917–1991. You sit on the revolutionary leadership at each historical fork; the meters and the map show what your choice leads to.',
      ),
      h('h3', {}, 'Sources'),
      p(
        'The game is built from Carl Davidson’s essay “Looking Back on October, 1917”. It is one author’s interpretation: the game takes its facts, figures and arguments, and where the essay and the historical record differ, it follows the record. All prose in the game is the project’s own. Branches that did not happen are labelled as speculation.',
      ),
      h('h3', {}, 'Licences'),
      h(
        'ul',
        {},
        h('li', {}, 'Game code and story: MIT licence.'),
        h(
          'li',
          {},
          'Map geography: Natural Earth (public domain), via the world-atlas package (ISC); historical regions derived by the project.',
        ),
        h('li', {}, 'Story engine: inkjs (MIT), the ink language by inkle (MIT). Map and meters: Phaser (MIT).'),
        h('li', {}, 'Fonts: Oswald and PT Serif (SIL Open Font Licence), self-hosted via Fontsource.'),
      ),
    ],
    [{ label: 'Close', value: 'close', primary: true }],
    'about',
  );
}

/**
 * "Why?": every recorded change behind each meter, newest first, with year and reason.
 * Opened from a gauge (`meter`), that meter's section comes first and its heading has focus;
 * otherwise the dialog opens at its top with focus on its title.
 */
export function whyDialog(
  why: (m: MeterId | 'lives') => Effect[],
  values: Record<MeterId, number>,
  livesLost: number,
  meter?: MeterId | 'lives',
): Promise<string> {
  const order = meter ? [meter, ...[...METERS, 'lives' as const].filter((m) => m !== meter)] : [...METERS, 'lives' as const];
  const sections = order.map((m) => {
    const effects = why(m);
    const name = m === 'lives' ? 'Lives lost' : METER_LABELS[m].name;
    const now = m === 'lives' ? formatPeople(livesLost) : String(values[m]);
    const list = effects.length
      ? h(
          'ol',
          {},
          ...effects
            .slice()
            .reverse()
            .map((e) =>
              h(
                'li',
                {},
                h('span', { class: 'why-year' }, `${e.year}`),
                ' ',
                h('strong', {}, m === 'lives' ? formatPeople(e.delta) : formatDelta(e.delta)),
                ' — ',
                e.reason,
              ),
            ),
        )
      : h('p', {}, 'Nothing has moved it yet.');
    return h('section', { class: 'why-meter', 'aria-label': name, 'data-meter': m }, h('h3', {}, `${name}: ${now}`), list);
  });
  return openDialog('Why are the meters where they are?', sections, [{ label: 'Close', value: 'close', primary: true }], 'why', (d) =>
    d.querySelector<HTMLElement>(meter ? `.why-meter[data-meter="${meter}"] h3` : 'h2'),
  );
}
