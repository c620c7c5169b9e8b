/** Colours and type for what Phaser draws, read from the page's CSS so both themes match. */
export interface Theme {
  ink: string;
  paper: string;
  muted: string;
  accent: string;
  border: string;
  display: string;
  body: string;
}

export function readTheme(): Theme {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--ink', '#1b1a17'),
    paper: v('--paper', '#f3ecdd'),
    muted: v('--muted', '#5b554b'),
    accent: v('--red', '#c8102e'),
    border: v('--map-border', '#f3ecdd'),
    display: '"Oswald", "Arial Narrow", sans-serif',
    body: '"PT Serif", Georgia, serif',
  };
}

export function hexToNumber(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return parseInt(full, 16);
}

export function mixColour(from: number, to: number, t: number): number {
  const ch = (c: number, shift: number): number => (c >> shift) & 0xff;
  const mix = (shift: number): number => Math.round(ch(from, shift) + (ch(to, shift) - ch(from, shift)) * t);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}
