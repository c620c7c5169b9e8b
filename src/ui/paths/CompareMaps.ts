/**
 * The compare view's charts (each meter over the years, one key for all of them) and maps
 * (side by side at a chosen year).
 */
import type { Control } from '../../engine/types';
import { h } from '../dom';
import './compareMaps.css';
import { CONTROL_COLOURS, CONTROL_MARKS, CONTROL_NAMES } from '../../shared/palette';
import { miniMap } from '../MiniMap';
import { controlAt, pathCharts, type ChartedPath } from '../pathCharts';
import { FIRST_YEAR, lastYear, lineSample, markChip, shortName, type Shown } from './compareShown';

// ---------- Charts ----------

/** One key for every chart: each path's letter and line, by its short name (named in full above). */
function chartKey(shown: readonly Shown[]): HTMLElement {
  return h(
    'ul',
    { class: 'compare-legend', 'aria-label': 'Key to the lines in every chart', 'data-testid': 'chart-key' },
    ...shown.map((p) => h('li', { 'data-mark': p.mark }, lineSample(p), markChip(p), h('span', {}, shortName(p)))),
  );
}

export function charts(shown: readonly Shown[]): HTMLElement {
  const paths: ChartedPath[] = shown.map((p) => ({
    replay: { ...p.replay, label: shortName(p) },
    history: p.history,
    mark: p.mark,
  }));
  const inner = (typeof window === 'undefined' ? 1024 : Math.min(window.innerWidth, 1216)) - 56;
  // Three to a row where they fit, else one.
  const width = inner >= 3 * 300 ? Math.floor((inner - 2 * 19) / 3) : Math.max(260, Math.min(360, inner));
  const box = h('div', { class: 'compare-charts' }, pathCharts(paths, { width, height: 140, legend: false }));
  const toggle = h('input', { type: 'checkbox', id: 'compare-figures', 'data-testid': 'compare-figures' });
  toggle.addEventListener('change', () => box.classList.toggle('show-figures', toggle.checked));
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-meters' },
    h('h2', { id: 'compare-meters' }, 'The meters over the years'),
    h(
      'div',
      { class: 'chart-head' },
      chartKey(shown),
      h('p', { class: 'no-print' }, toggle, ' ', h('label', { for: 'compare-figures' }, 'Show the figures as tables')),
    ),
    box,
  );
}

// ---------- Maps ----------

function mapLegend(): HTMLElement {
  const used: Control[] = ['soviet', 'white', 'central', 'allied', 'independent', 'provisional', 'empire', 'axis', 'bloc', 'neutral'];
  return h(
    'ul',
    { class: 'legend compare-map-legend', 'aria-label': 'Map key' },
    ...used.map((c) => {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, CONTROL_MARKS[c]);
      swatch.style.background = CONTROL_COLOURS[c];
      return h('li', {}, swatch, CONTROL_NAMES[c]);
    }),
  );
}

export function maps(shown: readonly Shown[], initial: number): HTMLElement {
  const max = Math.max(FIRST_YEAR, ...shown.map((p) => lastYear(p.replay)));
  const start = Math.min(max, Math.max(FIRST_YEAR, initial));
  const slider = h('input', {
    type: 'range',
    id: 'compare-year',
    'data-testid': 'compare-year',
    min: FIRST_YEAR,
    max,
    step: 1,
    value: start,
    'aria-describedby': 'compare-year-hint',
  });
  const output = h('output', { for: 'compare-year', class: 'year-output', 'data-testid': 'compare-year-value' }, String(start));
  const box = h('div', { class: 'compare-maps', 'data-testid': 'compare-maps' });
  // One SVG per snapshot and path, kept while the view lives: moving back is instant.
  const cache = shown.map(() => new Map<object, SVGSVGElement>());

  const figure = (p: Shown, i: number, year: number): HTMLElement => {
    const control = controlAt(p.replay, year);
    const end = lastYear(p.replay);
    const state = !control
      ? `No map yet for ${year} on this path.`
      : year > end
        ? `${p.replay.ending ? 'This path ended' : 'This path stopped'} in ${end}: the map as it left it.`
        : null;
    let svg: SVGSVGElement | null = null;
    if (control) {
      const seen = cache[i];
      svg = seen?.get(control) ?? miniMap(control, '');
      seen?.set(control, svg);
      svg.setAttribute('aria-label', `Map of ${Math.min(year, end)} on ${p.history ? 'history’s path (H)' : `path ${p.mark}`}`);
    }
    return h(
      'figure',
      { class: 'compare-map', 'data-mark': p.mark },
      h('figcaption', {}, markChip(p), h('span', {}, `${shortName(p)}, ${year}`)),
      state ? h('p', { class: 'map-state' }, state) : null,
      svg,
    );
  };

  let pending = 0;
  const render = (): void => {
    pending = 0;
    const year = Number(slider.value);
    output.textContent = String(year);
    box.replaceChildren(...shown.map((p, i) => figure(p, i, year)));
  };
  slider.addEventListener('input', () => {
    output.textContent = slider.value;
    if (!pending) pending = requestAnimationFrame(render);
  });
  render();

  return h(
    'div',
    { class: 'compare-maps-body' },
    h('div', { class: 'year-control' }, h('label', { for: 'compare-year' }, 'Year'), slider, output),
    h(
      'p',
      { class: 'hint', id: 'compare-year-hint' },
      `Move the slider (or use the arrow keys) to see each path’s map at the end of that year, ${FIRST_YEAR}–${max}.`,
    ),
    box,
    mapLegend(),
  );
}
