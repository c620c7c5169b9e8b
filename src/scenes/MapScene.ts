/**
 * The map of Eurasia: regions filled by who controls them, with a name and a control mark
 * on each (colour is never the only signal), animated changes and event markers.
 * Geometry is pre-projected at build time (scripts/build-map.ts) into a 1600x900 plane.
 *
 * The camera works in device pixels (the canvas is devicePixelRatio times its CSS size, see
 * createWorldView); everything that should keep a constant size on screen — labels,
 * markers, borders, the selection outline — is scaled by dpr / camera zoom. Input arrives
 * from the DOM in CSS pixels relative to the canvas.
 */
import Phaser from 'phaser';
import type { RegionInfo } from '../engine/regions';
import type { Control, GameState, Scene } from '../engine/types';
import { CONTROL_COLOURS, CONTROL_MARKS } from '../shared/palette';
import { hexToNumber, mixColour, type Theme } from './theme';
import { borderWidth, drawOutline, makeLabel, paintRegion, regionAlpha } from './mapPaint';
import { RegionCache, regionOutline, type CachedRegion } from './regionCache';
import { placeMarkers, prepareMarkers, prewarmMarkers } from './mapMarkers';
import type { Upcoming } from '../engine/Game';
import { DEFAULT_FRAME, clampView, panBy, pointInRing, zoomAbout, type View, type ViewTransform } from './mapView';
import { layoutLabels, type PlacedMarker } from './mapLabels';
import { regionShapes } from './mapGeometry';

export const MAP_WIDTH = 1600;
export const MAP_HEIGHT = 900;
const PLANE = { width: MAP_WIDTH, height: MAP_HEIGHT };
const FRAME = DEFAULT_FRAME;
/** Long enough to follow, short enough not to wait for. */
const CAMERA_MS = 220;
/** Markers made while the map loads: most scenes have no more. */
const MARKERS_AHEAD = 3;

interface RegionGfx extends CachedRegion {
  info: RegionInfo;
  rings: Phaser.Math.Vector2[][];
  label: Phaser.GameObjects.Text | null;
  control: Control | null;
}

export interface MapSceneData {
  theme: Theme;
  reducedMotion: boolean;
  /** Whether each label also carries its side's letter (the Settings; colour and legend otherwise). */
  letters?(): boolean;
  /** Called with Moscow's label text each time the labels are set. */
  onLabel?(text: string): void;
  /** Called whenever the camera moves, with where the world now sits on the canvas. */
  onView?(transform: ViewTransform): void;
}

export class MapScene extends Phaser.Scene {
  /** In draw order: larger regions first, so the last hit in this order is the one on top. */
  private regions = new Map<string, RegionGfx>();
  private opts!: MapSceneData;
  private markerLayer!: Phaser.GameObjects.Container;
  private outline!: Phaser.GameObjects.Graphics;
  private markers: PlacedMarker[] = [];
  private selected: string | null = null;
  private view: View = { cx: MAP_WIDTH / 2, cy: MAP_HEIGHT / 2, zoom: 1 };
  /** True until the player moves the camera: a resize then re-frames instead of keeping the view. */
  private atDefault = true;
  private fitZoom = 1;
  private paintedScale = 0;
  private viewTween: Phaser.Tweens.Tween | null = null;
  /** The regions drawn once and kept: Canvas renderer only, the one chosen where there is no GPU (WebGL, on a GPU, redraws them cheaply). */
  private regionLayer: RegionCache | null = null;

  constructor() {
    super('map');
  }

  init(data: MapSceneData): void {
    this.opts = data;
    this.regions = new Map();
    this.markers = [];
    this.selected = null;
    this.atDefault = true;
    this.paintedScale = 0;
    this.regionLayer = null;
  }

