/**
 * A static index of every fork and option in the ink source, for the flowchart of the
 * forks: which options each fork offers, with their text and whether history took them.
 *
 * Read from the .ink text, not from a playthrough, so it lists options no path has reached
 * yet. `forkIndex` is pure (it takes the files' text); `readForkIndex` reads them from disk.
 */
import { readFileSync } from 'node:fs';
import { parseChoiceTags } from '../engine/tags.ts';
import { FORKS, type ForkId } from '../engine/types.ts';
import type { ForkIndex, ForkOption } from '../engine/forkIndex';

export type { ForkIndex, ForkIndexEntry, ForkOption } from '../engine/forkIndex';

export interface InkSource {
  file: string;
  text: string;
}

const isFork = (s: string): s is ForkId => (FORKS as readonly string[]).includes(s);

/** Resolve ink inline logic to plain text: `{flag:A|B}` → A, `{flag:A}` → A, `{x}` → ''. */
export function resolveInline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    // Find the matching brace, and the top-level ':' and '|' inside it.
    let depth = 0;
    let end = -1;
    let colon = -1;
    let bar = -1;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          end = j;
          break;
        }
      } else if (depth === 1 && c === ':' && colon < 0 && bar < 0) colon = j;
      else if (depth === 1 && c === '|' && bar < 0) bar = j;
    }
    if (end < 0) {
      // Unbalanced: drop the brace and keep the rest as text.
      i++;
      continue;
    }
    const start = colon >= 0 ? colon + 1 : i + 1;
    const stop = bar >= 0 && bar > start ? bar : end;
    // `{a|b}` (a sequence, no condition) shows its first element too; `{x}` alone prints a variable: drop it.
    const first = colon >= 0 || bar >= 0 ? text.slice(start, stop) : '';
    out += resolveInline(first);
    i = end + 1;
  }
  return out;
}

/** Split a line at its top-level `#` (outside `{…}`): [content, ...tags]. */
function splitTags(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < line.length; j++) {
    const c = line[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) {
      parts.push(line.slice(from, j));
      from = j + 1;
    }
  }
  parts.push(line.slice(from));
  return parts;
}

/** Remove `//` line comments and `/* … *\/` block comments (state carried across lines). */
function stripComments(line: string, state: { inBlock: boolean }): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (state.inBlock) {
      const close = line.indexOf('*/', i);
      if (close < 0) return out;
      state.inBlock = false;
      i = close + 2;
      continue;
    }
    if (line.startsWith('/*', i)) {
      state.inBlock = true;
      i += 2;
      continue;
    }
    if (line.startsWith('//', i) && line[i - 1] !== ':') return out;
    out += line[i];
    i++;
  }
  return out;
}

const CHOICE = /^\s*(?:[*+]\s*)+/;

/** A choice line's text and tags, or null if it is no choice of the flowchart (no option tag). */
function parseChoice(line: string): { text: string; tags: string[] } | null {
  const bullets = CHOICE.exec(line);
  if (!bullets) return null;
  let rest = line.slice(bullets[0].length);
  // Label `(name)` and conditions `{cond}` come before the text, in either order.
  for (;;) {
    const trimmed = rest.trimStart();
    const label = /^\([\w.]+\)/.exec(trimmed);
    if (label) {
      rest = trimmed.slice(label[0].length);
      continue;
    }
    if (trimmed.startsWith('{')) {
      let depth = 0;
      let end = -1;
      for (let j = 0; j < trimmed.length; j++) {
        if (trimmed[j] === '{') depth++;
        else if (trimmed[j] === '}' && --depth === 0) {
          end = j;
          break;
        }
      }
      if (end < 0) break;
      rest = trimmed.slice(end + 1);
      continue;
    }
    rest = trimmed;
    break;
  }
  // Choice text: what stands before `[` and inside `[…]`; what follows `]` is output only.
  const open = rest.indexOf('[');
  const close = open >= 0 ? rest.indexOf(']', open) : -1;
  let shown: string;
  let tagSource: string;
  if (open >= 0 && close > open) {
    const inside = splitTags(rest.slice(open + 1, close));
    const before = splitTags(rest.slice(0, open));
    const after = splitTags(rest.slice(close + 1));
    shown = (before[0] ?? '') + (inside[0] ?? '');
    tagSource = [...before.slice(1), ...inside.slice(1), ...after.slice(1)].join('#');
  } else {
    const parts = splitTags(rest);
    shown = parts[0] ?? '';
    tagSource = parts.slice(1).join('#');
  }
  const tags = tagSource ? tagSource.split('#').map((t) => t.trim()).filter(Boolean) : [];
  if (!tags.some((t) => /^option\s*:/i.test(t))) return null;
  const text = resolveInline(shown.replace(/<>/g, '')).replace(/\s+/g, ' ').trim();
  return { text, tags };
}

/** Every fork of the story and its options, scanned from the ink sources in include order. */
export function forkIndex(sources: readonly InkSource[]): ForkIndex {
  const byFork = new Map<ForkId, Map<string, ForkOption>>();
  for (const { text } of sources) {
    let fork: ForkId | null = null;
    const comments = { inBlock: false };
    for (const raw of text.split(/\r?\n/)) {
      const line = stripComments(raw, comments);
      if (!line.trim()) continue;
      const choice = parseChoice(line);
      if (choice) {
        if (!fork) continue;
        const tags = parseChoiceTags(choice.tags);
        if (!tags.ok) continue;
        const options = byFork.get(fork) ?? new Map<string, ForkOption>();
        byFork.set(fork, options);
        const seen = options.get(tags.value.option);
        if (seen) {
          seen.historical ||= tags.value.historical;
          continue;
        }
        options.set(tags.value.option, {
          option: tags.value.option, text: choice.text, historical: tags.value.historical, advocates: tags.value.advocates,
        });
        continue;
      }
      // A knot or stitch header is no fork change; a `# fork: id` tag anywhere on a line is.
      for (const tag of splitTags(line).slice(1)) {
        const m = /^\s*fork\s*:\s*([a-z0-9-]+)\s*$/i.exec(tag);
        const id = m?.[1]?.toLowerCase();
        if (id && isFork(id)) fork = id;
      }
    }
  }
  return FORKS.filter((f) => byFork.has(f)).map((fork) => ({ fork, options: [...(byFork.get(fork)?.values() ?? [])] }));
}

/** Read the given .ink files (as compileStory lists them; duplicates read once) and index them. */
export function readForkIndex(files: readonly string[]): ForkIndex {
  const unique = [...new Set(files)];
  return forkIndex(unique.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
}
