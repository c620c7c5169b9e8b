declare module 'virtual:story' {
  import type { StoryBundle } from './engine/Game';
  const bundle: StoryBundle;
  export default bundle;
}

declare module 'virtual:story-forks' {
  import type { ForkIndex } from './engine/forkIndex';
  /** Every fork of the story in FORKS order, each option once (built by src/build/forkIndex.ts). */
  const forks: ForkIndex;
  export type { ForkIndex, ForkIndexEntry, ForkOption } from './engine/forkIndex';
  export default forks;
}
