/**
 * Compare paths: up to three of the player's paths and history's, replayed once each
 * (engine/compare.ts). Where they end, where they part, the chains of causes from each
 * divergence on, the meters over the years, and the maps side by side at a chosen year.
 * Every path has a letter (A, B, C; H for history) as well as a colour.
 */
import type { StoryBundle } from '../../engine/Game';
import {
  comparePaths,
  historyPath,
  MAX_COMPARED_PATHS,
  type Cause,
  type CauseGroup,
  type ChoiceAt,
  type Comparison,
  type Divergence,
  type PairComparison,
  type PathInput,
  type PathReplay,
} from '../../engine/compare';
import { FORK_NAMES, METER_LABELS, type ForkId } from '../../engine/types';
import { HISTORY_COLOUR, PATH_COLOURS } from '../charts';
import { h } from '../dom';
import { formatDelta, formatPeople, formatShare } from '../format';
import { FIRST_YEAR, charts, lastYear, maps, markChip, type Shown } from './CompareMaps';
import './paths.css';

export interface CompareOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  /** 1–3 of the player's paths; history is added as the last. */
  paths: PathInput[];
  onBack(): void;
  /** Shown at the top (e.g. why a path was left out). */
  message?: string;
}

/** Player paths compared at most (history makes the fourth). */
export const MAX_PLAYER_PATHS = MAX_COMPARED_PATHS - 1;
/** Divergences given a chain of causes, per pair. */
const MAX_CHAINS = 6;
/** Causes listed per path and divergence (meters; lives lost apart). */
const MAX_METER_CAUSES = 8;
const MAX_LIVES_CAUSES = 3;

const forkName = (fork: ForkId | null): string => (fork ? FORK_NAMES[fork] : 'The opening');
/** The fork's name, with the year only when the name does not already give it. */
const forkWhen = (fork: ForkId | null, year: number): string => {
  const name = forkName(fork);
  return name.includes(String(year)) ? name : `${name} (${year})`;
};
const quote = (text: string): string => `“${text}”`;
function describe(paths: readonly PathReplay[]): Shown[] {
  let colour = 0;
  let letter = 0;
  return paths.map((replay, i) => {
    const history = i === paths.length - 1;
    return history
      ? { replay, history, mark: 'H', colour: HISTORY_COLOUR }
      : { replay, history, mark: String.fromCharCode(65 + letter++), colour: PATH_COLOURS[colour++ % PATH_COLOURS.length] ?? '#c8102e' };
  });
}

const pathName = (p: Shown): string => (p.history ? 'History (H)' : `${p.replay.label} (${p.mark})`);
const named = (p: Shown): HTMLElement => h('span', { class: 'path-named' }, markChip(p), h('span', {}, pathName(p)));

function legend(shown: readonly Shown[]): HTMLElement {
  return h(
    'ul',
    { class: 'compare-legend', 'aria-label': 'The paths compared' },
    ...shown.map((p) => {
      const line = h('span', { class: `legend-line${p.history ? ' dashed' : ''}`, 'aria-hidden': 'true' });
      line.style.borderTopColor = p.colour;
      return h(
        'li',
        { 'data-mark': p.mark },
        line,
        markChip(p),
        h('span', {}, p.history ? 'History (H): dashed black line' : `${p.replay.label} (${p.mark}): solid line`),
      );
    }),
  );
}

// ---------- Endings ----------

