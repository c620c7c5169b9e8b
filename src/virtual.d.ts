/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:story' {
  import type { StoryBundle } from './engine/Game';
  const bundle: StoryBundle;
  export default bundle;
}

declare module 'virtual:story-forks' {
  import type { ForkIndex } from './cli/forkIndex';
  /** Every fork of the story in FORKS order, each option once (see src/cli/forkIndex.ts). */
  const forks: ForkIndex;
  export type { ForkIndex, ForkIndexEntry, ForkOption } from './cli/forkIndex';
  export default forks;
}

declare module 'virtual:story-asset' {
  /** The compiled story as a separate, hashed JSON file: where it is and its version. */
  const asset: { url: string; version: string };
  export default asset;
}
