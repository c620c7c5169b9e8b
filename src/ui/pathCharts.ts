/**
 * Charts and maps of replayed paths, shared by the compare view and the class debrief:
 * each meter over the years with the paths overlaid, Lives lost and Territory, and the
 * map as each path left it at a chosen year.
 */
import type { PathReplay, Snapshot } from '../engine/compare';
import { METERS, METER_LABELS, type Control } from '../engine/types';
import { lineChart, HISTORY_COLOUR, PATH_COLOURS, type ChartSeries } from './charts';
import { formatPeople, formatShare } from '../shared/numbers';
import { h } from './dom';

export interface ChartedPath {
  replay: PathReplay;
  history: boolean;
  /** A letter drawn at the end of the path's line (the compare view's one legend names it). */
  mark?: string;
}

export interface ChartSize {
  width: number;
  height: number;
  /** uPlot's legend under each chart (default on). */
  legend?: boolean;
  /** The time axis's own ticks (a short lesson's forks); without them, whole years. */
  xTicks?: readonly { at: number; label: string }[];
}

function series(paths: readonly ChartedPath[], value: (s: Snapshot) => number): ChartSeries[] {
  let colour = 0;
  return paths.map(({ replay, history, mark }) => ({
    label: replay.label,
    mark,
    colour: history ? HISTORY_COLOUR : (PATH_COLOURS[colour++ % PATH_COLOURS.length] ?? '#c8102e'),
    dashed: history,
    points: replay.snapshots.map((s) => [s.year, value(s)] as const),
  }));
}

/** Nine charts: seven meters, Lives lost, Territory. */
export function pathCharts(paths: readonly ChartedPath[], size: ChartSize = { width: 340, height: 170 }): HTMLElement {
  const charts = [
    ...METERS.map((m) =>
      lineChart({
        title: METER_LABELS[m].name,
        series: series(paths, (s) => s.meters[m]),
        ...size,
        range: [0, 100],
      }),
    ),
    lineChart({ title: 'Lives lost', series: series(paths, (s) => s.livesLost), ...size, format: (v) => formatPeople(v) }),
    lineChart({
      title: 'Territory (share of the former Empire)',
      series: series(paths, (s) => s.territory * 100),
      ...size,
      range: [0, 100],
      format: (v) => formatShare(v / 100),
    }),
  ];
  return h('div', { class: 'charts' }, ...charts);
}

/** The control a path had reached by the end of a year (its last snapshot in or before it). */
export function controlAt(replay: PathReplay, year: number): Record<string, Control> | null {
  const before = replay.snapshots.filter((s) => s.year <= year);
  return before.at(-1)?.control ?? null;
}

/** Years worth a map: the eras' years the paths reach, plus each path's last year. */
export function keyYears(paths: readonly ChartedPath[]): number[] {
  const last = Math.max(...paths.map((p) => p.replay.snapshots.at(-1)?.year ?? 1917));
  return [1917, 1918, 1922, 1939, 1945, 1991]
    .filter((y) => y <= last)
    .concat(last)
    .filter((y, i, all) => all.indexOf(y) === i);
}