  create(): void {
    if (this.sys.game.renderer.type === Phaser.CANVAS)
      this.regionLayer = new RegionCache(this, hexToNumber(this.opts.theme.border), () => borderWidth(this.dpr / this.camScale));
    // Larger regions first, so small ones sit on top of any shared edge.
    for (const { info, rings } of regionShapes()) {
      const fill = this.add.graphics();
      const r: RegionGfx = { info, rings, fill, label: null, colour: 0, control: null, alpha: regionAlpha(info), ...regionOutline(rings) };
      this.regions.set(info.id, r);
    }
    this.regionLayer?.setRegions([...this.regions.values()]);
    // Above every fill, below the labels, so a selected region's name stays readable.
    this.outline = this.add.graphics();
    for (const r of this.regions.values()) if (r.info.name) r.label = makeLabel(this, r.info, this.opts.theme);
    this.markerLayer = this.add.container(0, 0);
    prewarmMarkers(this, this.markerLayer, this.opts.theme, this.dpr, MARKERS_AHEAD);
    this.events.once('shutdown', () => this.viewTween?.stop());
    this.fit();
  }

  /** Canvas pixels per CSS pixel (the Scale Manager's zoom is 1 / dpr). */
  private get dpr(): number {
    return 1 / (this.scale.zoom || 1);
  }

  /** World units to device pixels. */
  private get camScale(): number {
    return this.fitZoom * this.view.zoom;
  }

  private defaultView(): View {
    // Every screen starts on the whole of Eurasia, the Far East included; zoom brings names in.
    return { cx: FRAME.x + FRAME.width / 2, cy: FRAME.y + FRAME.height / 2, zoom: 1 };
  }

  /** After the canvas or the map's viewport changed size: fit the frame again, keep the player's view. */
  fit(): void {
    const cam = this.cameras.main;
    this.fitZoom = Math.min(cam.width / FRAME.width, cam.height / FRAME.height) || 1;
    this.setView(this.atDefault ? this.defaultView() : this.view);
  }

  /** Where the world sits on the canvas, in CSS pixels. */
  transform(): ViewTransform {
    const cam = this.cameras.main;
    const s = this.camScale;
    return {
      scale: s / this.dpr,
      originX: this.view.cx - cam.width / 2 / s,
      originY: this.view.cy - cam.height / 2 / s,
      height: cam.height / this.dpr,
    };
  }

  /** The map's own height on the canvas in CSS pixels (the meter strip is below it). */
  heightCss(): number {
    return this.cameras.main.height / this.dpr;
  }

  private toWorld(cssX: number, cssY: number): { x: number; y: number } {
    const t = this.transform();
    return { x: t.originX + cssX / t.scale, y: t.originY + cssY / t.scale };
  }

  panScreen(dxCss: number, dyCss: number, animate = false): void {
    this.move(panBy(this.view, dxCss * this.dpr, dyCss * this.dpr, this.camScale), animate);
  }

  /** Zoom about a point on the canvas (CSS pixels), or about the middle of the map. */
  zoomScreen(factor: number, cssX?: number, cssY?: number, animate = false): void {
    const cam = this.cameras.main;
    const anchor = this.toWorld(cssX ?? cam.width / 2 / this.dpr, cssY ?? cam.height / 2 / this.dpr);
    this.move(zoomAbout(this.view, factor, anchor), animate);
  }

  resetView(animate = false): void {
    this.move(this.defaultView(), animate);
    this.atDefault = true;
  }

  /** The named region drawn at a canvas point (CSS pixels), or null for the sea and unnamed land. */
  regionAtScreen(cssX: number, cssY: number): string | null {
    if (cssY > this.heightCss()) return null;
    const p = this.toWorld(cssX, cssY);
    let hit: RegionGfx | null = null;
    for (const r of this.regions.values()) if (r.rings.some((ring) => pointInRing(p, ring))) hit = r;
    return hit?.info.name ? hit.info.id : null;
  }

  /** Outline a region (null clears). With `reveal`, bring its label point into view if it is off screen. */
  select(id: string | null, reveal = false): void {
    this.selected = id && this.regions.has(id) ? id : null;
    this.drawOutline();
    const r = this.selected ? this.regions.get(this.selected) : undefined;
    if (!r || !reveal) return;
    const cam = this.cameras.main;
    const t = this.transform();
    const [x, y] = r.info.label;
    const sx = (x - t.originX) * t.scale;
    const sy = (y - t.originY) * t.scale;
    const margin = 24;
    const w = cam.width / this.dpr;
    const h = cam.height / this.dpr;
    if (sx < margin || sy < margin || sx > w - margin || sy > h - margin) this.move({ ...this.view, cx: x, cy: y }, true);
  }

