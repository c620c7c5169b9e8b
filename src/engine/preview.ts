/**
 * Stakes shown before choosing: for each current choice, which meters it moves (up or down)
 * and whether it costs lives, from choosing it to the next choice point or ending.
 *
 * Game.preview() plays each option ahead on a copy of the whole game (ink's random state
 * included) and loads the game back exactly, so a previewed game plays on as if it never looked
 * ahead; the games after each option are kept for choose(). Only the view asks for it.
 */
import { METERS, METER_LABELS, type ChoiceView, type MeterId } from './types.ts';

export type Direction = 'up' | 'down';

export interface ChoicePreview {
  index: number;
  option: string;
  /** Meters whose summed change is not zero, in the meters' order. */
  meters: { meter: MeterId; direction: Direction }[];
  costsLives: boolean;
}

/** A change ink reported through note() or change(): meter (or "lives"), the change as applied. */
export interface NotedChange {
  meter: string;
  delta: number;
}

/** Sum the changes an option makes into directions per meter. */
export function summarise(choice: Pick<ChoiceView, 'index' | 'option'>, changes: readonly NotedChange[]): ChoicePreview {
  const sums = new Map<string, number>();
  for (const c of changes) sums.set(c.meter, (sums.get(c.meter) ?? 0) + c.delta);
  const meters = METERS.flatMap((meter): { meter: MeterId; direction: Direction }[] => {
    const sum = sums.get(meter) ?? 0;
    return sum === 0 ? [] : [{ meter, direction: sum > 0 ? 'up' : 'down' }];
  });
  return { index: choice.index, option: choice.option, meters, costsLives: (sums.get('lives') ?? 0) > 0 };
}

const names = (ids: readonly MeterId[]): string => {
  const n = ids.map((m) => METER_LABELS[m].name);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
};

/** What a screen reader says about an option: "Raises Bread and Army; lowers Land; costs lives". */
export function describeStakes(p: ChoicePreview): string {
  const up = p.meters.filter((m) => m.direction === 'up').map((m) => m.meter);
  const down = p.meters.filter((m) => m.direction === 'down').map((m) => m.meter);
  const text = [
    up.length ? `raises ${names(up)}` : '',
    down.length ? `lowers ${names(down)}` : '',
    p.meters.length ? '' : 'moves no meter',
    p.costsLives ? 'costs lives' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
