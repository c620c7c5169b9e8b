/**
 * The lazily loaded Phaser view: one game, two scenes side by side — the map above,
 * the meters below. The loop sleeps when nothing moves, so an idle map costs no CPU.
 */
import Phaser from 'phaser';
import type { GameState, Scene } from '../engine/types';
import type { WorldView, WorldViewOptions } from '../ui/WorldViewPort';
import { MapScene } from './MapScene';
import { MeterScene, meterScale } from './MeterScene';
import { readTheme } from './theme';

/** Height of the meter strip for a given canvas width (two rows of meters on a phone). */
function meterHeight(width: number): number {
  return width < 640 ? 170 : Math.round(122 * meterScale(width));
}

/** Long enough for the longest animation (the floating deltas) to finish. */
const AWAKE_MS = 3000;

export function createWorldView(opts: WorldViewOptions): WorldView {
  const theme = readTheme();
  let pending: { state: GameState; scene: Scene } | null = null;
  let ready = false;
  let sleepTimer: ReturnType<typeof setTimeout> | undefined;

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: opts.host,
    transparent: true,
    antialias: true,
    scale: { mode: Phaser.Scale.RESIZE, width: opts.host.clientWidth || 800, height: opts.host.clientHeight || 500 },
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
  });

  const mapScene = new MapScene();
  const meterScene = new MeterScene();

  const layout = (): void => {
    const { width, height } = game.scale;
    const mh = meterHeight(width);
    mapScene.cameras.main.setViewport(0, 0, width, Math.max(80, height - mh));
    meterScene.cameras.main.setViewport(0, Math.max(80, height - mh), width, mh);
  };

  const keepAwake = (): void => {
    if (!game.loop.running) game.loop.wake(true);
    clearTimeout(sleepTimer);
    sleepTimer = setTimeout(() => game.loop.sleep(), AWAKE_MS);
  };

  const apply = (state: GameState, scene: Scene): void => {
    keepAwake();
    mapScene.show(state, scene);
    meterScene.show(state, scene.effects);
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.add('map', mapScene, true, { theme, reducedMotion: opts.reducedMotion });
    game.scene.add('meters', meterScene, true, { theme, reducedMotion: opts.reducedMotion });
    layout();
    game.scale.on('resize', () => {
      layout();
      keepAwake();
    });
    ready = true;
    opts.host.dataset.ready = 'true';
    if (pending) apply(pending.state, pending.scene);
    opts.onReady();
  });

  return {
    update(state, scene) {
      if (ready) apply(state, scene);
      else pending = { state, scene };
    },
    destroy() {
      clearTimeout(sleepTimer);
      game.destroy(true);
    },
  };
}
