/**
 * npm run model:chart — draws docs/model-history.svg: the seven meters on entering each fork
 * of history's path, 1917–1987, for the README's "How the model works". Each line has its own
 * dash pattern and a label at its end, so colour is never the only way to tell them apart.
 */
import { writeFileSync } from 'node:fs';
import { Game } from '../src/engine/Game';
import { METERS, METER_LABELS, type MeterId } from '../src/engine/types';
import { loadBundle } from '../src/cli/headless';

const game = new Game(loadBundle());
const rows: { year: number; meters: Record<MeterId, number> }[] = [];
const seen = new Set<string>();
for (let scene = game.reset(); scene.choices.length;) {
  if (scene.fork && !seen.has(scene.fork)) {
    seen.add(scene.fork);
    rows.push({ year: scene.year, meters: game.meters().meters });
  }
  const h = scene.choices.find((c) => c.historical) ?? scene.choices[0];
  if (!h) break;
  scene = game.choose(h.index);
}

const W = 900;
const H = 420;
const PAD = { left: 44, right: 96, top: 24, bottom: 40 };
const x0 = rows[0]?.year ?? 1917;
const x1 = rows.at(-1)?.year ?? 1991;
const x = (year: number): number => PAD.left + ((year - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
const y = (v: number): number => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
// Okabe–Ito colours and distinct dashes.
const STYLE: Record<MeterId, [string, string]> = {
  bread: ['#e69f00', ''],
  land: ['#009e73', '8 4'],
  soviets: ['#d55e00', '2 3'],
  industry: ['#0072b2', '12 4 2 4'],
  army: ['#56595c', '6 6'],
  party: ['#cc79a7', '3 3'],
  world: ['#56b4e9', '14 3'],
};
const fmt = (n: number): string => n.toFixed(1);
const parts: string[] = [];
parts.push(`<rect width="${W}" height="${H}" fill="#fbf8f1"/>`);
for (const v of [0, 25, 50, 75, 100]) {
  parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#d9d2c3"/>`);
  parts.push(`<text x="${PAD.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text>`);
}
for (const year of [1917, 1921, 1929, 1941, 1945, 1953, 1965, 1985]) {
  parts.push(`<line x1="${fmt(x(year))}" x2="${fmt(x(year))}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#ece6d8"/>`);
  parts.push(`<text x="${fmt(x(year))}" y="${H - PAD.bottom + 18}" text-anchor="middle">${year}</text>`);
}
// Labels at the right end, nudged apart so none overlaps another.
const ends = METERS.map((m) => ({ m, v: rows.at(-1)?.meters[m] ?? 0 })).sort((a, b) => b.v - a.v);
let lastY = -Infinity;
for (const e of ends) {
  const ly = Math.max(y(e.v), lastY + 14);
  lastY = ly;
  const [colour] = STYLE[e.m];
  parts.push(
    `<text x="${W - PAD.right + 8}" y="${fmt(ly + 4)}" fill="${colour}" font-weight="700">${METER_LABELS[e.m].name} ${e.v}</text>`,
  );
}
for (const m of METERS) {
  const [colour, dash] = STYLE[m];
  const points = rows.map((r) => `${fmt(x(r.year))},${fmt(y(r.meters[m]))}`).join(' ');
  parts.push(
    `<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${points}"><title>${METER_LABELS[m].name}</title></polyline>`,
  );
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12" fill="#1b1a17" role="img" aria-labelledby="t">
<title id="t">History's path: the seven meters on entering each fork, ${x0}–${x1}</title>
${parts.join('\n')}
</svg>
`;
writeFileSync('docs/model-history.svg', svg);
console.log(`docs/model-history.svg: ${rows.length} forks, ${x0}–${x1}`);
