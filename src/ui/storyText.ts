/**
 * A scene's blocks as DOM, in the full or the short reading (shared by the game and the
 * classroom). In the short reading a passage that has a full version gets a "Read the full
 * text" button that swaps it in, in place; a history card shows its summary the same way.
 */
import { cardText, shownIn } from '../engine/reading';
import type { Block, HistoryCard, ReadingMode } from '../engine/types';
import { h } from './dom';
import { linkedText } from './Glossary';
import './reading.css';

type TextBlock = Extract<Block, { kind: 'text' }>;

export interface RenderOptions {
  mode: ReadingMode;
  /** Glossary entries already linked in this scene (each is linked once). */
  seen?: Set<string>;
}

function paragraph(block: TextBlock, seen: Set<string>): HTMLElement {
  return block.speculative
    ? h('p', { class: 'speculative' }, h('span', { class: 'badge' }, 'Speculation'), ' ', ...linkedText(block.text, seen))
    : h('p', {}, ...linkedText(block.text, seen));
}

/**
 * Short paragraphs under a button that puts the full ones in their place (and back). The
 * button comes first, so what it opens follows it, for the eye and for a screen reader.
 */
function expandable(short: Node[], full: Node[], what: string): HTMLElement {
  const shortBox = h('div', { class: 'reading-short' }, ...short);
  const fullBox = h('div', { class: 'reading-full' }, ...full);
  fullBox.hidden = true;
  const button = h('button', { type: 'button', class: 'read-full', 'aria-expanded': 'false' }, `Read the full ${what}`);
  button.addEventListener('click', () => {
    const open = fullBox.hidden;
    fullBox.hidden = !open;
    shortBox.hidden = open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? `Back to the short ${what}` : `Read the full ${what}`;
  });
  return h('div', { class: 'reading-passage' }, button, shortBox, fullBox);
}

function passage(blocks: TextBlock[], mode: ReadingMode, seen: Set<string>): Node[] {
  const hasShort = blocks.some((b) => b.reading === 'short');
  if (mode === 'full' || !hasShort) return blocks.filter((b) => b.reading !== 'short').map((b) => paragraph(b, seen));
  // Each version links its own first mentions; later passages count the short one's.
  const before = new Set(seen);
  const short = blocks.filter((b) => b.reading !== 'full').map((b) => paragraph(b, seen));
  const full = blocks.filter((b) => b.reading !== 'short').map((b) => paragraph(b, before));
  return [expandable(short, full, 'text')];
}

function historyCard(card: HistoryCard, mode: ReadingMode, seen: Set<string>): HTMLElement {
  const para = (p: string, s: Set<string>): HTMLElement => h('p', {}, ...linkedText(p, s));
  const before = new Set(seen);
  const body =
    mode === 'short' && card.summary.length
      ? [
          expandable(
            cardText(card, 'short').map((p) => para(p, seen)),
            card.paragraphs.map((p) => para(p, before)),
            'card',
          ),
        ]
      : card.paragraphs.map((p) => para(p, seen));
  return h(
    'aside',
    { class: 'history-card', 'aria-label': `History: ${card.title}` },
    h('p', { class: 'history-kicker' }, 'What really happened'),
    h('h3', {}, card.title),
    ...body,
  );
}

/** One block that is not story text. */
function structural(block: Exclude<Block, TextBlock>, mode: ReadingMode, seen: Set<string>): Node {
  switch (block.kind) {
    case 'chapter':
      return h('h2', { class: 'chapter-title poster' }, block.title);
    case 'fork':
      return h('p', { class: 'fork-date' }, block.date);
    case 'watch':
      return h('p', { class: 'watch' }, h('span', { class: 'badge' }, 'Ending watch'), ' ', block.text);
    case 'history':
      return historyCard(block.card, mode, seen);
    case 'ending':
      return h('h2', { class: 'ending-title poster' }, h('span', { class: 'kicker' }, 'Ending'), block.title);
    case 'chapter-end':
      return h('h2', { class: 'chapter-end-title poster' }, h('span', { class: 'kicker' }, 'To be continued'), block.title);
  }
}

/** A scene's blocks in reading order; consecutive text blocks form a passage. */
export function renderBlocks(blocks: readonly Block[], opts: RenderOptions): Node[] {
  const seen = opts.seen ?? new Set<string>();
  const out: Node[] = [];
  let run: TextBlock[] = [];
  const flush = (): void => {
    if (run.length) out.push(...passage(run, opts.mode, seen));
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'text') run.push(b);
    else {
      flush();
      out.push(structural(b, opts.mode, seen));
    }
  }
  flush();
  return out;
}

/** The text a screen reader announces for a new scene, in this reading. */
export function spokenText(blocks: readonly Block[], mode: ReadingMode): string {
  return blocks
    .flatMap((b) => {
      if (b.kind === 'text') return shownIn(b, mode) ? [b.text] : [];
      if (b.kind === 'watch') return [`Ending watch: ${b.text}`];
      if (b.kind === 'chapter' || b.kind === 'chapter-end') return [b.title];
      return b.kind === 'ending' ? [`Ending: ${b.title}`] : [];
    })
    .join(' ');
}
