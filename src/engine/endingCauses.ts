/**
 * How an ending came about: the ending's deciding meters (docs/model.md, "Endings and their
 * rules"), the biggest recorded moves that pushed them its way, each with its reason, year
 * and the choice that caused it, the last choice that set it off, and the fork that mattered
 * most (where another choice would change the most). Pure: the end screen renders it.
 */
import { ENDING_TITLES, METER_LABELS, type Effect, type EndingId, type MeterId, type TimelineEntry } from './types.ts';

/** Which way a deciding meter pushed towards the ending. */
export type Direction = 'low' | 'high';

/**
 * The meters each ending's rule reads, the way each of them led there, and the bar past which
 * it counts as deciding (below it for `low`, at or above it for `high`; docs/model.md).
 */
export const ENDING_DECIDERS: Record<EndingId, readonly { meter: MeterId; direction: Direction; bar: number }[]> = {
  'generals-russia': [
    { meter: 'soviets', direction: 'low', bar: 45 },
    { meter: 'party', direction: 'low', bar: 50 },
  ],
  crushed: [
    { meter: 'army', direction: 'low', bar: 50 },
    { meter: 'party', direction: 'low', bar: 50 },
    { meter: 'soviets', direction: 'low', bar: 50 },
  ],
  thermidor: [
    { meter: 'soviets', direction: 'low', bar: 45 },
    { meter: 'party', direction: 'low', bar: 55 },
  ],
  barbarossa: [
    { meter: 'industry', direction: 'low', bar: 50 },
    { meter: 'army', direction: 'low', bar: 50 },
    { meter: 'world', direction: 'low', bar: 50 },
  ],
  'dissolution-1991': [
    { meter: 'soviets', direction: 'low', bar: 55 },
    { meter: 'bread', direction: 'low', bar: 15 },
    { meter: 'industry', direction: 'low', bar: 35 },
  ],
  renewal: [
    { meter: 'soviets', direction: 'high', bar: 50 },
    { meter: 'bread', direction: 'high', bar: 15 },
    { meter: 'industry', direction: 'high', bar: 35 },
  ],
  'party-market': [
    { meter: 'party', direction: 'high', bar: 7 },
    { meter: 'bread', direction: 'high', bar: 15 },
    { meter: 'industry', direction: 'high', bar: 30 },
  ],
};

/** The deciders that really decided this path's ending (all of them if none is past its bar). */
function deciding(ending: EndingId, meters: Record<MeterId, number>): readonly { meter: MeterId; direction: Direction }[] {
  const all = ENDING_DECIDERS[ending];
  const past = all.filter((d) => (d.direction === 'low' ? meters[d.meter] < d.bar : meters[d.meter] >= d.bar));
  return past.length ? past : all;
}

/** A choice of the path: its 0-based step, where and when, and what was chosen. */
export interface ChainChoice {
  step: number;
  fork: TimelineEntry['fork'];
  year: number;
  choice: string;
  historical: boolean;
}

/** One link of the chain: a recorded move of a deciding meter and the choice behind it. */
export interface ChainLink {
  meter: MeterId;
  delta: number;
  reason: string;
  year: number;
  cause: ChainChoice;
}

export interface EndingChain {
  ending: EndingId;
  title: string;
  /** The deciding meters at the end, with the way they led to the ending. */
  deciding: { meter: MeterId; name: string; value: number; direction: Direction }[];
  /** The biggest moves before the last choice, in the order they happened (at most `max - 1`). */
  links: ChainLink[];
  /** The last choice, which set the ending off. */
  trigger: ChainChoice | null;
  /** The choice whose moves pushed the deciding meters furthest the ending's way. */
  pivot: ChainChoice | null;
}

export interface ChainInput {
  ending: EndingId;
  meters: Record<MeterId, number>;
  effects: readonly Effect[];
  timeline: readonly TimelineEntry[];
}

/** Steps in the chain, the last choice included: 3 to 5 reads at a glance. */
export const MAX_CHAIN = 5;

const toward = (delta: number, direction: Direction): boolean => (direction === 'low' ? delta < 0 : delta > 0);

/** The chain of causes behind an ending, from the path's recorded moves (Game.why's log). */
export function endingChain(input: ChainInput, max = MAX_CHAIN): EndingChain {
  const deciders = deciding(input.ending, input.meters);
  const choiceAt = new Map<string, ChainChoice>();
  input.timeline.forEach((t, step) => {
    if (t.fork) choiceAt.set(t.fork, { step, fork: t.fork, year: t.year, choice: t.choice, historical: t.historical });
  });
  const last = input.timeline.at(-1);
  const trigger = last
    ? { step: input.timeline.length - 1, fork: last.fork, year: last.year, choice: last.choice, historical: last.historical }
    : null;
  // Moves that pushed a deciding meter the ending's way, each with the choice that made it.
  const moves = input.effects.flatMap((e, order) => {
    const d = deciders.find((x) => x.meter === e.meter);
    const cause = e.fork ? choiceAt.get(e.fork) : undefined;
    return d && cause && toward(e.delta, d.direction) ? [{ e, order, meter: d.meter, cause }] : [];
  });
  // The last choice's own moves follow the ending's check as often as they precede it: they
  // count towards the pivot, but the links are the moves that came before it.
  const before = moves.filter((m) => !trigger || m.cause.step !== trigger.step);
  const links = before
    .sort((a, b) => Math.abs(b.e.delta) - Math.abs(a.e.delta) || a.order - b.order)
    .slice(0, Math.max(0, max - 1))
    .sort((a, b) => a.order - b.order)
    .map((m) => ({ meter: m.meter, delta: m.e.delta, reason: m.e.reason, year: m.e.year, cause: m.cause }));
  const weight = new Map<number, number>();
  for (const m of moves) weight.set(m.cause.step, (weight.get(m.cause.step) ?? 0) + Math.abs(m.e.delta));
  let pivot: ChainChoice | null = null;
  let best = 0;
  for (const [step, w] of weight) {
    if (w > best || (w === best && pivot && step < pivot.step)) {
      best = w;
      pivot = [...choiceAt.values()].find((c) => c.step === step) ?? null;
    }
  }
  return {
    ending: input.ending,
    title: ENDING_TITLES[input.ending],
    deciding: deciders.map((d) => ({
      meter: d.meter,
      name: METER_LABELS[d.meter].name,
      value: input.meters[d.meter],
      direction: d.direction,
    })),
    links,
    trigger,
    pivot: pivot ?? trigger,
  };
}
