/**
 * Mouse and touch on the map, from DOM pointer events on the canvas host (Phaser's own input
 * is off: the scenes need no hit areas, and Phaser's touch capture would block page scrolling
 * on phones). Drag pans, the wheel and a pinch zoom, a tap or click picks a region.
 * Coordinates passed on are CSS pixels relative to the canvas.
 */

export interface GestureTarget {
  /** Is this point on the map (rather than on the meter strip drawn below it)? */
  onMap(x: number, y: number): boolean;
  pan(dx: number, dy: number): void;
  zoom(factor: number, x: number, y: number): void;
  tap(x: number, y: number): void;
  /** Any input at all: wake the render loop. */
  touched(): void;
}

/** Further than this (CSS px) and a press is a drag, not a click. */
const TAP_SLOP = 6;

export function attachMapGestures(el: HTMLElement, target: GestureTarget): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let travelled = 0;
  let pinch: { dist: number; x: number; y: number } | null = null;

  const local = (e: PointerEvent | WheelEvent): { x: number; y: number } => {
    const box = el.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };

  /** Distance and midpoint of the first two pointers. */
  const pair = (): { dist: number; x: number; y: number } | null => {
    const [a, b] = [...pointers.values()];
    if (!a || !b) return null;
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };

  const down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const p = local(e);
    if (!target.onMap(p.x, p.y)) return;
    target.touched();
    pointers.set(e.pointerId, p);
    el.setPointerCapture(e.pointerId);
    if (pointers.size === 1) travelled = 0;
    pinch = pair();
    el.classList.add('dragging');
  };

  const move = (e: PointerEvent): void => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const p = local(e);
    pointers.set(e.pointerId, p);
    target.touched();
    if (pointers.size >= 2) {
      const now = pair();
      if (now && pinch && pinch.dist > 0) {
        target.zoom(now.dist / pinch.dist, now.x, now.y);
        target.pan(now.x - pinch.x, now.y - pinch.y);
      }
      pinch = now;
      travelled = Infinity; // a pinch never ends in a tap
      return;
    }
    travelled += Math.hypot(p.x - last.x, p.y - last.y);
    target.pan(p.x - last.x, p.y - last.y);
  };

  const up = (e: PointerEvent): void => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    pointers.delete(e.pointerId);
    pinch = pair();
    if (pointers.size === 0) {
      el.classList.remove('dragging');
      if (e.type === 'pointerup' && travelled <= TAP_SLOP) target.tap(last.x, last.y);
    }
  };

  const wheel = (e: WheelEvent): void => {
    const p = local(e);
    if (!target.onMap(p.x, p.y)) return;
    e.preventDefault();
    target.touched();
    // Lines and pages (Firefox, some mice) are much coarser than pixels.
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    // A trackpad pinch arrives as a ctrl+wheel with small deltas: give it a steeper response.
    const per = e.ctrlKey ? 100 : 500;
    target.zoom(Math.exp((-e.deltaY * unit) / per), p.x, p.y);
  };

  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  el.addEventListener('wheel', wheel, { passive: false });
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
    el.removeEventListener('wheel', wheel);
  };
}
