/** What the app needs from the lazily loaded Phaser view (map and meters). */
import type { GameState, MeterId, Scene } from '../engine/types';
import type { Upcoming } from '../engine/Game';

export interface WorldView {
  update(state: GameState, scene: Scene): void;
  /**
   * Draw ahead, hidden, the texts the map and meters would show after each option (the
   * player is reading), so the choice's update only swaps them in.
   */
  prepare(next: readonly Upcoming[]): void;
  /** Move the map by a distance in CSS pixels (keyboard panning). */
  pan(dx: number, dy: number): void;
  /** Zoom about the middle of the map (buttons and keys); animated unless motion is reduced. */
  zoom(factor: number): void;
  resetView(): void;
  /** Outline a region on the map (null clears); `reveal` brings it into view if it is off screen. */
  select(regionId: string | null, reveal?: boolean): void;
  destroy(): void;
}

export interface WorldViewOptions {
  host: HTMLElement;
  reducedMotion: boolean;
  onReady(): void;
  /** A click or tap on the map: the named region under it, or null for the sea and unnamed land. */
  onSelect?(regionId: string | null): void;
  /** A click or tap on a drawn meter gauge. */
  onMeter?(meter: MeterId): void;
}
