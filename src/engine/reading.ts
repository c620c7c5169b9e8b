/**
 * The two readings of the story: the full text and the short one a class reads in the time.
 * A passage is the run of text between a choice and the next `fork`, `history`, `chapter`,
 * `chapter-end` or `ending` tag (or between two of them). When a passage has lines tagged
 * `# short: yes`, the short reading shows only those and the full reading only the others;
 * a passage without short lines reads the same in both. A history card's short lines are
 * its summary. Pure: the same ink runs either way, only the view of its text differs.
 */
import type { Block, HistoryCard, ReadingMode } from './types.ts';

/** Mark the untagged lines of every passage that has short lines as full-reading only. */
export function markReadings(blocks: Block[]): void {
  let passage: Extract<Block, { kind: 'text' }>[] = [];
  const close = (): void => {
    if (passage.some((b) => b.reading === 'short')) {
      for (const b of passage) if (b.reading === 'both') b.reading = 'full';
    }
    passage = [];
  };
  for (const b of blocks) {
    if (b.kind === 'text') passage.push(b);
    else close();
  }
  close();
}

/** Does this block show in this reading? (Structural blocks show in both.) */
export function shownIn(block: Block, mode: ReadingMode): boolean {
  return block.kind !== 'text' || block.reading === 'both' || block.reading === mode;
}

/** The card's paragraphs in this reading (a card without a summary reads in full). */
export function cardText(card: HistoryCard, mode: ReadingMode): string[] {
  return mode === 'short' && card.summary.length ? card.summary : card.paragraphs;
}

/**
 * Words as a reader meets them: runs of letters or digits, so "1917", "SRs" and
 * "Brest-Litovsk" are one word each and a dash or a bracket is none.
 */
export function countWords(text: string): number {
  let n = counted.get(text);
  if (n === undefined) {
    n = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    // The story's lines repeat on every playthrough: remember them (a bounded memo).
    if (counted.size >= MEMO_LIMIT) counted.clear();
    counted.set(text, n);
  }
  return n;
}
const MEMO_LIMIT = 20_000;
const counted = new Map<string, number>();

export interface ForkWords {
  /** Words of the fork's moment (from its `fork` tag to the choice) in each reading. */
  full: number;
  short: number;
}

/** Words of each fork's moment in a scene, in both readings. */
export function forkWords(blocks: readonly Block[]): { fork: Block & { kind: 'fork' }; words: ForkWords } | null {
  const at = blocks.findIndex((b) => b.kind === 'fork');
  const fork = blocks[at];
  if (!fork || fork.kind !== 'fork') return null;
  const words: ForkWords = { full: 0, short: 0 };
  for (const b of blocks.slice(at + 1)) {
    if (b.kind !== 'text') continue;
    const n = countWords(b.text);
    if (shownIn(b, 'full')) words.full += n;
    if (shownIn(b, 'short')) words.short += n;
  }
  return { fork, words };
}

export function cardWords(card: HistoryCard): { card: number; cardShort: number } {
  const sum = (ps: string[]): number => ps.reduce((n, p) => n + countWords(p), 0);
  return { card: sum(card.paragraphs), cardShort: sum(cardText(card, 'short')) };
}
