/**
 * The game: an inkjs Story turned into typed scenes. Pure: no DOM, no Phaser, no storage.
 * ink owns the story state (meters, flags, lives); the engine records what ink reports
 * through the note() external and the tags, so every change has a reason, a fork and a year.
 */
import { Story } from 'inkjs';
import { isMeter, soften } from './meterScale.ts';
import { summarise, type ChoicePreview } from './preview.ts';
import { initialControl, territoryShare } from './regions.ts';
import { copyInkState, restoreInkState, type InkStateCopy } from './inkState.ts';
import { buildScene, type PendingEffect, type Progress } from './sceneBuilder.ts';
import { METERS, type Effect, type GameState, type MeterId, type Path, type PathStep, type Scene, type TimelineEntry } from './types.ts';

/** The compiled story and its version (a hash of the JSON, set at build time). */
export interface StoryBundle {
  json: string;
  version: string;
}

/** Everything a game is at one moment: restore() returns to it exactly (lookahead, balance). */
export interface GameSnapshot {
  readonly ink: InkStateCopy;
  readonly fields: Progress & { current: Scene; timeline: TimelineEntry[]; steps: PathStep[]; errors: string[] };
}

/** What an option leads to: the next scene and the game's state there. */
export interface Upcoming {
  readonly scene: Scene;
  readonly state: GameState;
}

/** Ink's RANDOM() is seeded with this so a choice list replays exactly. */
export const STORY_SEED = 1917;

const startOfStory = (): Progress => ({
  fork: null,
  year: 1917,
  date: '',
  chapter: '',
  ending: null,
  control: initialControl(),
  history: initialControl(),
  era: null,
  effects: [],
  mapLog: [],
});

/** A copy that shares nothing mutable with the original (the scenes are never changed). */
const copyProgress = (p: Progress): Progress => ({
  ...p,
  control: { ...p.control },
  history: { ...p.history },
  effects: p.effects.slice(),
  mapLog: p.mapLog.slice(),
});

