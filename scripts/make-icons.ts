/**
 * npx tsx scripts/make-icons.ts — draws the app icons into public/icons/: a red five-pointed
 * star on the game's ink colour, as PNG (192, 512, and a maskable 512 with the star inside
 * the safe zone) and SVG (the favicon). Run again only if the design changes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';

const INK = [0x1b, 0x1a, 0x17];
const RED = [0xc8, 0x10, 0x2e];
const PAPER = [0xf3, 0xec, 0xdd];

/** The star's outline in a unit square, centred, of radius `r`. */
function star(r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const k = i % 2 === 0 ? r : r * 0.382;
    return [0.5 + k * Math.cos(a), 0.53 + k * Math.sin(a)];
  });
}

function inside(x: number, y: number, ring: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[i] ?? [0, 0];
    const [bx, by] = ring[j] ?? [0, 0];
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) hit = !hit;
  }
  return hit;
}

function icon(size: number, radius: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const ring = star(radius);
  const band = 0.86; // a paper-coloured band along the bottom: the "path" under the star
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let red = 0;
      let paper = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const u = (x + (sx + 0.5) / 4) / size;
          const v = (y + (sy + 0.5) / 4) / size;
          if (inside(u, v, ring)) red++;
          else if (v > band && v < band + 0.04 && u > 0.5 - radius && u < 0.5 + radius) paper++;
        }
      }
      const idx = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        png.data[idx + c] = Math.round(((INK[c] ?? 0) * (16 - red - paper) + (RED[c] ?? 0) * red + (PAPER[c] ?? 0) * paper) / 16);
      }
      png.data[idx + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const out = 'public/icons';
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/icon-192.png`, icon(192, 0.36));
writeFileSync(`${out}/icon-512.png`, icon(512, 0.36));
writeFileSync(`${out}/icon-maskable-512.png`, icon(512, 0.27));
const points = star(0.36)
  .map(([x, y]) => `${(x * 64).toFixed(1)},${(y * 64).toFixed(1)}`)
  .join(' ');
writeFileSync(
  `${out}/icon.svg`,
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1b1a17"/><polygon points="${points}" fill="#c8102e"/></svg>\n`,
);
