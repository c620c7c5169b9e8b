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
  /** A letter drawn at the line's last point, so a line is told apart without a legend. */
  mark?: string;
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
  /** uPlot's legend under the chart (default on); off where one legend serves every chart. */
  legend?: boolean;
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
      legend: { show: opts.legend ?? true, live: false },
      cursor: { show: false },
      hooks: opts.series.some((s) => s.mark) ? { draw: [(u) => drawMarks(u, opts.series)] } : {},
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

/** Each line's letter in a box of its colour at its last point, nudged apart where they meet. */
function drawMarks(u: uPlot, series: readonly ChartSeries[]): void {
  const px = uPlot.pxRatio;
  const size = 15 * px;
  const marks = series.flatMap((s, i) => {
    const ys = u.data[i + 1];
    if (!s.mark || !ys) return [];
    let last = ys.length - 1;
    while (last >= 0 && ys[last] == null) last--;
    const yv = ys[last];
    const xv = u.data[0][last];
    if (yv == null || xv == null) return [];
    const x = Math.min(u.bbox.left + u.bbox.width - size / 2, u.valToPos(xv, 'x', true));
    return [{ s, x, y: u.valToPos(yv, 'y', true) }];
  });
  // Top to bottom, at least one box apart, kept inside the plot.
  marks.sort((a, b) => a.y - b.y);
  const top = u.bbox.top + size / 2;
  const bottom = u.bbox.top + u.bbox.height - size / 2;
  marks.forEach((m, i) => {
    m.y = Math.max(m.y, top, i ? (marks[i - 1]?.y ?? 0) + size : top);
  });
  const over = (marks.at(-1)?.y ?? 0) - bottom;
  if (over > 0) for (const m of marks) m.y = Math.max(top, m.y - over);
  const ctx = u.ctx;
  ctx.save();
  ctx.font = `700 ${11 * px}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { s, x, y } of marks) {
    ctx.fillStyle = s.colour;
    ctx.fillRect(x - size / 2, y - size / 2, size, size);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(s.mark ?? '', x, y + px / 2);
  }
  ctx.restore();
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