export class Game {
  private readonly story: Story;
  private pendingEffects: PendingEffect[] = [];
  private errors: string[] = [];
  private current!: Scene;
  private progress: Progress = startOfStory();
  private timeline: TimelineEntry[] = [];
  private steps: PathStep[] = [];
  /**
   * The game after each option of the scene `from`, played ahead by preview(): choose() on it
   * only loads that copy (a tenth of a millisecond) instead of running ink (several).
   */
  private ahead: { from: Scene; games: GameSnapshot[]; next: Upcoming[] } | null = null;

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
    // ink's change() (story/globals.ink) done here, the same arithmetic in one call: set the
    // meter through soften() and note the change as applied. Not lookahead-safe, as note().
    this.story.BindExternalFunction(
      'change',
      (name: string, delta: number, reason: string) => {
        if (!isMeter(name)) {
          this.pendingEffects.push({ meter: 'unknown-meter', delta: 0, reason: name });
          return;
        }
        const vars = this.story.variablesState;
        const before = Number(vars.$(name));
        const after = soften(before, delta);
        vars.$(name, after);
        this.pendingEffects.push({ meter: name, delta: after - before, reason });
      },
      false,
    );
    // ink's soften() (story/globals.ink), which the chapters call in their "what if"
    // arithmetic: a quarter of a walk's ink steps when ink ran it. Pure, so lookahead-safe.
    this.story.BindExternalFunction('soften', (x: number, delta: number) => soften(Number(x), Number(delta)), true);
    this.reset();
  }

  /** Back to the first scene, reusing the compiled story (cheap: no re-parse). */
  reset(): Scene {
    this.story.ResetState();
    this.story.state.storySeed = STORY_SEED;
    this.story.state.previousRandom = 0;
    this.pendingEffects = [];
    this.errors = [];
    this.ahead = null;
    this.progress = startOfStory();
    this.timeline = [];
    this.steps = [];
    this.current = this.advance();
    return this.current;
  }

  get version(): string {
    return this.bundle.version;
  }

  scene(): Scene {
    return this.current;
  }

  /** The whole state, to come back to with restore(): cheaper than replaying from the start. */
  snapshot(): GameSnapshot {
    return {
      ink: copyInkState(this.story),
      fields: {
        ...copyProgress(this.progress),
        current: this.current,
        timeline: this.timeline.slice(),
        steps: this.steps.slice(),
        errors: this.errors.slice(),
      },
    };
  }

  restore(snap: GameSnapshot): Scene {
    this.ahead = null;
    return this.load(snap);
  }

  /** restore() that keeps the options played ahead. */
  private load(snap: GameSnapshot): Scene {
    restoreInkState(this.story, snap.ink);
    const { current, timeline, steps, errors, ...progress } = snap.fields;
    this.pendingEffects = [];
    this.current = current;
    this.progress = copyProgress(progress);
    this.timeline = timeline.slice();
    this.steps = steps.slice();
    this.errors = errors.slice();
    return this.current;
  }

  /** Choose by 0-based position among the current choices. */
  choose(index: number): Scene {
    const played = this.ahead?.from === this.current ? this.ahead.games[index] : undefined;
    this.ahead = null;
    return played ? this.load(played) : this.step(index);
  }

  /** The choice played by ink: the record of it, then on to the next choice point. */
  private step(index: number): Scene {
    const choice = this.current.choices[index];
    if (!choice) {
      throw new RangeError(`no choice ${index + 1} here (there are ${this.current.choices.length})`);
    }
    this.timeline.push({
      year: this.progress.year,
      fork: this.progress.fork,
      option: choice.option,
      choice: choice.text,
      historical: choice.historical,
      historyChoice: this.current.choices.find((c) => c.historical)?.text ?? null,
    });
    this.steps.push({ fork: this.progress.fork, option: choice.option, index });
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

  /**
   * Each current choice's stakes up to the next choice point (preview.ts). Every option is
   * played on a copy of the whole game and the game loaded back, so nothing here changes; the
   * games after each option are kept, and choosing one of them then only loads it.
   */
  preview(): ChoicePreview[] {
    const from = this.current;
    if (from.choices.length === 0) return [];
    const start = this.snapshot();
    const games: GameSnapshot[] = [];
    const next: Upcoming[] = [];
    try {
      return from.choices.map((choice) => {
        this.load(start);
        const scene = this.step(choice.index);
        games[choice.index] = this.snapshot();
        next[choice.index] = { scene, state: this.state() };
        return summarise(choice, scene.effects);
      });
    } finally {
      this.load(start);
      this.ahead = games.length === from.choices.length ? { from, games, next } : null;
    }
  }

  /**
   * The scene after each current option (by position), as preview() played them ahead; empty
   * before it has. A view can build what it will show next while the player reads.
   */
  upcoming(): readonly Upcoming[] {
    return this.ahead?.from === this.current ? this.ahead.next : [];
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
    const p = this.progress;
    return {
      meters,
      livesLost,
      territory: territoryShare(p.control),
      control: { ...p.control },
      timeline: this.timeline.map((t) => ({ ...t })),
      effects: p.effects.slice(),
      mapLog: p.mapLog.slice(),
      year: p.year,
      fork: p.fork,
      ending: p.ending,
      finished: this.current.choices.length === 0,
      era: p.era,
    };
  }

  /** The chain of recorded changes behind one meter (or the Lives lost tally). */
  why(meter: MeterId | 'lives'): Effect[] {
    return this.progress.effects.filter((e) => e.meter === meter && e.delta !== 0);
  }

  /** Continue ink to the next choice point (sceneBuilder.ts). */
  private advance(): Scene {
    return buildScene(this.story, this.progress, () => {
      const taken = this.pendingEffects;
      this.pendingEffects = [];
      return taken;
    });
  }
}
