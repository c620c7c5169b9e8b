/**
 * Compare paths: up to three of the player's paths and history's, replayed once each
 * (engine/compare.ts). The page leads with what differs — how each path ends, where each
 * pair first parts, the meters over the years under one key — and keeps the detail one click
 * away: every fork side by side with the chains of causes, and the maps year by year.
 * Every path is named once in full; elsewhere its letter (A, B, C; H for history) stands for it.
 */
import type { StoryBundle } from '../../engine/Game';
import { comparePaths, historyPath, MAX_COMPARED_PATHS, type Comparison, type PathInput } from '../../engine/compare';
import { h } from '../dom';
import { chains, everyFork } from './compareDetail';
import { pathsTable, whereTheyPart } from './compareLead';
import { charts, maps } from './CompareMaps';
import { describe, FIRST_YEAR, lastYear, type Shown } from './compareShown';
import './paths.css';
import './compare.css';

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

function compare(bundle: StoryBundle, paths: readonly PathInput[]): Comparison {
  return comparePaths(bundle, [...paths.slice(0, MAX_PLAYER_PATHS), historyPath(bundle)]);
}

/** A part of the page one click away: a disclosure with its own title. */
function more(title: string, testid: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h(
    'details',
    { class: 'compare-more', 'data-testid': testid },
    h('summary', {}, title),
    h('div', { class: 'compare-more-body' }, ...content),
  );
}

function body(shown: readonly Shown[], comparison: Comparison): HTMLElement[] {
  const player = shown[0] && !shown[0].history ? shown[0] : null;
  const firstYear = comparison.pairs[0]?.firstDivergence?.year;
  const initialYear = player ? lastYear(player.replay) : (firstYear ?? FIRST_YEAR);
  return [
    pathsTable(shown),
    whereTheyPart(shown, comparison),
    charts(shown),
    more('Every fork, side by side', 'compare-forks', everyFork(shown, comparison), chains(shown, comparison.pairs)),
    more('The maps side by side, year by year', 'compare-maps-more', maps(shown, initialYear)),
  ];
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

  const screen = h(
    'main',
    { class: 'compare', 'aria-labelledby': 'compare-title', 'data-testid': 'compare' },
    h(
      'div',
      { class: 'compare-top' },
      h('h1', { id: 'compare-title', class: 'poster' }, 'Compare paths'),
      h('nav', { class: 'compare-actions no-print', 'aria-label': 'Compare' }, back),
    ),
    opts.message ? h('p', { class: 'notice', role: 'status' }, opts.message) : null,
    left > 0 ? h('p', { class: 'notice' }, `Only the first ${MAX_PLAYER_PATHS} paths are compared; ${left} left out.`) : null,
    problem ? h('p', { class: 'notice problem', role: 'alert' }, problem) : null,
    ...(comparison ? body(describe(comparison.paths), comparison) : []),
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  const title = screen.querySelector<HTMLElement>('h1');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}
