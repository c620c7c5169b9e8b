/**
 * Play a path of the real story headlessly, for the tests that check a path's words and map
 * against what the path has made (pathCoherence, pathBorders, pathRoles).
 */
import { cachedCompileStory as compileStory } from '../../src/build/compileStory';
import type { EraId } from '../../src/engine/eras';
import { Game } from '../../src/engine/Game';
import type { Control, EndingId, MapChange, Scene } from '../../src/engine/types';

const compiled = compileStory();
const bundle = compiled.bundle;
if (!bundle) throw new Error(`story does not compile: ${compiled.errors.join('\n')}`);

export interface Played {
  ending: EndingId | null;
  /** Story text, watch lines and choice labels from the year `from` on, in reading order (both readings). */
  texts: string[];
  markers: string[];
  /** The reasons of every meter change and death from the year `from` on. */
  reasons: string[];
  control: Record<string, Control>;
  /** The map at each fork's choice. */
  controlAt: Partial<Record<string, Record<string, Control>>>;
  /** The era the map is captioned with at each fork's choice. */
  eraAt: Partial<Record<string, EraId | null>>;
  /** Every change of the map, in order, from the start. */
  mapLog: MapChange[];
  /** The options taken, in order, up to each fork (as the classroom reads the path there). */
  takenBefore: Partial<Record<string, string[]>>;
  /** Each fork's first choice point: what the classroom's role cards are read against. */
  sceneAt: Partial<Record<string, Pick<Scene, 'fork' | 'choices'>>>;
}

/**
 * Play from the start to an ending: these options (by id) where they are offered, in order,
 * history's elsewhere. Text, markers and reasons are read from the year `from` on.
 */
export function play(options: readonly string[], from = 1941): Played {
  const game = new Game(bundle!);
  const wanted = [...options];
  const played: Played = {
    ending: null,
    texts: [],
    markers: [],
    reasons: [],
    control: {},
    controlAt: {},
    eraAt: {},
    mapLog: [],
    takenBefore: {},
    sceneAt: {},
  };
  const read = (scene: Scene): void => {
    if (scene.fork) {
      played.controlAt[scene.fork] = { ...game.state().control };
      played.eraAt[scene.fork] = game.state().era;
      played.takenBefore[scene.fork] ??= game.path().steps.map((s) => s.option);
      played.sceneAt[scene.fork] ??= scene;
    }
    played.mapLog.push(...scene.mapChanges);
    if (scene.year < from) return;
    for (const b of scene.blocks) if (b.kind === 'text' || b.kind === 'watch') played.texts.push(b.text);
    played.texts.push(...scene.choices.map((c) => c.text));
    played.markers.push(...scene.markers.map((m) => m.caption));
    played.reasons.push(...scene.effects.map((e) => e.reason));
  };
  let scene = game.scene();
  read(scene);
  while (scene.choices.length) {
    const mine = scene.choices.find((c) => c.option === wanted[0]);
    const choice = mine ?? scene.choices.find((c) => c.historical);
    if (!choice) throw new Error(`no historical option at ${scene.fork}`);
    if (mine) wanted.shift();
    scene = game.choose(choice.index);
    read(scene);
  }
  if (wanted.length) throw new Error(`never offered: ${wanted.join(', ')}`);
  const state = game.state();
  return { ...played, ending: state.ending, control: state.control };
}

/** Every text, marker or reason of the path that matches the pattern. */
export const saying = (p: Played, pattern: RegExp): string[] => [...p.texts, ...p.markers, ...p.reasons].filter((t) => pattern.test(t));

/** Strong enough in 1920 (Army 65 and World 30 at the march on Warsaw) to take it: a Soviet Poland. */
export const SOVIET_POLAND_1920 = [
  'order-first',
  'await-assembly',
  'retreat-and-organise',
  'arm-red-guards',
  'seize-power',
  'bolsheviks-and-left-srs',
  'revolutionary-war',
  'military-specialists',
  'requisition',
];
