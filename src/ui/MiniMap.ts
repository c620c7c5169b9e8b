/**
 * A still map as SVG, for the debrief, the compare view and print: the same projected
 * regions the Phaser map draws, filled by control, with the control's mark on large
 * regions so colour is never the only signal. Built with DOM calls, never HTML strings.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import topology from '../../assets/map/eurasia.topo.json';
import { REGIONS } from '../engine/regions';
import type { Control } from '../engine/types';
import { CONTROL_COLOURS, CONTROL_MARKS, CONTROL_NAMES } from '../shared/palette';
import './charts.css';

const SVG = 'http://www.w3.org/2000/svg';
/** Eastern Europe to the Pacific, in the 1600×900 plane of the map data. */
const VIEWBOX = { x: 283, y: 171, width: 1317, height: 575 };
/** Regions at least this share of the Empire (or named outside it) get a mark. */
const MARK_MIN_WEIGHT = 0.01;

interface Shape {
  id: string;
  d: string;
}

let shapes: Shape[] | null = null;

function ringPath(ring: Position[]): string {
  return ring.map((p, i) => `${i ? 'L' : 'M'}${(p[0] ?? 0).toFixed(1)} ${(p[1] ?? 0).toFixed(1)}`).join('') + 'Z';
}

function allShapes(): Shape[] {
  if (shapes) return shapes;
  const topo = topology as unknown as Topology<{ regions: GeometryCollection }>;
  const weight = new Map(REGIONS.map((r) => [r.id, r.weight]));
  shapes = (feature(topo, topo.objects.regions).features as Feature[])
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .sort((a, b) => (weight.get(String(b.id)) ?? 0) - (weight.get(String(a.id)) ?? 0))
    .map((f) => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return { id: String(f.id), d: polys.map((p) => ringPath(p[0] ?? [])).join('') };
    });
  return shapes;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** An SVG map of who holds what; `label` names it for screen readers. */
export function miniMap(control: Readonly<Record<string, Control>>, label: string): SVGSVGElement {
  const svg = el('svg', {
    viewBox: `${VIEWBOX.x} ${VIEWBOX.y} ${VIEWBOX.width} ${VIEWBOX.height}`,
    role: 'img',
    'aria-label': label,
    class: 'mini-map',
  });
  svg.append(
    el('rect', {
      x: String(VIEWBOX.x),
      y: String(VIEWBOX.y),
      width: String(VIEWBOX.width),
      height: String(VIEWBOX.height),
      fill: '#bcd3dc',
    }),
  );
  for (const s of allShapes()) {
    const c = control[s.id];
    const path = el('path', {
      d: s.d,
      fill: c ? CONTROL_COLOURS[c] : '#e8e2d4',
      stroke: '#2b2b2b',
      'stroke-width': '0.8',
      'stroke-linejoin': 'round',
    });
    if (c)
      path.append(
        Object.assign(el('title', {}), { textContent: `${REGIONS.find((r) => r.id === s.id)?.name ?? s.id}: ${CONTROL_NAMES[c]}` }),
      );
    svg.append(path);
  }
  for (const r of REGIONS) {
    const c = control[r.id];
    if (!c || !r.name || (r.inEmpire && r.weight < MARK_MIN_WEIGHT)) continue;
    const [x, y] = r.label;
    if (x < VIEWBOX.x || x > VIEWBOX.x + VIEWBOX.width || y < VIEWBOX.y || y > VIEWBOX.y + VIEWBOX.height) continue;
    const text = el('text', {
      x: String(x),
      y: String(y),
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      'font-size': '15',
      'font-weight': '700',
      fill: c === 'axis' || c === 'central' || c === 'soviet' || c === 'allied' ? '#ffffff' : '#111111',
      'aria-hidden': 'true',
    });
    text.textContent = CONTROL_MARKS[c];
    svg.append(text);
  }
  return svg;
}
