declare module 'virtual:story' {
  import type { StoryBundle } from './engine/Game';
  const bundle: StoryBundle;
  export default bundle;
}
