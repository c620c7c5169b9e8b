/**
 * Load the Phaser view (a separate chunk) into a map panel once the first text is painted.
 * Shared by the game screen and the classroom; a failure leaves the text alternative working.
 */
import type { MeterId } from '../engine/types';
import type { MapPanel } from './MapPanel';
import type { WorldView } from '../shared/worldView';

export async function loadWorld(
  panel: MapPanel,
  reducedMotion: boolean,
  opts: { stillWanted(): boolean; onReady(world: WorldView): void; onMeter?(meter: MeterId): void },
): Promise<WorldView | null> {
  try {
    const { createWorldView } = await import('../scenes/createWorldView');
    if (!opts.stillWanted()) return null;
    const world: WorldView = createWorldView({
      host: panel.canvasHost,
      reducedMotion,
      onSelect: (id) => panel.select(id),
      onMeter: (m) => opts.onMeter?.(m),
      onReady: () => {
        panel.connect(world);
        panel.setStatus('');
        document.body.classList.add('world-ready');
        opts.onReady(world);
      },
    });
    return world;
  } catch (e) {
    panel.setStatus('The map could not be drawn in this browser; the story and meters work without it.');
    console.warn('Map unavailable:', e);
    return null;
  }
}
