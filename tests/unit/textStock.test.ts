import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { TextStock } from '../../src/scenes/textStock';

/** The part of a Phaser Text a TextStock uses; `draws` counts the strings drawn into it. */
class FakeText {
  draws = 0;
  visible = true;
  destroyed = false;
  x = 0;
  y = 0;
  style = { fontFamily: 'serif', fontSize: '14px', fontStyle: '', color: '#000', resolution: 1, wordWrapWidth: 600 as number | null };
  constructor(public text: string) {}
  setText(text: string): this {
    if (text !== this.text) this.draws += 1;
    this.text = text;
    return this;
  }
  setVisible(v: boolean): this {
    this.visible = v;
    return this;
  }
  setPosition(x: number, y: number): this {
    this.x = x;
    this.y = y;
    return this;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function stock(limit?: number): { s: TextStock; made: FakeText[]; first: FakeText } {
  const first = new FakeText('old');
  first.setPosition(10, 20);
  const made: FakeText[] = [];
  const s = new TextStock(
    first as unknown as Phaser.GameObjects.Text,
    (text) => {
      const t = new FakeText(text);
      t.style = { ...s.text.style } as FakeText['style'];
      made.push(t);
      return t as unknown as Phaser.GameObjects.Text;
    },
    limit,
  );
  return { s, made, first };
}

describe('TextStock: texts drawn ahead, swapped in on a choice', () => {
  it('shows a string drawn ahead by swapping Texts, drawing nothing, in the shown one’s place', () => {
    const { s, made, first } = stock();
    s.prepare('option A');
    s.prepare('option B');
    expect(made.map((t) => [t.text, t.visible])).toEqual([
      ['option A', false],
      ['option B', false],
    ]);
    const shown = s.show('option B') as unknown as FakeText;
    expect(shown).toBe(made[1]);
    expect([shown.visible, shown.x, shown.y, shown.draws]).toEqual([true, 10, 20, 0]);
    expect(first.visible).toBe(false);
    expect(s.text).toBe(shown);
  });

  it('draws a string nobody prepared into the shown Text, as before', () => {
    const { s, first } = stock();
    s.prepare('option A');
    expect(s.show('something else')).toBe(first);
    expect([first.text, first.draws, first.visible]).toEqual(['something else', 1, true]);
  });

  it('does not use a spare drawn before the shown Text’s style changed (a resize)', () => {
    const { s, first, made } = stock();
    s.prepare('option A');
    first.style = { ...first.style, fontSize: '18px' };
    expect(s.show('option A')).toBe(first);
    expect(first.text).toBe('option A');
    // Asked again, it is drawn anew in the new style.
    s.show('old');
    s.prepare('option A');
    expect(made.at(-1)?.style.fontSize).toBe('18px');
    expect(made[0]?.destroyed).toBe(true);
  });

  it('keeps at most `limit` spares, dropping the oldest, and the old shown Text becomes one', () => {
    const { s, made, first } = stock(2);
    for (const t of ['a', 'b', 'c']) s.prepare(t);
    expect(made.map((t) => t.destroyed)).toEqual([true, false, false]);
    expect(s.size).toBe(2);
    s.show('c');
    // The Text that showed "old" is kept as a spare in the place "c" left.
    expect(s.size).toBe(2);
    expect(s.show('old')).toBe(first);
    expect(first.draws).toBe(0);
    s.prepare('d');
    // Full again: the oldest spare, "b", goes for it.
    expect(made[1]?.destroyed).toBe(true);
    expect(s.size).toBe(2);
  });
});
