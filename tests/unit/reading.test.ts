import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/Game';
import { cardText, cardWords, countWords, forkWords, shownIn } from '../../src/engine/reading';
import { parseLineTag } from '../../src/engine/tags';
import type { Block, ReadingMode } from '../../src/engine/types';
import { fixtureBundle } from './fixture';

const bundle = fixtureBundle('reading.ink');
const texts = (blocks: Block[], mode: ReadingMode): string[] =>
  blocks.filter((b) => shownIn(b, mode)).flatMap((b) => (b.kind === 'text' ? [b.text] : []));

describe('the short reading', () => {
  it('parses "# short: yes" and refuses anything else', () => {
    expect(parseLineTag('short: yes')).toEqual({ ok: true, value: { key: 'short' } });
    expect(parseLineTag('short: maybe').ok).toBe(false);
  });

  it('shows only the short lines of a passage that has them, and only the others in full', () => {
    const scene = new Game(bundle).scene();
    expect(texts(scene.blocks, 'full')).toEqual([
      'The long first paragraph of the full text, with many words in it.',
      'The second full paragraph.',
    ]);
    expect(texts(scene.blocks, 'short')).toEqual(['Join or stay out?']);
    expect(scene.warnings).toEqual([]);
  });

  it('follows the path: a short line inside a condition shows only where the condition holds', () => {
    const joined = new Game(bundle).choose(0).blocks;
    const stayed = new Game(bundle).choose(1).blocks;
    expect(texts(joined, 'short')).toEqual(['You join.', 'You sat in the cabinet.']);
    expect(texts(stayed, 'short')).toEqual(['You stayed out.']);
    expect(texts(joined, 'full')).toEqual(['You join.', "The full account of your party's place in the cabinet, or outside it."]);
  });

  it('gives a history card its summary and keeps the full card', () => {
    const scene = new Game(bundle).choose(0);
    const card = scene.historyCard!;
    expect(cardText(card, 'short')).toEqual(['The card in one line.']);
    expect(cardText(card, 'full')).toEqual(["The card's first full paragraph, long and detailed.", "The card's second full paragraph."]);
    expect(cardWords(card)).toEqual({ card: 13, cardShort: 5 });
  });

  it('reads a passage without short lines the same in both readings', () => {
    const scene = new Game(bundle);
    scene.choose(1);
    const blocks = scene.choose(0).blocks;
    expect(texts(blocks, 'short')).toEqual(texts(blocks, 'full'));
    expect(texts(blocks, 'full')).toContain('An unshortened passage reads the same in both.');
  });

  it('counts the words of a fork moment in each reading', () => {
    expect(forkWords(new Game(bundle).scene().blocks)?.words).toEqual({ full: 17, short: 4 });
  });

  it('counts words as a reader meets them: numbers and hyphenated names are words, dashes are not', () => {
    expect(countWords('On 23 February (8 March) 1917 — Brest-Litovsk, Lenin’s 1,443 dead.')).toBe(10);
  });
});
