/**
 * The seven meters and two tallies, drawn by Phaser: bars that animate, the change floating
 * up beside the value, and the reasons written under the row. The same values are in the
 * DOM as ARIA meters (ui/MeterStrip).
 */
import Phaser from 'phaser';
import { METERS, METER_LABELS, type Effect, type GameState, type MeterId } from '../engine/types';
import { formatDelta } from '../shared/numbers';
import { captionText, talliesText } from './meterText';
import { hexToNumber, type Theme } from './theme';
import { FloatSlots } from './floatSlots';
import { FloatTexts, type FloatLook } from './meterFloats';
import { floatPlace } from './floatPlace';
import { addText } from './textMetrics';
import { TextStock } from './textStock';
import type { Upcoming } from '../engine/Game';

interface MeterGfx {
  name: Phaser.GameObjects.Text;
  value: TextStock;
  track: Phaser.GameObjects.Rectangle;
  fill: Phaser.GameObjects.Rectangle;
  shown: number;
}

/**
 * How much bigger than on a laptop the meters are drawn (1 up to 1.5 on a projector): by the
 * strip's width, or at least `least` where the screen asks for it (the classroom's projector).
 */
export function meterScale(width: number, least = 1): number {
  return Math.min(1.5, Math.max(least, width / 900));
}

/** The type sizes the meters are drawn at, in CSS pixels (published for tests). */
export interface MeterTextSizes {
  name: number;
  value: number;
  tallies: number;
  caption: number;
  /** The change that floats up beside a value. */
  change: number;
}

export interface MeterSceneData {
  theme: Theme;
  reducedMotion: boolean;
  /** The least scale the screen asks for (1 unless a projector layout wants more). */
  leastScale?: () => number;
  onLayout?: (sizes: MeterTextSizes) => void;
}

/** A meter's summed change in a scene. */
const deltaOf = (effects: readonly Effect[], id: MeterId): number => effects.filter((e) => e.meter === id).reduce((s, e) => s + e.delta, 0);

export class MeterScene extends Phaser.Scene {
  private meters = new Map<MeterId, MeterGfx>();
  /** The change floating beside each meter's value (one at a time). */
  private floats = this.makeFloats();
  /** Floats off screen, kept per meter for its next changes (meterFloats.ts). */
  private spareFloats = this.makeSpareFloats();
  private caption!: TextStock;
  private tallies!: TextStock;
  private opts!: MeterSceneData;
  /** The scale the meters are drawn at (meterScale), for the changes that float up too. */
  private k = 1;
  /** The gauges' cells in CSS pixels from the strip's top-left corner (for clicks). */
  private cells: { id: MeterId; x: number; y: number; w: number; h: number }[] = [];

  constructor() {
    super('meters');
  }

  init(data: MeterSceneData): void {
    this.opts = data;
    this.meters = new Map();
    this.spareFloats = this.makeSpareFloats();
    this.floats = this.makeFloats();
  }

  create(): void {
    const { theme } = this.opts;
    for (const id of METERS) {
      const name = this.add.text(0, 0, METER_LABELS[id].name.toUpperCase(), {
        fontFamily: theme.display,
        fontSize: '15px',
        color: theme.ink,
        fontStyle: '500',
      });
      const value = this.stock(
        this.add.text(0, 0, '0', { fontFamily: theme.display, fontSize: '22px', color: theme.ink, fontStyle: '700' }),
        4,
      );
      const track = this.add.rectangle(0, 0, 10, 10, hexToNumber(theme.ink), 0.14).setOrigin(0, 0);
      const fill = this.add.rectangle(0, 0, 0, 10, hexToNumber(theme.accent)).setOrigin(0, 0);
      this.meters.set(id, { name, value, track, fill, shown: 0 });
    }
    this.caption = this.stock(
      this.add.text(0, 0, '', { fontFamily: theme.body, fontSize: '14px', color: theme.ink, wordWrap: { width: 600 } }),
    );
    this.tallies = this.stock(this.add.text(0, 0, '', { fontFamily: theme.display, fontSize: '15px', color: theme.ink }));
    // Each meter's floating change made now, while the map loads, and kept hidden until used.
    for (const id of METERS) this.spareFloats.prepare(id, this.floatLook(1));
    const layout = (): void => this.layout();
    this.scale.on('resize', layout);
    this.events.once('shutdown', () => this.scale.off('resize', layout));
    this.layout();
  }

  /**
   * Place the row: one line of seven on wide screens, two lines on narrow ones; on a
   * projector everything grows so the meters read from the back of a classroom.
   */
  private layout(): void {
    const cam = this.cameras.main;
    // The camera is zoomed by the device pixel ratio (origin 0): lay out in CSS pixels.
    const w = cam.width / cam.zoom;
    const k = meterScale(w, this.opts.leastScale?.());
    this.k = k;
    const perRow = w < 640 ? 4 : 7;
    const pad = 10;
    const cellW = (w - pad * 2) / perRow;
    const rowH = 50 * k;
    const compact = cellW < 110;
    this.cells = [];
    METERS.forEach((id, i) => {
      const m = this.meters.get(id);
      if (!m) return;
      m.name.setFontSize(Math.round((compact ? 12 : 15) * k));
      m.value.text.setFontSize(Math.round((compact ? 17 : 22) * k));
      const x = pad + (i % perRow) * cellW;
      const y = 6 + Math.floor(i / perRow) * rowH;
      this.cells.push({ id, x, y, w: cellW, h: rowH });
      m.name.setPosition(x, y);
      m.value.text.setPosition(x + cellW - 12, y - 4).setOrigin(1, 0);
      m.track.setPosition(x, y + 26 * k).setSize(cellW - 12, 12 * k);
      m.fill.setPosition(x, y + 26 * k).setSize(((cellW - 12) * m.shown) / 100, 12 * k);
    });
    const rows = Math.ceil(METERS.length / perRow);
    const below = 6 + rows * rowH;
    this.tallies.text.setFontSize(Math.round(15 * k)).setPosition(pad, below);
    this.caption.text
      .setFontSize(Math.round(14 * k))
      .setPosition(pad, below + 22 * k)
      .setWordWrapWidth(w - pad * 2);
    const first = this.meters.get(METERS[0]);
    const px = (t: Phaser.GameObjects.Text | undefined): number => parseFloat(String(t?.style.fontSize ?? 0));
    this.opts.onLayout?.({
      name: px(first?.name),
      value: px(first?.value.text),
      tallies: px(this.tallies.text),
      caption: px(this.caption.text),
      change: this.deltaSize(),
    });
  }

