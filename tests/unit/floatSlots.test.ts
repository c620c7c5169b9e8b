import { describe, expect, it } from 'vitest';
import { FloatSlots } from '../../src/scenes/floatSlots';

describe('floating meter changes', () => {
  it('keep one change per meter: a second change in quick succession replaces the first, never draws over it', () => {
    const onScreen = new Set<string>();
    const slots = new FloatSlots<string, string>((f) => onScreen.delete(f));
    const show = (meter: string, text: string): string =>
      slots.replace(meter, () => {
        onScreen.add(text);
        return text;
      });
    const first = show('bread', '−8');
    show('bread', '−15');
    show('army', '+4');
    expect([...onScreen].sort()).toEqual(['+4', '−15']);
    expect(slots.size).toBe(2);
    // The first change's fade-out ending late takes nothing else off the screen.
    slots.done('bread', first);
    expect([...onScreen].sort()).toEqual(['+4', '−15']);
    slots.done('bread', '−15');
    expect([...onScreen]).toEqual(['+4']);
    expect(slots.size).toBe(1);
  });
});
