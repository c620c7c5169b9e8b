/** Shared by the CLI tools and the story tests: load the story, play paths, walk at random. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Game, StoryBundle } from '../engine/Game';
import { encodePath } from '../engine/pathCode';
import type { GameState } from '../engine/types';
import { cachedCompileStory as compileStory, DEFAULT_STORY } from '../build/compileStory';

export function loadBundle(mainPath: string = process.env.STORY_MAIN ?? DEFAULT_STORY): StoryBundle {
  const result = compileStory(mainPath);
  if (!result.bundle) throw new Error(`The story does not compile:\n${result.errors.join('\n')}`);
  return result.bundle;
}

/** Every value of a tag written in story/*.ink (e.g. all fork ids), in file order. */
export function tagValuesInSource(key: string, mainPath: string = DEFAULT_STORY): string[] {
  const dir = dirname(mainPath);
  const re = new RegExp(`#\\s*${key}:\\s*([a-z0-9-]+)`, 'g');
  const seen = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort()) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(re)) if (m[1]) seen.add(m[1]);
  }
  return [...seen];
}

/** Deterministic PRNG (mulberry32) so walks are reproducible from --seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Play history's option at every choice point (now in the engine; re-exported for the tools). */
export { playHistory } from '../engine/compare';

export interface PlayReport {
  ending: string | null;
  chapterEnd: string | null;
  finished: boolean;
  /** The fork where the choice list ran out (null when the story ended). */
  stoppedAt: string | null;
  year: number;
  meters: GameState['meters'];
  livesLost: number;
  territory: number;
  timeline: GameState['timeline'];
  why: GameState['effects'];
  mapChanges: GameState['mapLog'];
  path: string;
}

export function report(game: Game): PlayReport {
  const s = game.state();
  const scene = game.scene();
  return {
    ending: s.ending,
    chapterEnd: scene.chapterEnd,
    finished: s.finished,
    stoppedAt: s.finished ? null : scene.fork,
    year: s.year,
    meters: s.meters,
    livesLost: s.livesLost,
    territory: s.territory,
    timeline: s.timeline,
    why: s.effects,
    mapChanges: s.mapLog,
    path: encodePath(
      game.version,
      game.path().steps.map((p) => p.index),
    ),
  };
}
