/**
 * The result of a class vote, as the slide after it shows it: the tally with each option's
 * share, the winning option (and whether the teacher's casting vote chose it), and the
 * biggest meter moves the choice made, with their reasons. Pure: the vote panel renders it.
 */
import type { Vote } from './classroom.ts';
import type { Control, Effect, MeterId } from './types.ts';

export interface VoteResult {
  total: number;
  tallies: { option: string; text: string; votes: number; share: number; winner: boolean }[];
  winner: string;
  casting: boolean;
  /** The biggest meter moves (not lives) since the vote, largest first. */
  moves: (Effect & { meter: MeterId })[];
}

/** Meter moves the result slide shows. */
export const RESULT_MOVES = 3;

export function voteResult(vote: Vote, effects: readonly Effect[], max = RESULT_MOVES): VoteResult {
  const total = vote.tallies.reduce((sum, t) => sum + t.votes, 0);
  const moves = effects
    .map((e, order) => ({ e, order }))
    .filter((x): x is { e: Effect & { meter: MeterId }; order: number } => x.e.meter !== 'lives' && x.e.delta !== 0)
    .sort((a, b) => Math.abs(b.e.delta) - Math.abs(a.e.delta) || a.order - b.order)
    .slice(0, max)
    .map((x) => x.e);
  return {
    total,
    tallies: vote.tallies.map((t) => ({ ...t, share: total ? t.votes / total : 0, winner: t.option === vote.winner })),
    winner: vote.tallies.find((t) => t.option === vote.winner)?.text ?? vote.winner,
    casting: vote.casting,
    moves,
  };
}

/**
 * How the map changed with the vote: the regions that passed to each side, most first. Only
 * real changes of hands count (a region redrawn in the colour it had is not one).
 */
export function mapMoves(
  before: Readonly<Record<string, Control>>,
  after: Readonly<Record<string, Control>>,
): { control: Control; regions: number }[] {
  const by = new Map<Control, number>();
  for (const [region, control] of Object.entries(after)) if (before[region] !== control) by.set(control, (by.get(control) ?? 0) + 1);
  return [...by].map(([control, regions]) => ({ control, regions })).sort((a, b) => b.regions - a.regions);
}
