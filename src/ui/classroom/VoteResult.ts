/**
 * The slide after a vote: the tally as a bar chart (each count also written as text), the
 * winning option, the three biggest meter moves with their reasons, how much of the map
 * changed, then a large "Next fork". The engine works the result out (engine/voteResult.ts).
 */
import type { VoteResult } from '../../engine/voteResult';
import { METER_LABELS } from '../../engine/types';
import { h } from '../dom';
import { formatDelta } from '../format';

export function voteResultPanel(result: VoteResult, opts: { mapChanges: number; over: boolean; next(): void }): Node[] {
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
    opts.mapChanges
      ? h('p', { class: 'result-map' }, `The map: ${opts.mapChanges} change${opts.mapChanges === 1 ? '' : 's'} of control (see the map).`)
      : null,
    next,
  ].filter((n): n is HTMLElement => n !== null);
}
