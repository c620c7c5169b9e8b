/**
 * The flowchart of the forks: every fork of the story in order, each with all its options.
 * Options taken on any of the player's paths are shown with how many paths took them;
 * options never taken are "not yet taken" (open for a next path); history's option is marked. A nested list (forks, then
 * options) that CSS draws as a flowchart. Each fork row is one Tab stop; the arrow keys
 * move between options (see rovingFocus).
 */
import type { ForkIndex, ForkIndexEntry, ForkOption } from '../../engine/forkIndex';
import { FORK_NAMES, type PathStep } from '../../engine/types';
import { h } from '../dom';
import './paths.css';

export interface FlowchartPath {
  name: string;
  steps: PathStep[];
}

export interface FlowchartOptions {
  root: HTMLElement;
  forks: ForkIndex;
  paths: FlowchartPath[];
  onBack(): void;
}

export interface OptionTally {
  option: ForkOption;
  /** Names of the paths that took this option. */
  takenBy: string[];
}

export interface ForkTally {
  entry: ForkIndexEntry;
  /** How many paths made a choice at this fork. */
  reached: number;
  options: OptionTally[];
}

/** Count, for every option of every fork, the paths that took it. Pure. */
export function tallyForks(forks: ForkIndex, paths: readonly FlowchartPath[]): ForkTally[] {
  return forks.map((entry) => ({
    entry,
    reached: paths.filter((p) => p.steps.some((s) => s.fork === entry.fork)).length,
    options: entry.options.map((option) => ({
      option,
      takenBy: paths.filter((p) => p.steps.some((s) => s.fork === entry.fork && s.option === option.option)).map((p) => p.name),
    })),
  }));
}

const percent = (n: number, of: number): number => (of ? Math.round((n / of) * 100) : 0);

/** An open ring drawn in SVG: an option still open to a next path (never a padlock: nothing is locked). */
function openIcon(): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 16 16',
    width: '16',
    height: '16',
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'open-icon',
  }))
    svg.setAttribute(k, v);
  const ring = document.createElementNS(NS, 'circle');
  for (const [k, v] of Object.entries({
    cx: '8',
    cy: '8',
    r: '5.5',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-dasharray': '3 2',
  }))
    ring.setAttribute(k, v);
  svg.append(ring);
  return svg;
}

function stateText(taken: number, total: number): string {
  return taken ? `Taken on ${taken} of ${total} of your paths (${percent(taken, total)}%)` : 'Not yet taken';
}

function optionNode(fork: string, t: OptionTally, total: number, focusable: boolean): HTMLElement {
  const taken = t.takenBy.length;
  const detailId = `flow-detail-${fork}-${t.option.option}`;
  const fill = h('span', { class: 'flow-share-fill' });
  fill.style.width = `${percent(taken, total)}%`;
  const node = h(
    'button',
    {
      type: 'button',
      class: 'flow-node',
      tabindex: focusable ? 0 : -1,
      'aria-expanded': 'false',
      'aria-controls': detailId,
    },
    h('span', { class: 'flow-glyph', 'aria-hidden': 'true' }, taken ? '✓' : openIcon()),
    h('span', { class: 'flow-text' }, t.option.text),
    h('span', { class: 'visually-hidden' }, ' — '),
    h('span', { class: 'flow-state' }, stateText(taken, total)),
    t.option.historical ? h('span', { class: 'visually-hidden' }, '. ') : null,
    t.option.historical ? h('span', { class: 'flow-history' }, h('span', { 'aria-hidden': 'true' }, '★ '), 'History’s choice') : null,
    taken ? h('span', { class: 'flow-share', 'aria-hidden': 'true' }, fill) : null,
  );
  const detail = h(
    'div',
    { class: 'flow-detail', id: detailId, hidden: true },
    t.option.advocates.length ? h('p', {}, h('strong', {}, 'Argued for by: '), t.option.advocates.join(', ')) : null,
    taken ? h('p', {}, h('strong', {}, 'Taken on: '), t.takenBy.join(', ')) : h('p', {}, 'No path of yours has taken it yet.'),
  );
  node.addEventListener('click', () => {
    const open = node.getAttribute('aria-expanded') !== 'true';
    node.setAttribute('aria-expanded', String(open));
    detail.hidden = !open;
  });
  return h(
    'li',
    {
      class: `flow-option ${taken ? 'taken' : 'not-taken'}${t.option.historical ? ' historical' : ''}`,
      'data-testid': 'flow-option',
      'data-option': t.option.option,
      'data-state': taken ? 'taken' : 'not-taken',
      'data-history': t.option.historical ? 'yes' : 'no',
      'data-taken': taken,
    },
    node,
    detail,
  );
}

