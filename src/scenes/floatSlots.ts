/**
 * One floating change per meter: a change that lands while the last one is still floating
 * replaces it, so two numbers are never drawn over each other ("−15" over "−8").
 */
export class FloatSlots<K, F> {
  private readonly shown = new Map<K, F>();

  /** `remove` takes a float off the screen (and stops anything animating it). */
  constructor(private readonly remove: (f: F) => void) {}

  /** Show `make()` for `key`, removing the one still floating there. */
  replace(key: K, make: () => F): F {
    const old = this.shown.get(key);
    if (old !== undefined) this.remove(old);
    const f = make();
    this.shown.set(key, f);
    return f;
  }

  /** The float for `key` has run its course: remove it, and forget it if it is still the current one. */
  done(key: K, f: F): void {
    if (this.shown.get(key) === f) this.shown.delete(key);
    this.remove(f);
  }

  /** How many floats are on screen. */
  get size(): number {
    return this.shown.size;
  }
}
