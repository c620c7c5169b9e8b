/**
 * The index of every fork and option for the flowchart, derived from the compiled story:
 *
 * - which options each fork has, in the order the story lists them: read from the tags in
 *   the compiled JSON (a `fork:` line tag starts a fork, each `option:` choice tag after it
 *   belongs to it), so an option no sampled path happens to reach is still wanted;
 * - each option's text, advocates and history mark exactly as the engine shows them: by
 *   playing the story with the engine's Game from history's path, branching (with
 *   snapshot/restore) once into every option not yet taken, then seeded random walks until
 *   every wanted option has been offered.
 *
 * Not a second parser of the ink source: the tags and choices are the runtime's own.
 */
import { Game, type StoryBundle } from '../engine/Game.ts';
import type { ForkIndex, ForkOption } from '../engine/forkIndex.ts';
import { FORKS, type ChoiceView, type ForkId, type Scene } from '../engine/types.ts';

export type { ForkIndex, ForkIndexEntry, ForkOption } from '../engine/forkIndex.ts';

const isFork = (s: string): s is ForkId => (FORKS as readonly string[]).includes(s);

/** Random walks tried after the branching search before an option counts as never offered. */
const WALKS = 2_000;

/** A tag's key and value (`key: value`), lower-cased key, or null. */
function splitTag(text: string): { key: string; value: string } | null {
  const at = text.indexOf(':');
  return at < 0 ? null : { key: text.slice(0, at).trim().toLowerCase(), value: text.slice(at + 1).trim() };
}

/**
 * Every fork's option ids in the order the compiled story holds them. Tags are compiled as
 * `"#", "^text", "/#"` (older ink: `{"#": "text"}`); the tree is walked in document order.
 */
export function optionsInCompiledStory(json: string): Map<ForkId, string[]> {
  const byFork = new Map<ForkId, string[]>();
  let fork: ForkId | null = null;
  let inTag = false;
  const tag = (text: string): void => {
    const t = splitTag(text);
    if (!t) return;
    if (t.key === 'fork' && isFork(t.value)) fork = t.value;
    else if (t.key === 'option' && fork && t.value) {
      const options = byFork.get(fork) ?? [];
      if (!options.includes(t.value)) options.push(t.value);
      byFork.set(fork, options);
    }
  };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node === '#') inTag = true;
      else if (node === '/#') inTag = false;
      else if (inTag && node.startsWith('^')) tag(node.slice(1));
    } else if (Array.isArray(node)) {
      for (const n of node) walk(n);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '#' && typeof v === 'string') tag(v);
        else walk(v);
      }
    }
  };
  walk((JSON.parse(json) as { root?: unknown }).root);
  return byFork;
}

/** A tiny seeded generator (mulberry32), so the index is the same on every build. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every (fork, option) the engine offers on the paths explored, with the choice as first offered. */
function explore(
  bundle: StoryBundle,
  wanted: (key: string) => boolean,
  done: (seen: Map<string, ChoiceView>) => boolean,
): Map<string, ChoiceView> {
  const game = new Game(bundle);
  const seen = new Map<string, ChoiceView>();
  const historical = new Set<string>();
  const key = (scene: Scene, c: ChoiceView): string => `${scene.fork}|${c.option}`;
  const look = (scene: Scene): void => {
    for (const c of scene.choices) {
      const k = key(scene, c);
      if (!wanted(k)) continue;
      if (!seen.has(k)) seen.set(k, c);
      if (c.historical) historical.add(k);
    }
  };
  // History's path first (its texts are the ones shown), then, from each of its choice points
  // and recursively from theirs, one branch into every option not yet taken anywhere.
  const taken = new Set<string>();
  const follow = (start: Scene): void => {
    const later: { here: ReturnType<Game['snapshot']>; branches: ChoiceView[] }[] = [];
    let scene = start;
    while (scene.choices.length) {
      look(scene);
      const next = scene.choices.find((c) => c.historical) ?? scene.choices[0];
      if (!next) break;
      const branches = scene.choices.filter((c) => c !== next && !taken.has(key(scene, c)));
      for (const c of scene.choices) taken.add(key(scene, c));
      if (branches.length) later.push({ here: game.snapshot(), branches });
      scene = game.choose(next.index);
    }
    for (const { here, branches } of later) {
      for (const c of branches) {
        game.restore(here);
        follow(game.choose(c.index));
      }
    }
  };
  follow(game.reset());
  const random = seeded(1917);
  for (let w = 0; w < WALKS && !done(seen); w++) {
    let scene = game.reset();
    while (scene.choices.length) {
      look(scene);
      scene = game.choose(Math.floor(random() * scene.choices.length));
    }
  }
  for (const k of historical) {
    const c = seen.get(k);
    if (c) seen.set(k, { ...c, historical: true });
  }
  return seen;
}

/**
 * Forks in story order (FORKS), each option once in the compiled story's order, its text as
 * the engine first offers it. Throws when the story has an option no path offers.
 */
export function forkIndex(bundle: StoryBundle): ForkIndex {
  const listed = optionsInCompiledStory(bundle.json);
  const keys = new Set([...listed].flatMap(([fork, options]) => options.map((o) => `${fork}|${o}`)));
  const seen = explore(
    bundle,
    (k) => keys.has(k),
    (s) => s.size === keys.size,
  );
  const missing = [...keys].filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`fork index: options no path offers: ${missing.join(', ')}`);
  return FORKS.filter((f) => listed.has(f)).map((fork) => ({
    fork,
    options: (listed.get(fork) ?? []).map((option): ForkOption => {
      const c = seen.get(`${fork}|${option}`);
      if (!c) throw new Error(`fork index: ${fork}/${option} not offered`); // checked above
      return { option, text: c.text.replace(/\s+/g, ' ').trim(), historical: c.historical, advocates: c.advocates };
    }),
  }));
}
