/**
 * Phaser measures a font for every new Text (MeasureText: a pooled canvas, its font set and a
 * test string measured), which was the costliest part of the texts a choice adds (the map's
 * event markers, the meters' floating changes). Texts of one font share one measurement here.
 * A web font arriving later changes the measurement, so the cache is emptied when fonts load.
 */
import type Phaser from 'phaser';

type Style = Phaser.Types.GameObjects.Text.TextStyle;
type Metrics = Phaser.Types.GameObjects.Text.TextMetrics;

const measured = new Map<string, Metrics>();
let watching = false;

const fontOf = (style: Style): string => `${style.fontStyle ?? ''}|${String(style.fontSize ?? '')}|${style.fontFamily ?? ''}`;

/** Add a Text to `scene`, reusing the font's measurement when another text of the font has one. */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Style): Phaser.GameObjects.Text {
  if (!watching && typeof document !== 'undefined' && 'fonts' in document) {
    watching = true;
    document.fonts.addEventListener('loadingdone', () => measured.clear());
  }
  const key = fontOf(style);
  const known = measured.get(key);
  const t = scene.add.text(x, y, text, known ? { ...style, metrics: known } : style);
  if (!known) measured.set(key, t.style.getTextMetrics());
  return t;
}
