/** Pieces both live pages draw: role cards, the fork's context, the tally, what changed. Text only, never HTML. */
import type { LiveCard, LiveScene } from '../engine/live';
import { METER_LABELS, type MeterId } from '../engine/types';
import { h } from '../ui/dom';
import type { LiveResult } from './protocol';

export function roleCard(card: LiveCard, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  return h(
    'article',
    { class: 'live-card', 'aria-label': `Role card: ${card.role}` },
    h(headingLevel, { class: 'live-card-role' }, card.role),
    card.group ? h('p', { class: 'live-card-group' }, `Played by ${card.group}`) : null,
    h('p', { class: 'live-card-who' }, card.who),
    h('p', {}, h('strong', {}, 'Position: '), card.position),
    h('p', {}, h('strong', {}, 'Argues for: '), card.argues.join('; ')),
    h('ul', { class: 'live-card-args' }, ...card.arguments.map((a) => h('li', {}, a))),
    h('p', {}, h('strong', {}, 'Fears: '), card.fears),
  );
}

export function context(scene: LiveScene, open: boolean): HTMLElement {
  const blocks = scene.context.filter((b) => b.kind !== 'chapter');
  return h(
    'details',
    { class: 'live-context', open },
    h('summary', {}, 'What is happening'),
    ...blocks.map((b) => {
      if (b.kind === 'history')
        return h(
          'aside',
          { class: 'live-history' },
          h('p', { class: 'label' }, 'History card'),
          ...b.text.split('\n\n').map((p) => h('p', {}, p)),
        );
      if (b.kind === 'ending') return h('p', { class: 'live-ending' }, `Ending: ${b.text}`);
      if (b.kind === 'watch') return h('p', { class: 'live-watch' }, h('strong', {}, 'Ending watch: '), b.text);
      return h('p', {}, b.text, b.speculative ? h('span', { class: 'live-speculative' }, ' (speculative: this did not happen)') : null);
    }),
  );
}

export function tally(result: LiveResult, choiceText: (option: string) => string): HTMLElement {
  const total = result.tallies.reduce((n, t) => n + t.votes, 0);
  const verdict =
    result.kind === 'winner'
      ? `The class chose: ${choiceText(result.options[0]!)}`
      : result.kind === 'tie'
        ? `A tie between ${result.options.map(choiceText).join(' and ')}: the teacher casts the deciding vote.`
        : 'No one voted.';
  return h(
    'section',
    { class: 'live-tally', 'aria-label': 'The tally' },
    h('p', { class: 'live-verdict' }, verdict),
    h(
      'ul',
      { class: 'live-bars' },
      ...result.tallies.map((t) => {
        const won = result.options.includes(t.option) && result.kind === 'winner';
        // CSSOM, not a style attribute: the CSP forbids inline styles.
        const bar = h('span', { class: 'live-bar', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(total ? t.votes / total : 0));
        return h(
          'li',
          { class: won ? 'won' : '' },
          h('span', { class: 'live-bar-label' }, `${t.text}: ${t.votes} vote${t.votes === 1 ? '' : 's'}${won ? ' (chosen)' : ''}`),
          bar,
        );
      }),
    ),
  );
}

export function changes(scene: LiveScene): HTMLElement | null {
  const last = scene.lastVote;
  if (!last) return null;
  const won = last.tallies.find((t) => t.option === last.winner);
  const counts = last.tallies.map((t) => `${t.votes} for “${t.text}”`).join(', ');
  return h(
    'section',
    { class: 'live-changes', 'aria-label': 'What the last vote changed' },
    h(
      'p',
      {},
      h('strong', {}, last.casting ? 'The class tied; the teacher’s casting vote chose: ' : 'The class chose: '),
      won?.text ?? last.winner,
      ` (${counts}).`,
    ),
    scene.changes.length
      ? h(
          'ul',
          {},
          ...scene.changes.map((c) => {
            const name = c.meter === 'lives' ? 'Lives lost' : (METER_LABELS[c.meter as MeterId]?.name ?? c.meter);
            return h('li', {}, `${name} ${c.delta > 0 ? '+' : '−'}${Math.abs(c.delta)}: ${c.reason}`);
          }),
        )
      : null,
  );
}

export function timerText(endsAt: number | null, now = Date.now()): string {
  if (!endsAt) return '';
  const s = Math.max(0, Math.round((endsAt - now) / 1000));
  return s === 0 ? 'Time is up' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`;
}
