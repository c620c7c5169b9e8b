/**
 * The meters' scale (docs/model.md, "The scale"), the same arithmetic as the story's ink
 * function soften() in story/globals.ink: a change has its full size while the meter stays
 * between 20 and 80; beyond, what is left of it shrinks exponentially as the meter nears 0
 * or 100. The engine binds change() and soften() to this (ink's own functions remain the
 * fallback in Inky): the story's most frequent call costs one function instead of about
 * a hundred ink steps.
 */
import { METERS, type MeterId } from './types.ts';

/** The width of the band near either end where changes shrink (ink: CONST SOFT). */
const SOFT = 20;

/** A meter's value after a change of `delta`, both whole numbers (ink: soften(x, delta)). */
export function soften(x: number, delta: number): number {
  const room = delta >= 0 ? 100 - x : x;
  const size = delta < 0 ? 0 - delta : delta;
  if (room - size >= SOFT) return x + delta;
  const linear = Math.max(0, room - SOFT);
  const rest = size - linear;
  const left = Math.min(room, SOFT) * Math.pow(2.718281828, (0 - rest) / SOFT);
  // ink's FLOOR and INT of a float are both Math.floor.
  return Math.max(0, Math.min(100, Math.floor(delta >= 0 ? 100.0 - left + 0.5 : left + 0.5)));
}

export const isMeter = (s: string): s is MeterId => (METERS as readonly string[]).includes(s);
