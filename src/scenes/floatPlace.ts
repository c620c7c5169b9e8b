/**
 * Where a meter's floating change goes: just left of the value, as long as it clears the
 * meter's name. In a narrow cell (a projector's map column, a phone) there is no room between
 * the two, and a change drawn over the name read "SOVIETS+10": there the name steps aside
 * while the change floats, and comes back when it is gone.
 */
export interface FloatPlace {
  /** The change's right edge (it is drawn right-aligned). */
  right: number;
  /** The name is hidden while the change floats. */
  hideName: boolean;
}

const GAP = 8;

export function floatPlace(nameRight: number, valueLeft: number, changeWidth: number): FloatPlace {
  const right = valueLeft - GAP;
  return { right, hideName: right - changeWidth < nameRight + GAP / 2 };
}
