/** Numbers as the game writes them: people, shares, changes. Shared by the DOM views and the scenes. */
const whole = new Intl.NumberFormat('en-GB');

export function formatPeople(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1)} million`;
  return whole.format(n);
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatDelta(d: number): string {
  return d > 0 ? `+${d}` : `−${Math.abs(d)}`;
}