  /** The gauge at a point of the strip (CSS pixels from its top-left corner), if any. */
  meterAt(x: number, y: number): MeterId | null {
    return this.cells.find((c) => x >= c.x && x < c.x + c.w && y >= c.y && y < c.y + c.h)?.id ?? null;
  }

  show(state: GameState, effects: readonly Effect[]): void {
    for (const id of METERS) {
      const m = this.meters.get(id);
      if (!m) continue;
      const target = state.meters[id];
      const from = m.shown;
      m.value.show(String(target));
      const delta = deltaOf(effects, id);
      if (delta !== 0) this.floatDelta(id, m, delta);
      this.animate(from, target, (v) => {
        m.shown = v;
        m.fill.width = (m.track.width * v) / 100;
      });
    }
    this.tallies.show(talliesText(state));
    this.caption.show(captionText(effects, this.narrow()));
  }

  /** Draw ahead the values, tallies and reasons each option would show (TextStock). */
  prepare(next: readonly Upcoming[]): void {
    for (const { scene, state } of next) {
      for (const [id, m] of this.meters) m.value.prepare(String(state.meters[id]));
      this.tallies.prepare(talliesText(state));
      this.caption.prepare(captionText(scene.effects, this.narrow()));
      for (const id of METERS) {
        const delta = deltaOf(scene.effects, id);
        if (delta !== 0) this.spareFloats.prepare(id, this.floatLook(delta));
      }
    }
  }

  /** A phone's strip: room for one reason under the row. */
  private narrow(): boolean {
    const cam = this.cameras.main;
    return cam.width / cam.zoom < 640;
  }

  /** A Text kept with spares drawn ahead, each made like it (its style now, origin and place). */
  private stock(first: Phaser.GameObjects.Text, limit?: number): TextStock {
    const make = (text: string): Phaser.GameObjects.Text => {
      const shown = stock.text;
      const s = shown.style;
      return addText(this, shown.x, shown.y, text, {
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        fontStyle: s.fontStyle,
        color: s.color,
        resolution: s.resolution,
        wordWrap: s.wordWrapWidth ? { width: s.wordWrapWidth } : undefined,
      }).setOrigin(shown.originX, shown.originY);
    };
    const stock = new TextStock(first, make, limit);
    return stock;
  }

  private animate(from: number, to: number, step: (v: number) => void): void {
    if (this.opts.reducedMotion || from === to) {
      step(to);
      return;
    }
    this.tweens.addCounter({
      from,
      to,
      duration: 600,
      ease: 'Cubic.easeOut',
      onUpdate: (tw) => step(tw.getValue() ?? to),
    });
  }

  /** The floating change's type size: 18 px on a laptop, growing with the meters. */
  private deltaSize(): number {
    return Math.round(18 * this.k);
  }

  /** One float per meter on screen; one that has run its course is kept for the next change. */
  private makeFloats(): FloatSlots<MeterId, Phaser.GameObjects.Text> {
    return new FloatSlots((t) => {
      this.tweens.killTweensOf(t);
      (t.getData('timer') as Phaser.Time.TimerEvent | undefined)?.remove();
      // A name that stepped aside for this change comes back.
      const id = t.getData('hides') as MeterId | undefined;
      if (id) this.meters.get(id)?.name.setAlpha(1);
      t.data.remove(['hides', 'timer']);
      this.spareFloats.keep(t.getData('meter') as MeterId, t);
    });
  }

  private makeSpareFloats(): FloatTexts {
    return new FloatTexts((id, look) =>
      addText(this, 0, 0, look.text, { fontFamily: this.opts.theme.display, fontSize: look.fontSize, fontStyle: '700', color: look.color })
        .setOrigin(1, 0)
        .setData('meter', id),
    );
  }

  private floatLook(delta: number): FloatLook {
    const { theme } = this.opts;
    return { text: formatDelta(delta), color: delta > 0 ? theme.ink : theme.accent, fontSize: `${this.deltaSize()}px` };
  }

  /** How many changes float beside their values (each is still to move or to go). */
  get floating(): number {
    return this.floats.size;
  }

  private floatDelta(id: MeterId, m: MeterGfx, delta: number): void {
    const t = this.floats.replace(id, () => {
      const value = m.value.text;
      const text = this.spareFloats
        .take(id, this.floatLook(delta))
        .setPosition(0, value.y + 2)
        .setAlpha(1)
        .setVisible(true);
      const place = floatPlace(m.name.x + m.name.width, value.x - value.width, text.width);
      text.setX(place.right);
      if (place.hideName) {
        m.name.setAlpha(0);
        text.setData('hides', id);
      }
      return text;
    });
    if (this.opts.reducedMotion) {
      t.setData(
        'timer',
        this.time.delayedCall(2500, () => this.floats.done(id, t)),
      );
      return;
    }
    this.tweens.add({ targets: t, y: t.y - 14, alpha: 0, delay: 1400, duration: 900, onComplete: () => this.floats.done(id, t) });
  }
}