function forkRow(tally: ForkTally, total: number): HTMLElement {
  const { entry } = tally;
  const headingId = `flow-fork-${entry.fork}`;
  const first = Math.max(
    0,
    tally.options.findIndex((o) => o.takenBy.length > 0),
  );
  const options = h(
    'ul',
    { class: 'flow-options', 'aria-labelledby': headingId },
    ...tally.options.map((o, i) => optionNode(entry.fork, o, total, i === first)),
  );
  // The number of options sets the columns of the wide layout (CSSOM: allowed by the CSP).
  options.style.setProperty('--n', String(tally.options.length));
  return h(
    'li',
    { class: 'flow-fork', 'data-testid': 'flow-fork', 'data-fork': entry.fork },
    h('h2', { id: headingId }, FORK_NAMES[entry.fork]),
    h('p', { class: 'flow-reached' }, total ? `Reached on ${tally.reached} of ${total} of your paths.` : 'Not reached yet.'),
    options,
  );
}

/**
 * Arrow keys move focus between option buttons; the one focused becomes its row's Tab stop.
 * Side by side (wide screens): left/right within a fork, up/down to the next fork's option
 * in the same column. Stacked (narrow): up/down (and left/right) step through the options,
 * on into the next or previous fork. Home/End: the first or last option of the fork.
 */
function rovingFocus(chart: HTMLElement): void {
  const rows = (): HTMLElement[][] =>
    [...chart.querySelectorAll<HTMLElement>('.flow-options')].map((ul) => [...ul.querySelectorAll<HTMLElement>('.flow-node')]);
  const sideBySide = (row: readonly HTMLElement[]): boolean =>
    row.length > 1 && Math.abs((row[0]?.getBoundingClientRect().top ?? 0) - (row[1]?.getBoundingClientRect().top ?? 0)) < 2;
  chart.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('flow-node')) return;
    const all = rows();
    const r = all.findIndex((row) => row.includes(target));
    const row = all[r];
    if (!row) return;
    const c = row.indexOf(target);
    const flat = all.flat();
    const at = flat.indexOf(target);
    let next: HTMLElement | undefined;
    const wide = sideBySide(row);
    switch (event.key) {
      case 'Home':
        next = row[0];
        break;
      case 'End':
        next = row.at(-1);
        break;
      case 'ArrowRight':
        next = wide ? row[c + 1] : flat[at + 1];
        break;
      case 'ArrowLeft':
        next = wide ? row[c - 1] : flat[at - 1];
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (wide) {
          const other = all[down ? r + 1 : r - 1];
          next = other?.[Math.min(c, other.length - 1)];
        } else {
          next = flat[down ? at + 1 : at - 1];
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (!next) return;
    const nextRow = all.find((x) => x.includes(next));
    for (const b of nextRow ?? []) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
}

export function showFlowchart(opts: FlowchartOptions): void {
  const total = opts.paths.length;
  const tallies = tallyForks(opts.forks, opts.paths);
  const options = tallies.flatMap((t) => t.options);
  const taken = options.filter((o) => o.takenBy.length > 0).length;

  const back = h('button', { type: 'button', class: 'title-button', 'data-testid': 'flowchart-back' }, 'Back to your paths');
  back.addEventListener('click', () => opts.onBack());

  const chart = h('ol', { class: 'flow', 'aria-label': 'The forks in story order' }, ...tallies.map((t) => forkRow(t, total)));
  rovingFocus(chart);

  const screen = h(
    'main',
    { class: 'flowchart', 'aria-labelledby': 'flowchart-title', 'data-testid': 'flowchart' },
    h('h1', { id: 'flowchart-title', class: 'poster' }, 'Flowchart of the forks'),
    h(
      'p',
      { class: 'lede', 'data-testid': 'flowchart-summary' },
      total
        ? `Across your ${total} path${total === 1 ? '' : 's'} you have taken ${taken} of the ${options.length} options (${percent(taken, options.length)}%).`
        : `You have no paths yet: all ${options.length} options are not yet taken.`,
    ),
    h('nav', { class: 'compare-actions no-print', 'aria-label': 'Flowchart' }, back),
    h(
      'ul',
      { class: 'flow-key', 'aria-label': 'Key' },
      h(
        'li',
        {},
        h('span', { class: 'flow-key-node taken', 'aria-hidden': 'true' }, '✓'),
        'Taken on at least one of your paths (solid frame, with the share of your paths)',
      ),
      h('li', {}, h('span', { class: 'flow-key-node not-taken', 'aria-hidden': 'true' }, openIcon()), 'Not yet taken (dashed frame)'),
      h('li', {}, h('span', { class: 'flow-key-node history', 'aria-hidden': 'true' }, '★'), 'History’s choice'),
    ),
    h(
      'p',
      { class: 'hint' },
      'Tab moves from fork to fork; the arrow keys move between the options and on to the next fork. Press an option to see who argued for it and which of your paths took it.',
    ),
    chart,
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  const title = screen.querySelector<HTMLElement>('h1');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}
