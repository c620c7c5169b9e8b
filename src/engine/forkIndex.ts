/**
 * The index of every fork and its options, as the flowchart shows it: which options each
 * fork offers, with their text and whether history took them. Built at build time from the
 * story (src/build/forkIndex.ts) into the module "virtual:story-forks".
 */
import type { ForkId } from './types.ts';

export interface ForkOption {
  option: string;
  /** The choice's text as the player sees it (an inline alternative resolved to its first branch). */
  text: string;
  historical: boolean;
  advocates: string[];
}

export interface ForkIndexEntry {
  fork: ForkId;
  /** Each option once, in order of first appearance in the ink. */
  options: ForkOption[];
}

/** Forks in story order (FORKS), each with its options. */
export type ForkIndex = ForkIndexEntry[];
