/** The words drawn with the meters: the tallies and the reasons under the row. */
import { METER_LABELS, type Effect, type GameState } from '../engine/types';
import { formatDelta, formatPeople } from '../shared/numbers';
import { territoryReading } from '../shared/territory';

/** The tallies under the meters: lives lost and territory held. */
export const talliesText = (state: GameState): string =>
  `LIVES LOST  ${formatPeople(state.livesLost)}     TERRITORY  ${territoryReading(state).text.toUpperCase()}`;

/**
 * The reasons for the scene's changes under the row: room for about two lines, three reasons
 * (one on a phone, `narrow`); the rest are counted, and the Why? dialog lists everything.
 */
export function captionText(effects: readonly Effect[], narrow: boolean): string {
  const reasons = effects
    .filter((e) => e.delta !== 0)
    .map((e) =>
      e.meter === 'lives'
        ? `Lives lost +${formatPeople(e.delta)}: ${e.reason}`
        : `${METER_LABELS[e.meter].name} ${formatDelta(e.delta)}: ${e.reason}`,
    );
  const shown = reasons.slice(0, narrow ? 1 : 3);
  if (reasons.length > shown.length) shown.push(`and ${reasons.length - shown.length} more (see Why?)`);
  return shown.join('   ·   ');
}
