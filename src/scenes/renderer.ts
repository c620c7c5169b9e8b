/**
 * Which Phaser renderer draws the map. WebGL, unless the browser's WebGL is a software
 * rasteriser (no GPU: SwiftShader, llvmpipe, Microsoft Basic Render), where Phaser's Canvas
 * renderer draws the map's frames several times faster (docs/performance.md has the figures).
 * `?renderer=canvas` or `?renderer=webgl` in the address overrides the choice (the benchmark
 * measures both). Free of Phaser so the benchmark can use it without loading Phaser.
 */
export type RendererName = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The name of the WebGL renderer ("" when WebGL is unavailable). */
export function webglRendererName(doc: Document = document): string {
  try {
    const gl = doc.createElement('canvas').getContext('webgl');
    if (!gl) return '';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return '';
  }
}

export function chooseRenderer(search: string, webglName: string): RendererName {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'canvas' || asked === 'webgl') return asked;
  return !webglName || SOFTWARE.test(webglName) ? 'canvas' : 'webgl';
}
