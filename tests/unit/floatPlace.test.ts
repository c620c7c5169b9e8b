import { describe, expect, it } from 'vitest';
import { floatPlace } from '../../src/scenes/floatPlace';

describe("a meter's floating change", () => {
  it('sits just left of the value and leaves the name in place when there is room between them', () => {
    // A laptop's cell: the name ends at 70, the value starts at 150, the change is 30 wide.
    expect(floatPlace(70, 150, 30)).toEqual({ right: 142, hideName: false });
  });

  it('never overlaps the name: in a narrow cell the name steps aside while the change floats', () => {
    // The projector's map column at 1920×1080: "SOVIETS" ends at 95, "55" starts at 112.
    const place = floatPlace(95, 112, 34);
    expect(place.hideName).toBe(true);
    expect(place.right).toBe(104);
  });
});
