/**
 * The map of Eurasia: regions filled by who controls them, with a name and a control mark
 * on each (colour is never the only signal), animated changes and event markers.
 * Geometry is pre-projected at build time (scripts/build-map.ts) into a 1600x900 plane.
 */
import Phaser from 'phaser';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import topology from '../../assets/map/eurasia.topo.json';
import { REGIONS, type RegionInfo } from '../engine/regions';
import type { Control, GameState, Scene } from '../engine/types';
import { CONTROL_COLOURS, CONTROL_MARKS } from '../ui/format';
import { hexToNumber, mixColour, type Theme } from './theme';
import { meterScale } from './MeterScene';

export const MAP_WIDTH = 1600;
export const MAP_HEIGHT = 900;
/** What the camera frames by default: the Atlantic to the Pacific, the Arctic to Persia. */
const FRAME = { x: 8, y: 80, width: 1584, height: 700 };
/** On a phone the whole of Eurasia is too small to read: frame Europe and European Russia. */
const FRAME_NARROW = { x: 60, y: 150, width: 760, height: 560 };

interface RegionGfx {
  info: RegionInfo;
  rings: Phaser.Math.Vector2[][];
  fill: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text | null;
  colour: number;
  control: Control | null;
}

/** The capitals are labelled before anything that might crowd them out. */
const LABEL_FIRST = ['petrograd', 'moscow'];

export interface MapSceneData {
  theme: Theme;
  reducedMotion: boolean;
}

function ringsOf(f: Feature<Polygon | MultiPolygon>): Phaser.Math.Vector2[][] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  // Outer rings only: holes were removed at build time and fillPoints ignores them anyway.
  return polys.map((p) => (p[0] ?? []).map(([x = 0, y = 0]) => new Phaser.Math.Vector2(x, y)));
}

export class MapScene extends Phaser.Scene {
  private regions = new Map<string, RegionGfx>();
  private opts!: MapSceneData;
  private markerLayer!: Phaser.GameObjects.Container;

  constructor() {
    super('map');
  }

  init(data: MapSceneData): void {
    this.opts = data;
    this.regions = new Map();
  }

  create(): void {
    const topo = topology as unknown as Topology<{ regions: GeometryCollection }>;
    const collection = feature(topo, topo.objects.regions);
    const byId = new Map(REGIONS.map((r) => [r.id, r]));
    // Larger regions first, so small ones sit on top of any shared edge.
    const features = (collection.features as Feature[])
      .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
      .sort((a, b) => (byId.get(String(b.id))?.weight ?? 0) - (byId.get(String(a.id))?.weight ?? 0));
    for (const f of features) {
      const info = byId.get(String(f.id));
      if (!info) continue;
      const fill = this.add.graphics();
      this.regions.set(info.id, { info, rings: ringsOf(f), fill, label: null, colour: 0, control: null });
    }
    for (const r of this.regions.values()) if (r.info.name) r.label = this.makeLabel(r.info);
    this.markerLayer = this.add.container(0, 0);
    this.scale.on('resize', this.frame, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.frame, this));
    this.frame();
  }

  private makeLabel(info: RegionInfo): Phaser.GameObjects.Text {
    const { theme } = this.opts;
    return this.add
      .text(info.label[0], info.label[1], info.name.toUpperCase(), {
        fontFamily: theme.display, fontSize: '13px', fontStyle: '500', color: '#111111', align: 'center',
        backgroundColor: 'rgba(243,236,221,0.78)', padding: { x: 3, y: 1 },
      })
      .setOrigin(0.5, 0.5);
  }

  /** Fit the frame into the camera and keep labels a constant size on screen, without collisions. */
  private frame(): void {
    const cam = this.cameras.main;
    const frame = cam.width < 640 ? FRAME_NARROW : FRAME;
    const zoom = Math.min(cam.width / frame.width, cam.height / frame.height);
    cam.setZoom(zoom);
    cam.centerOn(frame.x + frame.width / 2, frame.y + frame.height / 2);
    const placed: Phaser.Geom.Rectangle[] = [];
    const rank = (r: RegionGfx): number => (LABEL_FIRST.includes(r.info.id) ? 2 : r.info.inEmpire ? 1 : 0);
    const ordered = [...this.regions.values()].sort((a, b) => rank(b) - rank(a) || b.info.weight - a.info.weight);
    for (const r of ordered) {
      if (!r.label) continue;
      r.label.setScale(meterScale(cam.width) / zoom);
      const b = r.label.getBounds();
      const clash = placed.some((p) => Phaser.Geom.Intersects.RectangleToRectangle(p, b));
      r.label.setVisible(!clash);
      if (!clash) placed.push(b);
    }
    this.markerLayer.each((m: Phaser.GameObjects.GameObject) => {
      (m as Phaser.GameObjects.Container).setScale(1 / zoom);
    });
  }

  private paint(r: RegionGfx, colour: number): void {
    const zoom = this.cameras.main.zoom || 1;
    r.colour = colour;
    r.fill.clear();
    r.fill.fillStyle(colour, r.info.id === 'rest' ? 0.35 : 1);
    r.fill.lineStyle(1.2 / zoom, hexToNumber(this.opts.theme.border), 1);
    for (const ring of r.rings) {
      if (ring.length < 3) continue;
      r.fill.fillPoints(ring, true);
      r.fill.strokePoints(ring, true);
    }
  }

  show(state: GameState, scene: Scene): void {
    for (const r of this.regions.values()) {
      const control = state.control[r.info.id] ?? r.info.initial;
      const target = hexToNumber(CONTROL_COLOURS[control]);
      const label = r.info.name ? `${r.info.name.toUpperCase()}\n${CONTROL_MARKS[control]}` : '';
      if (r.label) r.label.setText(label);
      if (r.control === null || this.opts.reducedMotion) {
        this.paint(r, target);
      } else if (r.control !== control) {
        const from = r.colour;
        this.tweens.addCounter({
          from: 0, to: 1, duration: 700, ease: 'Sine.easeInOut',
          onUpdate: (tw) => this.paint(r, mixColour(from, target, tw.getValue() ?? 1)),
        });
      }
      r.control = control;
    }
    this.showMarkers(scene);
    this.frame();
  }

  private showMarkers(scene: Scene): void {
    this.markerLayer.removeAll(true);
    const { theme } = this.opts;
    for (const m of scene.markers) {
      const r = this.regions.get(m.region);
      if (!r) continue;
      const [x, y] = r.info.label;
      const dot = this.add.circle(0, 0, 7, hexToNumber(theme.accent)).setStrokeStyle(2, 0xffffff);
      const text = this.add.text(10, -8, m.caption, {
        fontFamily: theme.body, fontSize: '13px', color: '#ffffff', backgroundColor: '#1b1a17', padding: { x: 4, y: 2 },
        wordWrap: { width: 220 },
      });
      const marker = this.add.container(x, y + 16, [dot, text]);
      this.markerLayer.add(marker);
    }
  }
}
