/**
 * The regions drawn once and kept, for Phaser's Canvas renderer (the one chosen where there is
 * no GPU). That renderer replays every region's path in every frame: about 24,000 line
 * segments, the largest part of a frame's drawing. Here the regions are drawn into a canvas
 * the size of the map's view, shown as one image under them, and drawn again only when the
 * view, the canvas size or a colour set without a fade changes.
 *
 * A region fading to a new colour is drawn live by its own Graphics, on top of the kept image
 * (which still holds its old colour, hidden under the new one), together with every region
 * drawn over it (a smaller region inside it), so that what lay on top of it still does. When its
 * fade ends the image is drawn again with the new colour and the live Graphics are hidden.
 * A translucent region cannot be drawn over its own old colour: when one goes live the image is
 * drawn again without it.
 */
import Phaser from 'phaser';
import { drawnOver } from './regionOverlap';

export interface CachedRegion {
  /** The region's own drawing, shown while it is live. */
  fill: Phaser.GameObjects.Graphics;
  /** Its rings, and the same as a path, in world units. */
  rings: readonly Phaser.Math.Vector2[][];
  path: Path2D;
  bounds: Phaser.Geom.Rectangle;
  colour: number;
  alpha: number;
}

/** A region's outline as a path and its bounds (widened a little for its border), in world units. */
export function regionOutline(rings: readonly Phaser.Math.Vector2[][]): { path: Path2D; bounds: Phaser.Geom.Rectangle } {
  const path = new Path2D();
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    if (ring.length < 3) continue;
    ring.forEach((p, i) => {
      if (i === 0) path.moveTo(p.x, p.y);
      else path.lineTo(p.x, p.y);
      [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    });
    path.closePath();
  }
  const pad = 2;
  return { path, bounds: new Phaser.Geom.Rectangle(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad) };
}

const css = (colour: number, alpha: number): string => `rgba(${(colour >> 16) & 0xff},${(colour >> 8) & 0xff},${colour & 0xff},${alpha})`;

export class RegionCache {
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly image: Phaser.GameObjects.Image;
  /** Regions fading now: their count of running fades. */
  private readonly fading = new Map<CachedRegion, number>();
  private live = new Set<CachedRegion>();
  private dirty = true;

  /** In draw order (setRegions), each with the regions drawn over it. */
  private regions: CachedRegion[] = [];
  private over = new Map<CachedRegion, CachedRegion[]>();

  /**
   * `border` is the border colour, `borderWidth()` the border's width in world units now. Make
   * it before the regions' Graphics, so the image sits under them.
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly border: number,
    private readonly borderWidth: () => number,
  ) {
    const key = `region-cache-${Phaser.Utils.String.UUID()}`;
    const texture = scene.textures.createCanvas(key, 1, 1);
    if (!texture) throw new Error('The map could not make its region layer');
    this.texture = texture;
    // Drawn pixel for pixel: no smoothing, which would blur it by a rounding error's worth.
    texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
    this.image = scene.add.image(0, 0, key).setOrigin(0, 0).setScrollFactor(0);
    const bake = (): void => this.bakeIfDirty();
    scene.events.on(Phaser.Scenes.Events.PRE_RENDER, bake);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.events.off(Phaser.Scenes.Events.PRE_RENDER, bake);
      scene.textures.remove(key);
    });
  }

  /** The regions, in draw order. */
  setRegions(regions: readonly CachedRegion[]): void {
    this.regions = [...regions];
    const over = drawnOver(
      regions.map((r) => r.rings),
      (i, j) => Phaser.Geom.Rectangle.Overlaps(regions[i]!.bounds, regions[j]!.bounds),
    );
    this.over = new Map(regions.map((r, i) => [r, (over[i] ?? []).map((j) => regions[j]!)]));
    this.dirty = true;
  }

  /** The kept image no longer matches: the view, the canvas or a region's colour changed. */
  invalidate(): void {
    this.dirty = true;
  }

  /** A region starts fading: it, and what is drawn over it, are drawn live until it ends. */
  fadeStarted(r: CachedRegion): void {
    this.fading.set(r, (this.fading.get(r) ?? 0) + 1);
    this.updateLive();
  }

  fadeEnded(r: CachedRegion): void {
    const n = (this.fading.get(r) ?? 1) - 1;
    if (n > 0) this.fading.set(r, n);
    else this.fading.delete(r);
    // Its new colour goes into the image before its live drawing is hidden (in bakeIfDirty).
    this.dirty = true;
  }

  /** Regions drawn live now: the fading ones and, in turn, every region drawn over a live one. */
  private liveSet(): Set<CachedRegion> {
    const live = new Set(this.fading.keys());
    for (const r of this.regions) if (live.has(r)) for (const o of this.over.get(r) ?? []) live.add(o);
    return live;
  }

  private updateLive(): void {
    const live = this.liveSet();
    for (const r of live) if (!this.live.has(r) && r.alpha < 1) this.dirty = true;
    this.live = live;
    // Regions leaving the live set stay shown until the image has their colour (bakeIfDirty).
    for (const r of this.regions) if (live.has(r)) r.fill.setVisible(true);
  }

  private bakeIfDirty(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.live = this.liveSet();
    const cam = this.scene.cameras.main;
    // This frame's camera matrices (the renderer works them out again, the same, after this).
    cam.preRender();
    const width = Math.max(1, Math.round(cam.width));
    const height = Math.max(1, Math.round(cam.height));
    if (this.texture.width !== width || this.texture.height !== height) this.texture.setSize(width, height);
    const ctx = this.texture.context;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // The same transform Phaser gives a region's Graphics (at the origin, unscaled).
    const first = this.regions[0];
    if (first) {
      const m = Phaser.GameObjects.GetCalcMatrix(first.fill, cam).calc;
      ctx.setTransform(m.a, m.b, m.c, m.d, m.e, m.f);
    }
    ctx.lineWidth = this.borderWidth();
    ctx.strokeStyle = css(this.border, 1);
    for (const r of this.regions) {
      if (this.live.has(r) && r.alpha < 1) continue;
      ctx.fillStyle = css(r.colour, r.alpha);
      ctx.fill(r.path);
      ctx.stroke(r.path);
    }
    this.texture.refresh();
    for (const r of this.regions) r.fill.setVisible(this.live.has(r));
    // The image covers the view pixel for pixel: undo the camera's zoom and offset for it.
    this.image.setPosition(0, 0).setScale(1);
    const base = Phaser.GameObjects.GetCalcMatrix(this.image, cam).calc;
    const { a, d, e, f } = base;
    this.image.setScale(1 / a, 1 / d).setPosition(-e / a, -f / d);
  }
}
