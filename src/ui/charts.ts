/**
 * Line charts over the years (uPlot), with a table of the same numbers for screen readers
 * and for anyone who would rather read figures than lines.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { h } from './dom';

export interface ChartSeries {
  label: string;
  colour: string;
  dashed?: boolean;
  /** [year, value]; several points in one year are spread across that year in order. */
  points: readonly (readonly [number, number])[];
}

export interface ChartOptions {
  title: string;
  series: readonly ChartSeries[];
  width: number;
  height: number;
  /** Fixed y range (meters are 0–100); otherwise uPlot fits the data. */
  range?: [number, number];
  format?: (v: number) => string;
  /** Ticks of the time axis (a short lesson's forks); without them, whole years. */
  xTicks?: readonly { at: number; label: string }[];
}

/** Okabe–Ito colours for paths, history always black and dashed. */
export const PATH_COLOURS = ['#c8102e', '#0072b2', '#e69f00', '#009e73'];
export const HISTORY_COLOUR = '#1a1a1a';

/** Spread same-year points across the year so x stays strictly increasing. */
export function spreadYears(points: readonly (readonly [number, number])[]): [number[], number[]] {
  const xs: number[] = [];
  const ys: number[] = [];
  let i = 0;
  while (i < points.length) {
    const year = points[i]![0];
    let j = i;
    while (j < points.length && points[j]![0] === year) j++;
    const n = j - i;
    for (let k = i; k < j; k++) {
      xs.push(year + (k - i) / n);
      ys.push(points[k]![1]);
    }
    i = j;
  }
  return [xs, ys];
}

export function lineChart(opts: ChartOptions): HTMLElement {
  const tables = opts.series.map((s) => spreadYears(s.points) as uPlot.AlignedData);
  const data = tables.length ? uPlot.join(tables) : ([[]] as unknown as uPlot.AlignedData);
  const fmt = opts.format ?? ((v: number) => String(Math.round(v)));
  const host = h('div', { class: 'chart-canvas', 'aria-hidden': 'true' });
  const figure = h('figure', { class: 'chart' }, h('figcaption', {}, opts.title), host, dataTable(opts, fmt));
  const plot = new uPlot(
    {
      width: opts.width,
      height: opts.height,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: opts.range ? { range: opts.range } : {} },
      axes: [xAxis(opts, figure), { values: (_u, ticks) => ticks.map(fmt), font: '12px sans-serif', size: 74 }],
      series: [
        {},
        ...opts.series.map((s) => ({
          label: s.label,
          stroke: s.colour,
          width: 2.5,
          dash: s.dashed ? [8, 5] : undefined,
          spanGaps: true,
          points: { show: false },
        })),
      ],
    },
    data,
    host,
  );
  // uPlot has no destroy hook of its own here; the figure going away is enough (no timers).
  void plot;
  return figure;
}

/**
 * The time axis: whole years, or the given ticks. The labels drawn are noted on the figure
 * (data-x-ticks), as uPlot draws them on its canvas where nothing else can read them.
 */
function xAxis(opts: ChartOptions, figure: HTMLElement): uPlot.Axis {
  const note = (labels: string[]): string[] => {
    figure.dataset.xTicks = labels.filter(Boolean).join(' | ').replace(/\n/g, ' ');
    return labels;
  };
  const font = '12px sans-serif';
  const given = opts.xTicks;
  if (!given) return { values: (_u, ticks) => note(ticks.map((t) => (Number.isInteger(t) ? String(t) : ''))), font };
  return { splits: () => given.map((t) => t.at), values: () => note(given.map((t) => t.label)), font, size: 48 };
}

function dataTable(opts: ChartOptions, fmt: (v: number) => string): HTMLElement {
  const years = [...new Set(opts.series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  const lastIn = (s: ChartSeries, year: number): string => {
    const hit = s.points.filter((p) => p[0] === year).at(-1);
    return hit ? fmt(hit[1]) : '—';
  };
  // With its own ticks the axis counts choices: each row is named as its tick is (the first, the start).
  const ticks = opts.xTicks;
  const rowName = (x: number): string =>
    ticks ? (ticks.find((t) => t.at === x)?.label.replace('\n', ' ') ?? (x === 0 ? 'Start' : String(x))) : String(x);
  return h(
    'table',
    { class: 'visually-hidden chart-data' },
    h('caption', {}, `${opts.title}: values ${ticks ? 'after each vote' : 'at the end of each year'}`),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, ticks ? 'When' : 'Year'), ...opts.series.map((s) => h('th', { scope: 'col' }, s.label))),
    ),
    h(
      'tbody',
      {},
      ...years.map((y) => h('tr', {}, h('th', { scope: 'row' }, rowName(y)), ...opts.series.map((s) => h('td', {}, lastIn(s, y))))),
    ),
  );
}
