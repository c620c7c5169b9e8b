/**
 * A Text drawn ahead. Phaser draws a Text's string into the Text's own canvas whenever the
 * string changes (each word measured for wrapping, each line drawn): a wrapped caption costs
 * a millisecond or more. While the player reads, the strings each option would show are drawn
 * into hidden spares; a choice's click then only swaps which Text is visible. A string nobody
 * drew ahead, or drawn before the shown Text's style changed (a new size on a resize), is
 * drawn into the shown Text, as before.
 */
import type Phaser from 'phaser';

type Text = Phaser.GameObjects.Text;

/** What a Text's drawing depends on besides its string. */
const look = (t: Text): string => {
  const s = t.style;
  // Only plain colours are used on the map and meters.
  const colour = typeof s.color === 'string' ? s.color : '?';
  return `${s.fontFamily}|${s.fontSize}|${s.fontStyle}|${colour}|${s.resolution}|${s.wordWrapWidth ?? ''}`;
};

export class TextStock {
  private readonly spares = new Map<string, Text>();

  /**
   * `make(text)`: a new Text like the shown one (style, size, origin, depth) with `text`;
   * `limit`: spares kept at most (the oldest goes first).
   */
  constructor(
    private shown: Text,
    private readonly make: (text: string) => Text,
    private readonly limit = 8,
  ) {}

  /** The Text on screen now. */
  get text(): Text {
    return this.shown;
  }

  /** Draw `text` into a hidden spare, unless the shown Text or a spare like it already has it. */
  prepare(text: string): void {
    if (this.shown.text === text || this.usable(text)) return;
    this.drop(text);
    const oldest = this.spares.keys().next();
    if (this.spares.size >= this.limit && !oldest.done) this.drop(oldest.value);
    this.spares.set(text, this.make(text).setVisible(false));
  }

  /** Show `text`: a spare drawn ahead takes the shown one's place, or the shown one is redrawn. */
  show(text: string): Text {
    const spare = this.usable(text);
    if (!spare) return this.shown.setText(text);
    this.spares.delete(text);
    spare.setPosition(this.shown.x, this.shown.y).setVisible(this.shown.visible);
    this.shown.setVisible(false);
    this.drop(this.shown.text);
    this.spares.set(this.shown.text, this.shown);
    this.shown = spare;
    if (this.spares.size > this.limit) this.drop(this.spares.keys().next().value ?? '');
    return spare;
  }

  /** The spare showing `text`, if it is drawn as the shown Text is now. */
  private usable(text: string): Text | undefined {
    const spare = this.spares.get(text);
    return spare && look(spare) === look(this.shown) ? spare : undefined;
  }

  /** How many spares are drawn (for tests). */
  get size(): number {
    return this.spares.size;
  }

  private drop(key: string): void {
    this.spares.get(key)?.destroy();
    this.spares.delete(key);
  }
}