  private move(target: View, animate: boolean): void {
    this.atDefault = false;
    this.viewTween?.stop();
    this.viewTween = null;
    const cam = this.cameras.main;
    const to = clampView(target, this.fitZoom, cam, PLANE);
    if (!animate || this.opts.reducedMotion) {
      this.setView(to);
      return;
    }
    const from = this.view;
    // Centre moves linearly, zoom geometrically, so a zoom feels even from start to end.
    this.viewTween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: CAMERA_MS,
      ease: 'Sine.easeOut',
      onUpdate: (tw) => {
        const k = tw.getValue() ?? 1;
        this.setView({
          cx: from.cx + (to.cx - from.cx) * k,
          cy: from.cy + (to.cy - from.cy) * k,
          zoom: from.zoom * (to.zoom / from.zoom) ** k,
        });
      },
      onComplete: () => {
        this.viewTween = null;
      },
    });
  }

  private setView(view: View): void {
    const cam = this.cameras.main;
    this.view = clampView(view, this.fitZoom, cam, PLANE);
    cam.setZoom(this.camScale);
    cam.centerOn(this.view.cx, this.view.cy);
    this.regionLayer?.invalidate();
    if (this.camScale !== this.paintedScale) {
      // Borders are drawn in world units: redraw them so they keep their width on screen.
      this.paintedScale = this.camScale;
      for (const r of this.regions.values()) if (r.control !== null) this.paint(r, r.colour);
      this.drawOutline();
    }
    this.layoutLabels();
    this.opts.onView?.(this.transform());
  }

  /** Keep labels and markers a constant size on screen and hide those that collide (mapLabels.ts). */
  private layoutLabels(): void {
    layoutLabels(this.markers, this.regions.values(), this.dpr, this.camScale, this.cameras.main.width / this.dpr);
  }

  private paint(r: RegionGfx, colour: number): void {
    r.colour = colour;
    paintRegion(r.fill, r.info, r.rings, colour, this.dpr / this.camScale, this.opts.theme);
  }

  private drawOutline(): void {
    const r = this.selected ? this.regions.get(this.selected) : undefined;
    drawOutline(this.outline, r?.rings ?? null, this.dpr / this.camScale);
  }

  /** Each label: the region's name, and its side's letter when the Settings ask for it. True if one changed. */
  relabel(state: GameState): boolean {
    const letters = this.opts.letters?.() ?? false;
    let changed = false;
    for (const r of this.regions.values()) {
      const name = r.info.name?.toUpperCase() ?? '';
      const label = name && letters ? `${name}\n${CONTROL_MARKS[state.control[r.info.id] ?? r.info.initial]}` : name;
      if (r.label && r.label.text !== label) {
        r.label.setText(label);
        changed = true;
      }
      if (r.info.id === 'moscow') this.opts.onLabel?.(label);
    }
    return changed;
  }

  show(state: GameState, scene: Scene): void {
    const relabelled = this.relabel(state);
    for (const r of this.regions.values()) {
      const control = state.control[r.info.id] ?? r.info.initial;
      const target = hexToNumber(CONTROL_COLOURS[control]);
      if (r.control === null || this.opts.reducedMotion) {
        this.paint(r, target);
        this.regionLayer?.invalidate();
      } else if (r.control !== control) {
        const from = r.colour;
        this.regionLayer?.fadeStarted(r);
        this.tweens.addCounter({
          from: 0,
          to: 1,
          duration: 700,
          ease: 'Sine.easeInOut',
          onUpdate: (tw) => this.paint(r, mixColour(from, target, tw.getValue() ?? 1)),
          onComplete: () => this.regionLayer?.fadeEnded(r),
        });
      }
      r.control = control;
    }
    // Which labels fit depends only on the labels' texts and the markers: with neither changed
    // (no markers before or now), the last layout stands.
    const hadMarkers = this.markers.length > 0;
    this.markers = placeMarkers(this, this.markerLayer, scene.markers, (id) => this.regions.get(id)?.info, this.opts.theme, this.dpr);
    if (relabelled || hadMarkers || this.markers.length > 0) this.layoutLabels();
  }

  /** Draw ahead the event markers' captions each option's scene would show. */
  prepare(next: readonly Upcoming[]): void {
    const captions = next.flatMap(({ scene }) => scene.markers.map((m) => m.caption));
    prepareMarkers(this, this.markerLayer, captions, this.opts.theme, this.dpr);
  }
}
