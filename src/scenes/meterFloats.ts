/**
 * The meters' floating changes ("+5", "−3") as Texts kept per meter: one that has run its
 * course is hidden and kept for the meter's next change, and while the player reads, the
 * changes each option would make are drawn into kept ones ahead. A press then finds its
 * change already drawn: making a new Text in a choice's click (a canvas, its style, its
 * measurement) or redrawing one costs more than showing it.
 */
import type Phaser from 'phaser';
import type { MeterId } from '../engine/types';

type Text = Phaser.GameObjects.Text;

/** A floating change as drawn: its text, colour and type size. */
export interface FloatLook {
  text: string;
  color: string;
  fontSize: string;
}

const looksLike = (t: Text, look: FloatLook): boolean =>
  t.text === look.text && t.style.color === look.color && t.style.fontSize === look.fontSize;

/** Set a float to `look`, redrawing it once at most (each setter alone redraws the text). */
function draw(t: Text, look: FloatLook): Text {
  if (looksLike(t, look)) return t;
  if (t.style.fontSize !== look.fontSize) t.setFontSize(look.fontSize);
  if (t.style.color !== look.color) {
    t.style.color = look.color;
    if (t.text === look.text) t.updateText();
  }
  return t.setText(look.text);
}

export class FloatTexts {
  private readonly pools = new Map<MeterId, Text[]>();

  /** `make`: a new float Text for the meter; `kept`: hidden floats kept per meter at most. */
  constructor(
    private readonly make: (id: MeterId, look: FloatLook) => Text,
    private readonly kept = 3,
  ) {}

  /** Keep a float that has run its course, hidden, for the meter's next change. */
  keep(id: MeterId, t: Text): void {
    this.pool(id).push(t.setVisible(false));
  }

  /** Draw ahead, hidden, a change an option would make. */
  prepare(id: MeterId, look: FloatLook): void {
    const pool = this.pool(id);
    if (pool.some((t) => looksLike(t, look))) return;
    const t = pool.length < this.kept ? this.make(id, look).setVisible(false) : pool.shift();
    if (t) pool.push(draw(t, look));
  }

  /** A float showing `look`: one drawn ahead, another kept one set to it, or a new one. */
  take(id: MeterId, look: FloatLook): Text {
    const pool = this.pool(id);
    const [spare] = pool.splice(
      Math.max(
        0,
        pool.findIndex((t) => looksLike(t, look)),
      ),
      1,
    );
    return spare ? draw(spare, look) : this.make(id, look);
  }

  private pool(id: MeterId): Text[] {
    let pool = this.pools.get(id);
    if (!pool) this.pools.set(id, (pool = []));
    return pool;
  }
}
