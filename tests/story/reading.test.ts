/**
 * A text a class can read in the time: every fork has a short reading of at most 250 words
 * before the choice and a history card summary of at most 90 (on the historical path here; on
 * every path the 10,000 random walks reach in story.test.ts); short sentences name at most
 * three people.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import { wordCounts } from '../../src/cli/wordCounts';
import { parseGlossary } from '../../src/engine/glossary';
import { FORKS } from '../../src/engine/types';

const STORY = join(__dirname, '../../story');
const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

const words = wordCounts(bundle);

describe('the short reading', () => {
  it('covers every fork, shorter than the full text, with a card summary', () => {
    expect(words.map((w) => w.fork).sort()).toEqual([...FORKS].sort());
    for (const w of words) {
      expect(w.short, w.fork).toBeGreaterThan(0);
      expect(w.short, w.fork).toBeLessThan(w.full);
      expect(w.cardShort, w.fork).toBeGreaterThan(0);
      expect(w.cardShort, w.fork).toBeLessThan(w.card);
    }
  });

  it('keeps every fork to 250 words before the choice and every card summary to 90, on history’s path', () => {
    for (const w of words) {
      expect(w.shortMax, w.fork).toBeLessThanOrEqual(250);
      expect(w.cardShortMax, w.fork).toBeLessThanOrEqual(90);
    }
  });

  it('names at most three people in a sentence, in the short text and the full', () => {
    const glossary = parseGlossary(JSON.parse(readFileSync(join(STORY, 'glossary.json'), 'utf8')));
    const crowded: string[] = [];
    for (const file of readdirSync(STORY).filter((f) => f.endsWith('.ink'))) {
      for (const line of readFileSync(join(STORY, file), 'utf8').split('\n')) {
        if (/^\s*(~|\/\/|VAR |INCLUDE)/.test(line)) continue;
        // Each side of an inline condition is read on its own path.
        const text = line.replace(/#.*$/, '').replace(/\{[^{}:|]*:/g, ' ').replace(/[|}]/g, '. ').replace(/\{/g, ' ');
        for (const sentence of text.split(/(?<=[.?!])\s+(?=[A-Z"])/)) {
          const people = new Set(glossary.mentions(sentence).filter((m) => m.entry.kind === 'person').map((m) => m.entry.id));
          if (people.size > 3) crowded.push(`${file}: ${sentence.trim()}`);
        }
      }
    }
    expect(crowded).toEqual([]);
  });
});
