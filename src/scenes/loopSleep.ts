/**
 * When Phaser's loop runs. It wakes for every change (a choice, a resize, a gesture, a camera
 * move) and sleeps again as soon as the frames after it are drawn and nothing moves: no tween
 * running in any scene and nothing else the caller says is still changing (a meter's change
 * floating beside its value). An idle map draws no frame at all.
 */
import Phaser from 'phaser';

/** Frames drawn with nothing moving before the loop sleeps: the change's own frame, and one more. */
const STILL_FRAMES = 2;

export interface LoopSleep {
  /** Make sure the change just made is drawn: at once (`drawNow`) or on the next frame. */
  wake(drawNow: boolean): void;
  /** Stop watching (the game is being destroyed). */
  stop(): void;
}

export function sleepWhenStill(game: Phaser.Game, scenes: readonly Phaser.Scene[], moving: () => boolean): LoopSleep {
  let still = 0;
  const onRender = (): void => {
    if (moving() || scenes.some((s) => s.tweens.getTweens().length > 0)) still = 0;
    else if (++still >= STILL_FRAMES) game.loop.sleep();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onRender);
  return {
    wake(drawNow) {
      still = 0;
      if (game.loop.running) return;
      if (drawNow) game.loop.wake(true);
      else wakeForNextFrame(game.loop);
    },
    stop: () => game.events.off(Phaser.Core.Events.POST_RENDER, onRender),
  };
}

/**
 * Start a sleeping loop for the next frame. Phaser's wake() also steps at once: a whole frame
 * drawn inside the caller's task (a choice's click) that the browser shows no sooner than
 * the next one, which draws again. The first step's time runs from now, not from the sleep.
 */
function wakeForNextFrame(loop: Phaser.Core.TimeStep): void {
  // tick() is the prototype's: shadowed for the call, then the shadow is removed.
  loop.tick = () => undefined;
  try {
    loop.wake(true);
  } finally {
    Reflect.deleteProperty(loop, 'tick');
  }
  loop.lastTime = window.performance.now();
}
