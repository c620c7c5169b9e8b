/**
 * The slide after a vote: the tally as a bar chart (each count also written as text), the
 * winning option, the three biggest meter moves with their reasons, how much of the map
 * changed, then a large "Next fork". The engine works the result out (engine/voteResult.ts).
 */
import type { VoteResult } from '../../engine/voteResult';
import { METER_LABELS, type Control } from '../../engine/types';
import { controlName } from '../../shared/palette';
import { h } from '../dom';
import { formatDelta } from '../../shared/numbers';

/** "The map: 21 regions change hands (Provisional Government 21)." */
export function mapText(moves: readonly { control: Control; regions: number }[], year: number): string | null {
  const total = moves.reduce((n, m) => n + m.regions, 0);
  if (!total) return null;
  const sides = moves.map((m) => `${controlName(m.control, year)} ${m.regions}`).join(', ');
  return `The map: ${total} region${total === 1 ? '' : 's'} change${total === 1 ? 's' : ''} hands (${sides}).`;
}

export function voteResultPanel(
  result: VoteResult,
  opts: { map: readonly { control: Control; regions: number }[]; year: number; over: boolean; next(): void },
): Node[] {
  const map = mapText(opts.map, opts.year);
  const bars = result.tallies.map((t) => {
    const fill = h('span', { class: 'result-bar-fill' });
    // CSSOM, allowed by the CSP: the bar's length is its share of the votes.
    fill.style.width = `${Math.round(t.share * 100)}%`;
    return h(
      'li',
      { class: `result-row${t.winner ? ' winner' : ''}`, 'data-testid': 'result-row' },
      h('span', { class: 'result-option' }, t.winner ? h('strong', {}, t.text) : t.text),
      h('span', { class: 'result-bar', 'aria-hidden': 'true' }, fill),
      h('span', { class: 'result-count' }, `${t.votes} vote${t.votes === 1 ? '' : 's'}${t.winner ? ' ✓' : ''}`),
    );
  });
  const next = h(
    'button',
    { type: 'button', class: 'choice primary next-fork', 'data-testid': 'next-fork' },
    opts.over ? 'On to the end of the lesson' : 'Next fork',
  );
  next.addEventListener('click', () => opts.next());
  return [
    h('h2', { id: 'vote-title', class: 'section-title', tabindex: -1 }, 'The result'),
    h(
      'p',
      { class: 'result-winner', 'data-testid': 'result-winner' },
      h('span', { class: 'label' }, result.casting ? 'A tie; the teacher’s casting vote chose: ' : 'The class chose: '),
      result.winner,
    ),
    h('ol', { class: 'result-tally', 'aria-label': `The votes, ${result.total} in all` }, ...bars),
    result.moves.length
      ? h(
          'section',
          { class: 'result-moves', 'aria-labelledby': 'result-moves-title' },
          h('h3', { id: 'result-moves-title' }, 'What it changed most'),
          h(
            'ul',
            {},
            ...result.moves.map((m) =>
              h(
                'li',
                { 'data-testid': 'result-move' },
                h('strong', {}, `${METER_LABELS[m.meter].name} ${m.delta < 0 ? '▼' : '▲'} ${formatDelta(m.delta)}`),
                ` ${m.reason} (${m.year})`,
              ),
            ),
          ),
        )
      : null,
    map ? h('p', { class: 'result-map', 'data-testid': 'result-map' }, map) : null,
    next,
  ].filter((n): n is HTMLElement => n !== null);
}
