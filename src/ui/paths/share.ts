/** Share a path: a link with its checksummed code, or a JSON file to download. */
import { encodablePath } from '../../engine/pathCode';
import type { Problem, Result } from '../../engine/result';
import { makePathFile, serializePathFile } from '../../engine/pathFile';
import type { EndingId, PathStep } from '../../engine/types';
import { h } from '../dom';
import { openDialog } from '../Dialogs';

export interface Shareable {
  name: string;
  storyVersion: string;
  steps: PathStep[];
  ending: EndingId | null;
  year: number;
}

/** The share link of a path, or why this path cannot be shared as one (then a file still can). */
export function shareLink(p: Shareable, base: string = `${location.origin}${location.pathname}`): Result<string, Problem> {
  const code = encodablePath(
    p.storyVersion,
    p.steps.map((s) => s.index),
  );
  return code.ok ? { ok: true, value: `${base}#p=${code.value}` } : code;
}

export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileName(name: string): string {
  return `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'path'
  }.october-path.json`;
}

export function exportPath(p: Shareable): void {
  const file = makePathFile({ path: { storyVersion: p.storyVersion, steps: p.steps }, ending: p.ending, year: p.year }, p.name);
  downloadText(serializePathFile(file), fileName(p.name));
}

export async function shareDialog(p: Shareable): Promise<void> {
  const made = shareLink(p);
  if (!made.ok) {
    const file = h('button', { type: 'button', class: 'small-button' }, 'Download as a file');
    file.addEventListener('click', () => exportPath(p));
    await openDialog(
      'Share this path',
      [
        h('p', { class: 'notice problem', role: 'alert', 'data-testid': 'share-problem' }, made.problem.message),
        h('p', { class: 'share-actions' }, file),
      ],
      [{ label: 'Close', value: 'close', primary: true }],
      'share',
    );
    return;
  }
  const link = made.value;
  const field = h('input', {
    type: 'text',
    readonly: true,
    value: link,
    id: 'share-link',
    class: 'share-link',
    'data-testid': 'share-link',
  });
  field.addEventListener('focus', () => field.select());
  const copied = h('p', { role: 'status', class: 'hint' });
  const copy = h('button', { type: 'button', class: 'small-button' }, 'Copy the link');
  copy.addEventListener('click', () => {
    field.select();
    const done = (ok: boolean): void => {
      copied.textContent = ok ? 'Link copied.' : 'Select the link and copy it (Ctrl+C).';
    };
    if (navigator.clipboard)
      navigator.clipboard.writeText(link).then(
        () => done(true),
        () => done(false),
      );
    else done(false);
  });
  const file = h('button', { type: 'button', class: 'small-button' }, 'Download as a file');
  file.addEventListener('click', () => exportPath(p));
  await openDialog(
    'Share this path',
    [
      h(
        'p',
        {},
        'Anyone who opens this link replays your choices and sees where they led. It holds the choices and the story version only; nothing about you.',
      ),
      h('label', { for: 'share-link' }, 'Link'),
      field,
      h('p', { class: 'share-actions' }, copy, ' ', file),
      copied,
    ],
    [{ label: 'Close', value: 'close', primary: true }],
    'share',
  );
}
