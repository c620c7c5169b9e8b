/**
 * Words per fork, for the story check and the story tests. The rule: words as a reader meets
 * them (see countWords), of the fork's moment (its `fork` tag to the choice) and of its history
 * card, counted on the historical path; the random walks add the longest any path shows.
 */
import { Game, type StoryBundle } from '../engine/Game';
import { cardWords, forkWords } from '../engine/reading';
import type { ForkId, Scene } from '../engine/types';

export interface ForkWordCount {
  fork: ForkId;
  /** On the historical path (the sum, where a fork has two choice points or cards). */
  full: number;
  short: number;
  card: number;
  cardShort: number;
  /** The longest single short moment and card summary met on any path the check played. */
  shortMax: number;
  cardShortMax: number;
}

type Counts = Partial<Record<ForkId, { full: number; short: number; card: number; cardShort: number }>>;

/** Collects word counts from scenes as they are played. */
export class WordTally {
  readonly seen: Counts = {};
  readonly max: Partial<Record<ForkId, { short: number; cardShort: number }>> = {};

  add(scene: Scene): void {
    const moment = forkWords(scene.blocks);
    if (moment) this.note(moment.fork.fork, { full: moment.words.full, short: moment.words.short });
    for (const b of scene.blocks) {
      if (b.kind === 'history' && b.card.fork) this.note(b.card.fork, cardWords(b.card));
    }
  }

  private note(fork: ForkId, counts: Partial<{ full: number; short: number; card: number; cardShort: number }>): void {
    const seen = (this.seen[fork] ??= { full: 0, short: 0, card: 0, cardShort: 0 });
    // A fork with two choice points (october) or two cards is read as their sum.
    for (const k of ['full', 'short', 'card', 'cardShort'] as const) seen[k] += counts[k] ?? 0;
    const max = (this.max[fork] ??= { short: 0, cardShort: 0 });
    max.short = Math.max(max.short, counts.short ?? 0);
    max.cardShort = Math.max(max.cardShort, counts.cardShort ?? 0);
  }
}

/** The historical path's counts, with the walks' maxima when a tally from them is given. */
export function wordCounts(bundle: StoryBundle, walks?: WordTally): ForkWordCount[] {
  const game = new Game(bundle);
  const history = new WordTally();
  let scene = game.scene();
  history.add(scene);
  for (let guard = 0; scene.choices.length && guard < 1000; guard++) {
    const historical = scene.choices.find((c) => c.historical);
    if (!historical) break;
    scene = game.choose(historical.index);
    history.add(scene);
  }
  return (Object.keys(history.seen) as ForkId[]).map((fork) => {
    const c = history.seen[fork]!;
    const h = history.max[fork];
    const m = walks?.max[fork];
    return {
      fork,
      ...c,
      shortMax: Math.max(h?.short ?? 0, m?.short ?? 0),
      cardShortMax: Math.max(h?.cardShort ?? 0, m?.cardShort ?? 0),
    };
  });
}
