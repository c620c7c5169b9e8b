/**
 * Names and terms in the story open their "Who's who and terms" entry in place: each is a
 * real button (keyboard, screen reader) that shows or hides the entry right after it.
 * Only text nodes: story text never becomes HTML. The glossary data loads on its own,
 * after the first text is on screen.
 */
import { parseGlossary, type Glossary, type GlossaryEntry } from '../engine/glossary';
import { h } from './dom';
import { openDialog } from './Dialogs';

let loaded: Glossary | null = null;
let loading: Promise<Glossary | null> | null = null;

/** The glossary if it has loaded (null until then, or if its data is broken). */
export function glossaryNow(): Glossary | null {
  return loaded;
}

export function loadGlossary(): Promise<Glossary | null> {
  loading ??= import('../../story/glossary.json').then((m) => (loaded = parseGlossary(m.default))).catch(() => null); // the story reads without links; the story tests report broken data
  return loading;
}

let nextId = 0;

/** "Vladimir Lenin (1870–1924): …" as nodes. */
function entryBody(entry: GlossaryEntry): (Node | string)[] {
  return [h('strong', {}, entry.name), entry.note ? ` (${entry.note})` : '', `: ${entry.text}`];
}

/** A name or term as a disclosure button with its entry, hidden until asked for. */
function termButton(form: string, entry: GlossaryEntry): Node[] {
  const id = `term-${++nextId}`;
  const panel = h('span', { class: 'term-entry', id, role: 'note' }, ...entryBody(entry));
  panel.hidden = true;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'term',
      'aria-expanded': 'false',
      'aria-controls': id,
      'data-entry': entry.id,
      title: entry.kind === 'person' ? 'Who was this?' : entry.kind === 'place' ? 'Where is this?' : 'What does this mean?',
    },
    form,
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return [button, panel];
}

/** Story text with its names and terms linked (first mention in the scene only). */
export function linkedText(text: string, seen: Set<string>): Node[] {
  const glossary = loaded;
  if (!glossary) return [document.createTextNode(text)];
  const segments = glossary.segments(text, seen);
  const out: Node[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (!s.entry) {
      out.push(document.createTextNode(s.text));
      continue;
    }
    // A button is one box: keep the punctuation after it on its line ("Day," not "Day / ,").
    const next = segments[i + 1];
    const stuck = next && !next.entry ? (/^[,.;:!?)’'"]+/.exec(next.text)?.[0] ?? '') : '';
    const [button, panel] = termButton(s.text, s.entry);
    out.push(h('span', { class: 'term-wrap' }, button, stuck), panel!);
    if (stuck && next) next.text = next.text.slice(stuck.length);
  }
  return out;
}

const KIND_TITLES = { person: 'People', term: 'Terms', place: 'Places' } as const;

/** The whole glossary, for the menu. */
export async function glossaryDialog(): Promise<void> {
  const glossary = await loadGlossary();
  const body: Node[] = glossary
    ? (['person', 'term', 'place'] as const).map((kind) => {
        const entries = glossary.entries
          .filter((e) => e.kind === kind)
          .slice()
          .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
        return h(
          'section',
          { class: 'glossary-section' },
          h('h3', {}, KIND_TITLES[kind]),
          h('dl', {}, ...entries.flatMap((e) => [h('dt', {}, e.name, e.note ? ` (${e.note})` : ''), h('dd', {}, e.text)])),
        );
      })
    : [h('p', {}, 'The glossary could not be loaded.')];
  const closed = openDialog("Who's who and terms", body, [{ label: 'Close', value: 'close', primary: true }], 'glossary-dialog');
  // Open at the top (the browser focuses the Close button at the foot of the long list).
  const dialog = document.querySelector<HTMLDialogElement>('dialog.glossary-dialog');
  const heading = dialog?.querySelector<HTMLElement>('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
  dialog?.scrollTo(0, 0);
  await closed;
}

/** People by surname (the one-word form the text uses: Lenin, Mao), terms and places by name. */
function sortKey(e: GlossaryEntry): string {
  if (e.kind !== 'person') return e.name.toLowerCase();
  return (e.forms.find((f) => !f.includes(' ')) ?? e.name.split(' ').at(-1) ?? e.name).toLowerCase();
}
