/**
 * The game: an inkjs Story turned into typed scenes. Pure: no DOM, no Phaser, no storage.
 * ink owns the story state (meters, flags, lives); the engine records what ink reports
 * through the note() external and the tags, so every change has a reason, a fork and a year.
 */
import { Story } from 'inkjs';
import { parseChoiceTags, parseLineTag } from './tags';
import { previewChoices, type ChoicePreview } from './preview';
import { markReadings } from './reading';
import type { EraId } from './eras';
import { initialControl, territoryShare } from './regions';
import {
  ENDING_TITLES, METERS,
  type Block, type ChoiceView, type Control, type Effect, type EndingId, type ForkId,
  type GameState, type HistoryCard, type MapChange, type Marker, type MeterId, type Path,
  type PathStep, type Scene, type TimelineEntry,
} from './types';

/** The compiled story and its version (a hash of the JSON, set at build time). */
export interface StoryBundle {
  json: string;
  version: string;
}

/** Everything a game is at one moment: restore() returns to it exactly (lookahead, balance). */
export interface GameSnapshot {
  readonly ink: string;
  readonly fields: {
    current: Scene; fork: ForkId | null; year: number; date: string; chapter: string; ending: EndingId | null;
    control: Record<string, Control>; timeline: TimelineEntry[]; effects: Effect[]; mapLog: MapChange[];
    ownChanges: Set<string>; era: EraId | null; steps: PathStep[]; errors: string[];
  };
}

/** Ink's RANDOM() is seeded with this so a choice list replays exactly. */
export const STORY_SEED = 1917;

const isMeter = (s: string): s is MeterId => (METERS as readonly string[]).includes(s);

export class Game {
  private readonly story: Story;
  private pendingEffects: { meter: string; delta: number; reason: string }[] = [];
  private errors: string[] = [];
  private current!: Scene;
  private fork: ForkId | null = null;
  private year = 1917;
  private date = '';
  private chapter = '';
  private ending: EndingId | null = null;
  private control: Record<string, Control> = initialControl();
  private timeline: TimelineEntry[] = [];
  private effects: Effect[] = [];
  private mapLog: MapChange[] = [];
  /** Regions this path changed away from history (speculative map tags); eras leave them. */
  private ownChanges = new Set<string>();
  private era: EraId | null = null;
  private steps: PathStep[] = [];

