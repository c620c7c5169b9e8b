/**
 * The map camera's arithmetic, kept free of Phaser so it can be unit-tested in Node:
 * where the camera looks, how far it may zoom and pan, and which region a point falls in.
 * World units are the 1600x900 plane the map data is projected into.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where the camera looks: its centre in world units and a zoom relative to the "fit" zoom. */
export interface View {
  cx: number;
  cy: number;
  /** 1 frames the whole default view; larger is closer. */
  zoom: number;
}

/**
 * What the camera frames by default, in world units: Iceland to the Pacific, the Arctic to
 * Persia. It holds all of the map data (x 12-1588, y 103-797), so no coast is cut at any size.
 */
export const DEFAULT_FRAME = { x: 4, y: 96, width: 1592, height: 708 };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/**
 * Keep the view inside the plane. Along an axis where the view is smaller than the plane,
 * its edges stay inside the plane; where it is larger (zoomed out on a wide screen), the
 * plane stays inside the view, so the default framing is never pulled off-centre.
 */
export function clampView(view: View, fitZoom: number, viewport: Size, plane: Size): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
  const scale = fitZoom * zoom;
  const axis = (centre: number, screen: number, extent: number): number => {
    const half = screen / scale / 2;
    const lo = Math.min(half, extent - half);
    const hi = Math.max(half, extent - half);
    return Math.min(hi, Math.max(lo, centre));
  };
  return { zoom, cx: axis(view.cx, viewport.width, plane.width), cy: axis(view.cy, viewport.height, plane.height) };
}

/** Zoom by `factor` while the world point `anchor` stays at the same place on screen. */
export function zoomAbout(view: View, factor: number, anchor: Point): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
  const k = view.zoom / zoom;
  return { zoom, cx: anchor.x - (anchor.x - view.cx) * k, cy: anchor.y - (anchor.y - view.cy) * k };
}

/** Move the view by a distance in screen pixels (a drag to the right moves the map right). */
export function panBy(view: View, dx: number, dy: number, scale: number): View {
  return { ...view, cx: view.cx - dx / scale, cy: view.cy - dy / scale };
}

/** Even-odd ray casting: is `p` inside the closed ring? */
export function pointInRing(p: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/**
 * Where the camera puts the world on the canvas, in CSS pixels: canvas = (world - origin) * scale.
 * Published on the canvas host (data-view) for tests and tools that read map pixels.
 */
export interface ViewTransform {
  scale: number;
  originX: number;
  originY: number;
  /** Height of the map on the canvas in CSS px; the meter strip is drawn below it. */
  height: number;
}
