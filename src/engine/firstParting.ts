/**
 * Where the compared paths first part, said once per fork: the first path is compared with
 * each of the others (compare.ts); pairs that first part at the same choice are told together,
 * each distinct choice there once with every path that made it. Pure.
 */
import type { ChoiceAt, Comparison } from './compare.ts';
import type { ForkId } from './types.ts';

export interface PartingChoice {
  option: string;
  choiceText: string;
  historical: boolean;
  /** Indices into Comparison.paths of the paths that made this choice here. */
  paths: number[];
}

export interface Parting {
  /** 1-based number of the choice where they part. */
  step: number;
  fork: ForkId | null;
  year: number;
  choices: PartingChoice[];
  /** Paths that never came to this choice (their story had ended or their replay stopped). */
  unreached: number[];
}

export function firstPartings(comparison: Comparison): Parting[] {
  const partings: Parting[] = [];
  const add = (parting: Parting, path: number, c: ChoiceAt | null): void => {
    if (!c) {
      if (!parting.unreached.includes(path)) parting.unreached.push(path);
      return;
    }
    const same = parting.choices.find((x) => x.option === c.option);
    if (same) {
      if (!same.paths.includes(path)) same.paths.push(path);
    } else {
      parting.choices.push({ option: c.option, choiceText: c.choiceText, historical: c.historical, paths: [path] });
    }
  };
  for (const pair of comparison.pairs) {
    const first = pair.firstDivergence;
    if (!first) continue;
    let parting = partings.find((p) => p.step === first.step && p.fork === first.fork);
    if (!parting) {
      parting = { step: first.step, fork: first.fork, year: first.year, choices: [], unreached: [] };
      partings.push(parting);
    }
    add(parting, pair.a, first.a);
    add(parting, pair.b, first.b);
  }
  for (const p of partings) for (const c of p.choices) c.paths.sort((x, y) => x - y);
  return partings.sort((x, y) => x.step - y.step);
}