  constructor(private readonly bundle: StoryBundle) {
    this.story = new Story(bundle.json);
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message) => {
      this.errors.push(message);
    };
    // Not lookahead-safe: ink must not call it twice for one change.
    this.story.BindExternalFunction(
      'note',
      (meter: string, delta: number, reason: string) => {
        this.pendingEffects.push({ meter, delta, reason });
      },
      false,
    );
    this.reset();
  }

  /** Back to the first scene, reusing the compiled story (cheap: no re-parse). */
  reset(): Scene {
    this.story.ResetState();
    this.story.state.storySeed = STORY_SEED;
    this.story.state.previousRandom = 0;
    this.pendingEffects = [];
    this.errors = [];
    this.fork = null;
    this.year = 1917;
    this.date = '';
    this.chapter = '';
    this.ending = null;
    this.control = initialControl();
    this.timeline = [];
    this.effects = [];
    this.mapLog = [];
    this.ownChanges = new Set();
    this.era = null;
    this.steps = [];
    this.current = this.advance();
    return this.current;
  }

  get version(): string {
    return this.bundle.version;
  }

  scene(): Scene { return this.current; }

  /** The whole state, to come back to with restore(): cheaper than replaying from the start. */
  snapshot(): GameSnapshot {
    return {
      ink: this.story.state.toJson(),
      fields: {
        current: this.current, fork: this.fork, year: this.year, date: this.date, chapter: this.chapter,
        ending: this.ending, control: { ...this.control }, timeline: this.timeline.slice(),
        effects: this.effects.slice(), mapLog: this.mapLog.slice(), ownChanges: new Set(this.ownChanges),
        era: this.era, steps: this.steps.slice(), errors: this.errors.slice(),
      },
    };
  }

  restore(snap: GameSnapshot): Scene {
    this.story.state.LoadJson(snap.ink);
    const f = snap.fields;
    this.pendingEffects = [];
    this.current = f.current;
    this.fork = f.fork;
    this.year = f.year;
    this.date = f.date;
    this.chapter = f.chapter;
    this.ending = f.ending;
    this.control = { ...f.control };
    this.timeline = f.timeline.slice();
    this.effects = f.effects.slice();
    this.mapLog = f.mapLog.slice();
    this.ownChanges = new Set(f.ownChanges);
    this.era = f.era;
    this.steps = f.steps.slice();
    this.errors = f.errors.slice();
    return this.current;
  }

  /** Choose by 0-based position among the current choices. */
  choose(index: number): Scene {
    const choice = this.current.choices[index];
    if (!choice) {
      throw new RangeError(`no choice ${index + 1} here (there are ${this.current.choices.length})`);
    }
    this.timeline.push({
      year: this.year, fork: this.fork, option: choice.option, choice: choice.text, historical: choice.historical,
      historyChoice: this.current.choices.find((c) => c.historical)?.text ?? null,
    });
    this.steps.push({ fork: this.fork, option: choice.option, index });
    this.story.ChooseChoiceIndex(index);
    this.current = this.advance();
    return this.current;
  }

  /** Choose by stable option id; null when this choice point has no such option. */
  chooseOption(option: string): Scene | null {
    const choice = this.current.choices.find((c) => c.option === option);
    return choice ? this.choose(choice.index) : null;
  }

  path(): Path {
    return { storyVersion: this.bundle.version, steps: this.steps.map((s) => ({ ...s })) };
  }

  /** Each current choice's stakes up to the next choice point (preview.ts); changes nothing here. */
  preview(): ChoicePreview[] {
    return previewChoices(this.story, this.current.choices, (run) => {
      const [pending, errors] = [this.pendingEffects, this.errors.length];
      this.pendingEffects = [];
      try {
        run();
        return this.pendingEffects;
      } finally {
        [this.pendingEffects, this.errors.length] = [pending, errors];
      }
    });
  }

  /** Ink runtime errors met so far (a story bug, never the player's). */
  storyErrors(): readonly string[] {
    return this.errors;
  }

  /** The meters and the lives tally only: cheap enough to read after every step. */
  meters(): { meters: Record<MeterId, number>; livesLost: number } {
    const vars = this.story.variablesState;
    const meters = Object.fromEntries(METERS.map((m) => [m, Number(vars.$(m) ?? 0)])) as Record<MeterId, number>;
    return { meters, livesLost: Number(vars.$('lives_lost') ?? 0) };
  }

  state(): GameState {
    const { meters, livesLost } = this.meters();
    return {
      meters,
      livesLost,
      territory: territoryShare(this.control),
      control: { ...this.control },
      timeline: this.timeline.map((t) => ({ ...t })),
      effects: this.effects.slice(),
      mapLog: this.mapLog.slice(),
      year: this.year,
      fork: this.fork,
      ending: this.ending,
      finished: this.current.choices.length === 0,
      era: this.era,
    };
  }

  /** The chain of recorded changes behind one meter (or the Lives lost tally). */
  why(meter: MeterId | 'lives'): Effect[] {
    return this.effects.filter((e) => e.meter === meter && e.delta !== 0);
  }

  /**
   * Set region control, recording real changes. `speculative` true marks them as this path's
   * own, false clears that mark (history has caught up), null (an era) leaves marks alone.
   */
  private applyMap(changes: readonly { region: string; control: Control }[], speculative: boolean | null, out: MapChange[]): void {
    for (const c of changes) {
      if (speculative === true) this.ownChanges.add(c.region);
      else if (speculative === false) this.ownChanges.delete(c.region);
      if (this.control[c.region] === c.control) continue;
      this.control[c.region] = c.control;
      const change = { region: c.region, control: c.control, year: this.year, fork: this.fork };
      out.push(change);
    }
  }

  /** Continue ink to the next choice point and build the scene from what it printed. */
  private advance(): Scene {
    const blocks: Block[] = [];
    const effects: Effect[] = [];
    const allChanges: MapChange[] = [];
    const before = { ...this.control };
    const markers: Marker[] = [];
    const warnings: string[] = [];
    let card: HistoryCard | null = null;
    let lastCard: HistoryCard | null = null;
    let chapterEnd: string | null = null;

    const flushEffects = (): void => {
      for (const p of this.pendingEffects) {
        if (p.meter === 'lives' || isMeter(p.meter)) {
          effects.push({ meter: p.meter, delta: p.delta, reason: p.reason, fork: this.fork, year: this.year });
        } else {
          warnings.push(`change() of unknown meter "${p.reason}"`);
        }
      }
      this.pendingEffects = [];
    };

    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      // Changes made while producing this line belong to the moment before its tags.
      flushEffects();
      const tags = this.story.currentTags ?? [];
      // A speculative line's map changes are this path's own: a later era map leaves them.
      let speculative = tags.some((t) => t.replace(/\s+/g, '') === 'speculative:yes');
      let watch = false; // an ending watch line
      let startsCard: string | null = null;
      let short = false;
      for (const raw of tags) {
        const parsed = parseLineTag(raw);
        if (!parsed.ok) {
          warnings.push(parsed.error);
          continue;
        }
        const tag = parsed.value;
        switch (tag.key) {
          case 'chapter':
            card = null;
            this.chapter = tag.title;
            blocks.push({ kind: 'chapter', title: tag.title });
            break;
          case 'fork':
            card = null;
            this.fork = tag.fork;
            blocks.push({ kind: 'fork', fork: tag.fork, date: this.date });
            break;
          case 'year':
            this.year = tag.year;
            break;
          case 'date':
            this.date = tag.date;
            for (const b of blocks) if (b.kind === 'fork' && b.fork === this.fork) b.date = tag.date;
            break;
          case 'map':
            this.applyMap(tag.changes, speculative, allChanges);
            break;
          case 'era':
            this.era = tag.era;
            this.applyMap(tag.changes.filter((c) => !this.ownChanges.has(c.region)), null, allChanges);
            break;
          case 'marker':
            markers.push({ region: tag.region, caption: tag.caption, year: this.year });
            break;
          case 'history':
            startsCard = tag.title;
            break;
          case 'speculative':
            speculative = true;
            break;
          case 'watch':
            watch = true;
            break;
          case 'short':
            short = true;
            break;
          case 'ending':
            card = null;
            this.ending = tag.ending;
            blocks.push({ kind: 'ending', ending: tag.ending, title: ENDING_TITLES[tag.ending] });
            break;
          case 'chapter-end':
            card = null;
            chapterEnd = tag.title;
            blocks.push({ kind: 'chapter-end', title: tag.title });
            break;
        }
      }
      if (startsCard !== null) {
        card = { title: startsCard, paragraphs: [], summary: [], fork: this.fork };
        lastCard = card;
        blocks.push({ kind: 'history', card });
      }
      if (!text) continue;
      if (watch) blocks.push({ kind: 'watch', text });
      else if (card) (short ? card.summary : card.paragraphs).push(text);
      else blocks.push({ kind: 'text', text, speculative, reading: short ? 'short' : 'both' });
    }
    flushEffects();
    markReadings(blocks);
    this.effects.push(...effects);
    // Only what this scene changed in the end: a region set and set back is no change.
    const mapChanges = [...new Map(allChanges.map((c) => [c.region, c])).values()]
      .filter((c) => before[c.region] !== c.control);
    this.mapLog.push(...mapChanges);

    const choices: ChoiceView[] = this.story.currentChoices.map((c, index) => {
      const tags = parseChoiceTags(c.tags ?? []);
      if (!tags.ok) warnings.push(`choice "${c.text}": ${tags.error}`);
      const t = tags.ok ? tags.value : { option: `choice-${index + 1}`, advocates: [], historical: false };
      return { index, text: c.text, ...t };
    });

    return {
      blocks, choices, effects, mapChanges, markers, warnings, chapterEnd,
      fork: this.fork, year: this.year, date: this.date, chapter: this.chapter,
      historyCard: lastCard, ending: this.ending, era: this.era,
    };
  }
}
