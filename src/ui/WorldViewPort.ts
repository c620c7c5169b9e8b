/** The port between the views and the Phaser scenes lives in src/shared/ (both import it). */
export type { WorldView, WorldViewOptions } from '../shared/worldView';