function endings(shown: readonly Shown[]): HTMLElement {
  const rows = shown.map((p) => {
    const r = p.replay;
    const end = r.snapshots.at(-1);
    const outcome = r.ending
      ? r.ending.title === String(r.ending.year)
        ? `Ended in ${r.ending.year}`
        : `${r.ending.title} (${r.ending.year})`
      : (r.message ?? `Stopped in ${r.year}`);
    return h(
      'tr',
      { 'data-mark': p.mark },
      h('th', { scope: 'row' }, named(p)),
      h('td', {}, outcome),
      h('td', {}, end ? formatPeople(end.livesLost) : '—'),
      h('td', {}, end ? formatShare(end.territory) : '—'),
    );
  });
  const notices = shown.filter((p) => p.replay.notice);
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-endings', 'data-testid': 'compare-endings' },
    h('h2', { id: 'compare-endings' }, 'How each path ends'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'compare-table' },
        h('caption', { class: 'visually-hidden' }, 'Each path’s ending, or where it stopped, with lives lost and territory at the end'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Path'),
            h('th', { scope: 'col' }, 'Ending, or where it stopped'),
            h('th', { scope: 'col' }, 'Lives lost'),
            h('th', { scope: 'col' }, 'Territory held'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    ...notices.map((p) => h('p', { class: 'notice' }, `${pathName(p)}: ${p.replay.notice ?? ''}`)),
  );
}

// ---------- Where they part ----------

const choicesText = (choices: readonly ChoiceAt[]): string => choices.map((c) => quote(c.choiceText)).join(', then ');

function choiceLine(p: Shown, list: readonly ChoiceAt[]): HTMLElement {
  return h(
    'li',
    { 'data-mark': p.mark },
    named(p),
    ': ',
    list.length ? choicesText(list) : 'did not reach this choice (its path had ended or stopped)',
    list.some((c) => c.historical) ? h('span', { class: 'as-history' }, ' (as history chose)') : null,
  );
}

function pairTitle(a: Shown, b: Shown): string {
  return `${a.history ? 'History' : a.replay.label} (${a.mark}) and ${b.history ? 'history' : b.replay.label} (${b.mark})`;
}

function laterLine(d: Divergence, a: Shown, b: Shown): HTMLElement {
  if (d.reachedBy !== 'both') {
    // Only one path reached this fork: one line, its choice.
    const [who, choices] = d.reachedBy === 'a' ? [a, d.a] : [b, d.b];
    return h(
      'li',
      { 'data-fork': d.fork ?? '', 'data-reached-by': who.mark },
      h('strong', {}, forkWhen(d.fork, d.year)),
      ` — only ${who.mark} reached it: `,
      choicesText(choices),
      choices.some((c) => c.historical) ? h('span', { class: 'as-history' }, ' (as history chose)') : null,
    );
  }
  return h(
    'li',
    { 'data-fork': d.fork ?? '', 'data-reached-by': 'both' },
    h('strong', {}, forkWhen(d.fork, d.year)),
    h('ul', { class: 'choice-pair' }, choiceLine(a, d.a), choiceLine(b, d.b)),
  );
}

function whereTheyPart(shown: readonly Shown[], pairs: readonly PairComparison[]): HTMLElement {
  const blocks = pairs.map((pair) => {
    const a = shown[pair.a];
    const b = shown[pair.b];
    if (!a || !b) return null;
    const first = pair.firstDivergence;
    const later = pair.divergences.slice(1);
    return h(
      'div',
      { class: 'pair', 'data-pair': `${a.mark}${b.mark}` },
      h('h3', {}, pairTitle(a, b)),
      first
        ? h(
            'div',
            { class: 'first-divergence' },
            h('p', {}, 'They first part at ', h('strong', {}, forkWhen(first.fork, first.year)), ` (choice ${first.step}):`),
            h('ul', { class: 'choice-pair' }, choiceLine(a, first.a ? [first.a] : []), choiceLine(b, first.b ? [first.b] : [])),
          )
        : h('p', {}, 'They made the same choices as far as both went.'),
      later.length
        ? h(
            'div',
            {},
            h('p', {}, `Later they differ at ${later.length} more fork${later.length === 1 ? '' : 's'}:`),
            h('ol', { class: 'later-divergences' }, ...later.map((d) => laterLine(d, a, b))),
          )
        : first
          ? h('p', {}, 'They differ at no later fork.')
          : null,
    );
  });
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-part', 'data-testid': 'first-divergence' },
    h('h2', { id: 'compare-part' }, 'Where they part'),
    shown.length < 2 ? h('p', {}, 'There is only one path to show.') : null,
    ...blocks,
  );
}

// ---------- Chains of causes ----------

function causeText(c: Cause): string {
  const what =
    c.meter === 'lives'
      ? `Lives lost ${c.delta > 0 ? '+' : '−'}${formatPeople(Math.abs(c.delta))}`
      : `${METER_LABELS[c.meter].name} ${formatDelta(c.delta)}`;
  const where = !c.fork
    ? String(c.year)
    : FORK_NAMES[c.fork].includes(String(c.year))
      ? FORK_NAMES[c.fork]
      : `${c.year}; ${FORK_NAMES[c.fork]}`;
  return `${what}: ${c.reason} (${where})`;
}

function causeList(groups: readonly CauseGroup[]): Cause[] {
  const meters = groups
    .filter((g) => g.meter !== 'lives')
    .flatMap((g) => g.distinct)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.step - y.step)
    .slice(0, MAX_METER_CAUSES);
  const lives = groups
    .filter((g) => g.meter === 'lives')
    .flatMap((g) => g.distinct)
    .slice(0, MAX_LIVES_CAUSES);
  return [...meters, ...lives];
}

function totals(groups: readonly CauseGroup[]): string {
  return groups
    .filter((g) => g.distinctTotal !== 0)
    .map((g) =>
      g.meter === 'lives'
        ? `lives lost ${g.distinctTotal > 0 ? '+' : '−'}${formatPeople(Math.abs(g.distinctTotal))}`
        : `${METER_LABELS[g.meter].name} ${formatDelta(g.distinctTotal)}`,
    )
    .join(', ');
}

