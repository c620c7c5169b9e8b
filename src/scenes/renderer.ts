/**
 * Which Phaser renderer draws the map. `?renderer=canvas` or `?renderer=webgl` in the
 * address overrides the default (the benchmark measures both; see docs/performance.md).
 * Free of Phaser so the benchmark can read the default without loading it.
 */
export type RendererName = 'webgl' | 'canvas';

export const DEFAULT_RENDERER: RendererName = 'webgl';

export function chooseRenderer(search: string): RendererName {
  const asked = new URLSearchParams(search).get('renderer');
  return asked === 'canvas' || asked === 'webgl' ? asked : DEFAULT_RENDERER;
}
