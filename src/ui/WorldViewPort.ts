/** What the app needs from the lazily loaded Phaser view (map and meters). */
import type { GameState, Scene } from '../engine/types';

export interface WorldView {
  update(state: GameState, scene: Scene): void;
  destroy(): void;
}

export interface WorldViewOptions {
  host: HTMLElement;
  reducedMotion: boolean;
  onReady(): void;
}
