/**
 * The Territory tally as the meters show it. Until the Union ends it is the share of the
 * former Empire held by the government in Petrograd or Moscow; once the Union is dissolved
 * (the 1991 ending) no such government is left, and a bare "0%" would say nothing: the tally
 * says the Union is gone and how much of the old Empire its largest successor, Russia, keeps.
 */
import { russianFederationShare } from '../engine/regions';
import type { GameState } from '../engine/types';
import { formatShare } from './numbers';

export interface TerritoryReading {
  /** What the tally shows ("64%", or "Union dissolved · Russia 75%"). */
  text: string;
  /** What it means, for the tooltip and screen readers. */
  title: string;
}

export function territoryReading(state: Pick<GameState, 'territory' | 'ending'>): TerritoryReading {
  if (state.ending === 'dissolution-1991') {
    const russia = formatShare(russianFederationShare());
    return {
      text: `Union dissolved · Russia ${russia}`,
      title: `The Soviet Union was dissolved in December 1991; the Russian Federation, its largest successor, keeps ${russia} of the former Russian Empire`,
    };
  }
  return {
    text: formatShare(state.territory),
    title: 'Share of the former Russian Empire held by the government in Petrograd or Moscow',
  };
}
