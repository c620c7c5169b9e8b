/** The map camera's arithmetic (src/scenes/mapView.ts): clamping, zooming about a point, hit tests. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ZOOM, MIN_ZOOM, clampView, panBy, pointInRing, zoomAbout } from '../../src/scenes/mapView';

const PLANE = { width: 1600, height: 900 };

describe('clampView', () => {
  it('keeps a zoomed-in view inside the plane', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: 2, max: 8, noNaN: true }),
        (cx, cy, zoom) => {
          const viewport = { width: 800, height: 450 };
          const v = clampView({ cx, cy, zoom }, 0.5, viewport, PLANE);
          const halfW = viewport.width / (0.5 * v.zoom) / 2;
          const halfH = viewport.height / (0.5 * v.zoom) / 2;
          expect(v.cx - halfW).toBeGreaterThanOrEqual(-1e-9);
          expect(v.cx + halfW).toBeLessThanOrEqual(PLANE.width + 1e-9);
          expect(v.cy - halfH).toBeGreaterThanOrEqual(-1e-9);
          expect(v.cy + halfH).toBeLessThanOrEqual(PLANE.height + 1e-9);
        },
      ),
    );
  });

  it('leaves the default framing alone where the view is larger than the plane', () => {
    // A wide, short viewport at fit zoom sees more than 900 world units vertically.
    const v = clampView({ cx: 800, cy: 430, zoom: 1 }, 0.5, { width: 800, height: 600 }, PLANE);
    expect(v).toEqual({ cx: 800, cy: 430, zoom: 1 });
  });

  it('bounds the zoom', () => {
    expect(clampView({ cx: 800, cy: 450, zoom: 0.1 }, 1, { width: 100, height: 100 }, PLANE).zoom).toBe(MIN_ZOOM);
    expect(clampView({ cx: 800, cy: 450, zoom: 99 }, 1, { width: 100, height: 100 }, PLANE).zoom).toBe(MAX_ZOOM);
  });
});

describe('zoomAbout and panBy', () => {
  it('keeps the anchor at the same place on screen', () => {
    const fit = 0.5;
    const view = { cx: 700, cy: 400, zoom: 2 };
    const anchor = { x: 650, y: 420 };
    const screen = (v: typeof view): number[] => [(anchor.x - v.cx) * fit * v.zoom, (anchor.y - v.cy) * fit * v.zoom];
    const after = zoomAbout(view, 1.5, anchor);
    expect(after.zoom).toBe(3);
    screen(after).forEach((s, i) => expect(s).toBeCloseTo(screen(view)[i] ?? NaN, 9));
  });

  it('moves the world with the pointer', () => {
    expect(panBy({ cx: 800, cy: 450, zoom: 1 }, 100, -50, 0.5)).toEqual({ cx: 600, cy: 550, zoom: 1 });
  });
});

describe('pointInRing', () => {
  const square = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 0, y: 10 },
  ];
  const ell = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 4 },
    { x: 4, y: 4 },
    { x: 4, y: 10 },
    { x: 0, y: 10 },
  ];
  it('tells inside from outside, including in a concave notch', () => {
    expect(pointInRing({ x: 5, y: 5 }, square)).toBe(true);
    expect(pointInRing({ x: 15, y: 5 }, square)).toBe(false);
    expect(pointInRing({ x: 2, y: 8 }, ell)).toBe(true);
    expect(pointInRing({ x: 8, y: 8 }, ell)).toBe(false);
  });
});
