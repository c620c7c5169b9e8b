/// <reference types="vite-plugin-pwa/client" />
/*
 * The modules the ink plugin (scripts/vite-plugin-ink.ts) builds. An ambient module cannot
 * import the engine's types by a relative path, so their shapes are written out here; the
 * engine's StoryBundle and ForkIndex are the same shapes with narrower ids.
 */
declare module 'virtual:story' {
  /** The compiled story and its version (a hash of the JSON). */
  const bundle: { json: string; version: string };
  export default bundle;
}

declare module 'virtual:story-forks' {
  /** Every fork of the story in FORKS order, each option once (built by src/build/forkIndex.ts). */
  const forks: {
    fork: string;
    options: { option: string; text: string; historical: boolean; advocates: string[] }[];
  }[];
  export default forks;
}

declare module 'virtual:story-asset' {
  /** The compiled story as a separate, hashed JSON file: where it is and its version. */
  const asset: { url: string; version: string };
  export default asset;
}
