/**
 * The compare view's detail, one click below what differs: every fork side by side (each
 * path's choice at every fork any of them reached) and, for each fork where two paths
 * differ, the chain of recorded causes on each from there on.
 */
import type { Cause, CauseGroup, Comparison, PairComparison } from '../../engine/compare';
import { forkByFork, type ForkRow } from '../../engine/forkByFork';
import { FORK_NAMES, METER_LABELS } from '../../engine/types';
import { h } from '../dom';
import { formatDelta, formatPeople } from '../../shared/numbers';
import { forkWhen, markChip, quote, shortName, type Shown } from './compareShown';

/** Divergences given a chain of causes, per pair. */
const MAX_CHAINS = 6;
/** Causes listed per path and divergence (meters; lives lost apart). */
const MAX_METER_CAUSES = 8;
const MAX_LIVES_CAUSES = 3;

// ---------- Every fork, side by side ----------

function cell(row: ForkRow, i: number): HTMLElement {
  const list = row.choices[i] ?? [];
  if (!list.length)
    return h(
      'td',
      { class: 'not-reached' },
      h('span', { 'aria-hidden': 'true' }, '—'),
      h('span', { class: 'visually-hidden' }, 'Not reached'),
    );
  return h(
    'td',
    {},
    list.map((c) => quote(c.choiceText)).join(', then '),
    list.some((c) => c.historical) ? h('span', { class: 'as-history' }, ' ★') : null,
    list.some((c) => c.historical) ? h('span', { class: 'visually-hidden' }, ' (history’s choice)') : null,
  );
}

export function everyFork(shown: readonly Shown[], comparison: Comparison): HTMLElement {
  const rows = forkByFork(comparison.paths);
  const differ = rows.filter((r) => r.differs).length;
  return h(
    'div',
    {
      class: 'table-scroll',
      'data-testid': 'every-fork',
      role: 'region',
      tabindex: 0,
      'aria-label': 'Every fork, side by side (scrolls sideways on a narrow screen)',
    },
    h(
      'table',
      { class: 'compare-table fork-table' },
      h(
        'caption',
        {},
        `${rows.length} forks; the paths differ at ${differ}, marked ≠. ★ marks history’s choice; — a fork the path never reached.`,
      ),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'Fork'), ...shown.map((p) => h('th', { scope: 'col' }, markChip(p), ' ', shortName(p)))),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { class: r.differs ? 'differs' : '', 'data-fork': r.fork ?? '' },
            h(
              'th',
              { scope: 'row' },
              r.differs ? h('span', { class: 'differs-mark', 'aria-hidden': 'true' }, '≠ ') : null,
              forkWhen(r.fork, r.year),
              r.differs ? h('span', { class: 'visually-hidden' }, ' (they differ here)') : null,
            ),
            ...shown.map((_, i) => cell(r, i)),
          ),
        ),
      ),
    ),
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
    h('h4', {}, markChip(p), ' ', shortName(p)),
    reached ? null : h('p', { class: 'hint' }, 'This path did not reach the fork; its changes are counted from where it went past it.'),
    list.length
      ? h('ol', { class: 'cause-list' }, ...list.map((c) => h('li', {}, causeText(c))))
      : h('p', {}, 'No recorded change here that the other path does not share.'),
    sum ? h('p', { class: 'hint' }, `In all, from here on, unshared: ${sum}.`) : null,
  );
}

export function chains(shown: readonly Shown[], pairs: readonly PairComparison[]): HTMLElement | null {
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
        h('h3', {}, `${shortName(a)} and ${shortName(b)}`),
        ...list,
        more > 0
          ? h(
              'p',
              { class: 'hint' },
              `${more} later fork${more === 1 ? '' : 's'} where they differ ${more === 1 ? 'is' : 'are'} in the table above, without a chain.`,
            )
          : null,
      ),
    ];
  });
  if (!blocks.length) return null;
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-chains', 'data-testid': 'compare-chains' },
    h('h3', { id: 'compare-chains' }, 'Chains of causes'),
    h(
      'p',
      { class: 'hint' },
      'For each fork where two paths differ: the changes recorded on each path from that fork on that the other path does not share, largest first. The meters are the game’s model, not measurements.',
    ),
    ...blocks,
  );
}