function chainFor(p: Shown, groups: readonly CauseGroup[], reached: boolean): HTMLElement {
  const list = causeList(groups);
  const sum = totals(groups);
  return h(
    'div',
    { class: 'chain', 'data-mark': p.mark },
    h('h4', {}, named(p)),
    reached ? null : h('p', { class: 'hint' }, 'This path did not reach the fork; its changes are counted from where it went past it.'),
    list.length
      ? h('ol', { class: 'cause-list' }, ...list.map((c) => h('li', {}, causeText(c))))
      : h('p', {}, 'No recorded change here that the other path does not share.'),
    sum ? h('p', { class: 'hint' }, `In all, from here on, unshared: ${sum}.`) : null,
  );
}

function chains(shown: readonly Shown[], pairs: readonly PairComparison[]): HTMLElement | null {
  const blocks = pairs.flatMap((pair) => {
    const a = shown[pair.a];
    const b = shown[pair.b];
    if (!a || !b || !pair.divergences.length) return [];
    const list = pair.divergences
      .slice(0, MAX_CHAINS)
      .map((d, i) =>
        h(
          'details',
          { class: 'chain-details', 'data-fork': d.fork ?? '', open: i === 0 },
          h('summary', {}, forkWhen(d.fork, d.year)),
          h('div', { class: 'chain-columns' }, chainFor(a, d.causes.a, d.a.length > 0), chainFor(b, d.causes.b, d.b.length > 0)),
        ),
      );
    const more = pair.divergences.length - MAX_CHAINS;
    return [
      h(
        'div',
        { class: 'pair' },
        h('h3', {}, pairTitle(a, b)),
        ...list,
        more > 0
          ? h(
              'p',
              { class: 'hint' },
              `${more} later fork${more === 1 ? '' : 's'} where they differ ${more === 1 ? 'is' : 'are'} listed above, without a chain.`,
            )
          : null,
      ),
    ];
  });
  if (!blocks.length) return null;
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-chains', 'data-testid': 'compare-chains' },
    h('h2', { id: 'compare-chains' }, 'Chains of causes'),
    h(
      'p',
      { class: 'hint' },
      'For each fork where two paths differ: the changes recorded on each path from that fork on that the other path does not share, largest first. The meters are the game’s model, not measurements.',
    ),
    ...blocks,
  );
}

// ---------- The view ----------

function compare(bundle: StoryBundle, paths: readonly PathInput[]): Comparison {
  return comparePaths(bundle, [...paths.slice(0, MAX_PLAYER_PATHS), historyPath(bundle)]);
}

export function showCompare(opts: CompareOptions): void {
  const back = h('button', { type: 'button', class: 'title-button', 'data-testid': 'compare-back' }, 'Back to your paths');
  back.addEventListener('click', () => opts.onBack());
  const left = opts.paths.length - MAX_PLAYER_PATHS;

  let comparison: Comparison | null = null;
  let problem: string | null = null;
  try {
    comparison = compare(opts.bundle, opts.paths);
  } catch (e) {
    problem = `These paths could not be compared: ${(e as Error).message}`;
  }

  const shown = comparison ? describe(comparison.paths) : [];
  const firstYear = comparison?.pairs[0]?.firstDivergence?.year;
  const player = shown[0] && !shown[0].history ? shown[0] : null;
  const initialYear = player ? lastYear(player.replay) : (firstYear ?? FIRST_YEAR);

  const screen = h(
    'main',
    { class: 'compare', 'aria-labelledby': 'compare-title', 'data-testid': 'compare' },
    h('h1', { id: 'compare-title', class: 'poster' }, 'Compare paths'),
    h('p', { class: 'lede' }, 'Your paths beside history’s: how each ends, where they part, why, and the map year by year.'),
    opts.message ? h('p', { class: 'notice', role: 'status' }, opts.message) : null,
    left > 0 ? h('p', { class: 'notice' }, `Only the first ${MAX_PLAYER_PATHS} paths are compared; ${left} left out.`) : null,
    problem ? h('p', { class: 'notice problem', role: 'alert' }, problem) : null,
    h('nav', { class: 'compare-actions no-print', 'aria-label': 'Compare' }, back),
    shown.length ? legend(shown) : null,
    comparison ? endings(shown) : null,
    comparison ? whereTheyPart(shown, comparison.pairs) : null,
    comparison ? chains(shown, comparison.pairs) : null,
    comparison ? charts(shown) : null,
    comparison ? maps(shown, initialYear) : null,
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  const title = screen.querySelector<HTMLElement>('h1');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}
