/**
 * What the compare view leads with: the paths (each named once, with its letter, its line in
 * the charts, its ending, lives lost and territory) and where each pair first parts, each
 * side's choice there. The detail of every later fork is one click below (compareDetail.ts).
 */
import type { Comparison, PairComparison } from '../../engine/compare';
import { firstPartings, type Parting } from '../../engine/firstParting';
import type { EndingId } from '../../engine/types';
import { endLabel, nameBesideEnd, territoryAtEnd } from '../../engine/pathName';
import { h } from '../dom';
import { formatPeople } from '../../shared/numbers';
import { byMark, forkWhen, lineSample, markChip, quote, type Shown } from './compareShown';

const stands = (p: Shown): { ending: EndingId | null; year: number; finished: boolean } => ({
  ending: p.replay.ending?.id ?? null,
  year: p.replay.ending?.year ?? p.replay.year,
  finished: p.replay.finished,
});

/** The path's name, without the ending its own column gives. */
const title = (p: Shown): string => (p.history ? 'History' : nameBesideEnd(p.replay.label, stands(p)));

function outcome(p: Shown): string {
  const r = p.replay;
  if (r.ending) return endLabel({ ending: r.ending.id, year: r.ending.year, finished: true });
  return r.message ?? endLabel({ ending: null, year: r.year, finished: r.finished });
}

/** The one table naming every path: also the key to the charts' lines and the letters. */
export function pathsTable(shown: readonly Shown[]): HTMLElement {
  const rows = shown.map((p) => {
    const end = p.replay.snapshots.at(-1);
    return h(
      'tr',
      { 'data-mark': p.mark },
      h('th', { scope: 'row' }, h('span', { class: 'path-key' }, markChip(p), lineSample(p)), h('span', { class: 'path-title' }, title(p))),
      h('td', { 'data-label': 'Ending' }, outcome(p)),
      h('td', { 'data-label': 'Lives lost' }, end ? formatPeople(end.livesLost) : '—'),
      h('td', { 'data-label': 'Territory held' }, end ? territoryAtEnd(p.replay.ending?.id ?? null, end.territory) : '—'),
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
        { class: 'compare-table paths-table' },
        h(
          'caption',
          { class: 'visually-hidden' },
          'The paths compared, each with its letter, its line in the charts, its ending or where it stopped, lives lost and territory held at the end',
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Path (its line in the charts)'),
            h('th', { scope: 'col' }, 'Ending, or where it stopped'),
            h('th', { scope: 'col' }, 'Lives lost'),
            h('th', { scope: 'col' }, 'Territory held'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    ...notices.map((p) => h('p', { class: 'notice' }, `Path ${p.mark}: ${p.replay.notice ?? ''}`)),
  );
}

function partingBlock(shown: readonly Shown[], parting: Parting): HTMLElement {
  const chips = (paths: readonly number[]): HTMLElement[] => paths.flatMap((i) => (shown[i] ? [byMark(shown[i])] : []));
  return h(
    'div',
    { class: 'pair', 'data-step': parting.step },
    h(
      'p',
      { class: 'part-at' },
      'They first part at ',
      h('strong', {}, forkWhen(parting.fork, parting.year)),
      ` (choice ${parting.step}):`,
    ),
    h(
      'ul',
      { class: 'choice-pair' },
      ...parting.choices.map((c) =>
        h(
          'li',
          { 'data-marks': c.paths.map((i) => shown[i]?.mark ?? '').join('') },
          h('span', { class: 'marks' }, ...chips(c.paths)),
          ' ',
          quote(c.choiceText),
          c.historical ? h('span', { class: 'as-history' }, ' ★ history’s choice') : null,
        ),
      ),
      parting.unreached.length
        ? h(
            'li',
            {},
            h('span', { class: 'marks' }, ...chips(parting.unreached)),
            ' ',
            h('span', { class: 'as-history' }, 'did not come this far (the path had ended or stopped)'),
          )
        : null,
    ),
  );
}

/** "Later they differ at: A and B 21 forks, A and H 22 forks." */
function laterLine(shown: readonly Shown[], pairs: readonly PairComparison[]): HTMLElement | null {
  const counts = pairs.flatMap((pair) => {
    const a = shown[pair.a];
    const b = shown[pair.b];
    const more = pair.divergences.length - 1;
    return a && b && more > 0 ? [`${a.mark} and ${b.mark} at ${more} more fork${more === 1 ? '' : 's'}`] : [];
  });
  if (!counts.length) return null;
  return h('p', { class: 'hint' }, `Later they differ again: ${counts.join('; ')}. Every fork, side by side, is below.`);
}

export function whereTheyPart(shown: readonly Shown[], comparison: Comparison): HTMLElement {
  const partings = firstPartings(comparison);
  return h(
    'section',
    { class: 'compare-section', 'aria-labelledby': 'compare-part', 'data-testid': 'first-divergence' },
    h('h2', { id: 'compare-part' }, 'Where they part'),
    shown.length < 2 ? h('p', {}, 'There is only one path to show.') : null,
    shown.length >= 2 && !partings.length ? h('p', {}, 'They made the same choices as far as each went.') : null,
    ...partings.map((p) => partingBlock(shown, p)),
    laterLine(shown, comparison.pairs),
  );
}
