/**
 * The class debrief: the class's century beside history's, fork by fork with the votes;
 * meter charts; the map at key years; the history cards met on the way; questions for
 * discussion. Printable (print stylesheet) and downloadable as JSON.
 */
import type { StoryBundle } from '../../engine/Game';
import { historyPath, replayPath, type PathReplay } from '../../engine/compare';
import { debriefData, type DebriefData, type DebriefRow } from '../../engine/debrief';
import type { Session } from '../../engine/classroom';
import type { RoleBook } from '../../engine/roles';
import { FORK_NAMES } from '../../engine/types';
import { h } from '../dom';
import { formatPeople, formatShare } from '../../shared/numbers';
import { miniMap } from '../MiniMap';
import { pathCharts, controlAt, keyYears, type ChartedPath } from '../pathCharts';
import { byChoice, forkTicks } from './debriefTicks';

export interface DebriefContext {
  root: HTMLElement;
  bundle: StoryBundle;
  session: Session;
  book: RoleBook;
  toTitle(): void;
  continueLesson: (() => void) | null;
}

function talliesText(row: DebriefRow): string {
  return row.tallies.map((t) => `${t.votes}`).join(' – ');
}

export function showDebrief(ctx: DebriefContext, problem?: string): void {
  const { bundle, session } = ctx;
  const cls = replayPath(bundle, { label: 'Your class', storyVersion: session.storyVersion, steps: session.steps });
  const fullHistory = replayPath(bundle, historyPath(bundle));
  // History over the same years as the lesson, so the charts compare like with like.
  const lastYear = cls.snapshots.at(-1)?.year ?? 1917;
  const hist: PathReplay = { ...fullHistory, snapshots: fullHistory.snapshots.filter((s) => s.year <= Math.max(lastYear, 1917)) };
  const data = debriefData(bundle, session, ctx.book, { cls, hist: fullHistory });
  // A short lesson's charts go fork by fork (history over as many choices), not year by year.
  const ticks = forkTicks(data.rows);
  const steps = cls.snapshots.at(-1)?.step ?? 0;
  const paths: ChartedPath[] = ticks
    ? [
        { replay: byChoice(cls, steps), history: false },
        { replay: byChoice(fullHistory, steps), history: true },
      ]
    : [
        { replay: cls, history: false },
        { replay: hist, history: true },
      ];

  const printButton = h('button', { type: 'button', class: 'title-button primary' }, 'Print or save as PDF');
  printButton.addEventListener('click', () => window.print());
  const download = h('button', { type: 'button', class: 'title-button', 'data-testid': 'download-debrief' }, 'Download debrief (JSON)');
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = h('a', { href: url, download: `october-paths-debrief-${session.startedAt.slice(0, 10)}.json` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  const title = h('button', { type: 'button', class: 'title-button' }, 'Back to the title screen');
  title.addEventListener('click', () => ctx.toTitle());
  const more = ctx.continueLesson;
  const continueButton = more ? h('button', { type: 'button', class: 'title-button' }, 'Continue the lesson') : null;
  continueButton?.addEventListener('click', () => more?.());

  const outcome = data.ending
    ? `The class’s century ended in ${data.ending.year} with the ending “${data.ending.title}”.`
    : `The lesson stopped in ${data.stoppedAt ?? lastYear}.`;
  const final = data.final;

  const rows = data.rows.map((r) =>
    h(
      'tr',
      { class: r.sameAsHistory ? '' : 'differs-row' },
      h('th', { scope: 'row' }, String(r.year)),
      h('td', {}, r.fork ? FORK_NAMES[r.fork] : '—'),
      h('td', { class: r.sameAsHistory ? '' : 'differs' }, r.classChoice, r.casting ? ' (teacher’s casting vote)' : ''),
      h('td', { class: 'tally' }, talliesText(r)),
      h('td', {}, r.sameAsHistory ? 'The same' : (r.historyChoice ?? '—')),
    ),
  );

  const maps = keyYears([
    { replay: cls, history: false },
    { replay: hist, history: true },
  ]).map((year) => {
    const mine = controlAt(cls, year);
    // A short lesson sets history beside the class after as many choices, not at the year's end
    // (a class stopped in July 1917 is not compared with history's November).
    const step = cls.snapshots.filter((x) => x.year <= year).at(-1)?.step ?? 0;
    const theirs = ticks ? (fullHistory.snapshots[step]?.control ?? null) : controlAt(fullHistory, year);
    const theirCaption = ticks ? `${year}: history at the same point` : `${year}: history`;
    return h(
      'div',
      { class: 'map-pair' },
      mine ? h('figure', {}, h('figcaption', {}, `${year}: your class`), miniMap(mine, `Map of ${year} on the class's path`)) : null,
      theirs ? h('figure', {}, h('figcaption', {}, theirCaption), miniMap(theirs, `Map of ${year} in history`)) : null,
    );
  });

  const screen = h(
    'main',
    { class: 'debrief', 'aria-labelledby': 'debrief-title', 'data-testid': 'debrief' },
    h(
      'h1',
      { id: 'debrief-title', class: 'poster' },
      ticks ? `Debrief: the class’s ${spanYears(data.span)}` : 'Debrief: the class’s century',
    ),
    h(
      'p',
      { class: 'lede' },
      `${data.span}. Lesson of ${new Date(session.startedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. ${outcome}`,
    ),
    problem
      ? h(
          'p',
          { class: 'notice problem', role: 'alert' },
          `${problem} The class's record is kept as it was; the debrief shows what this version of the story can replay.`,
        )
      : null,
    final
      ? h(
          'p',
          {},
          `At the end: lives lost ${formatPeople(final.livesLost)}; territory ${formatShare(final.territory)} of the former Empire.${historyBeside(data.history)}`,
        )
      : null,
    h('div', { class: 'debrief-actions no-print' }, printButton, download, continueButton, title),
    h('h2', {}, 'Fork by fork'),
    h(
      'table',
      { class: 'debrief-table', 'data-testid': 'debrief-table' },
      h('caption', { class: 'visually-hidden' }, 'The class’s choices beside history’s, with the votes'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Year'),
          h('th', { scope: 'col' }, 'Fork'),
          h('th', { scope: 'col' }, 'The class chose'),
          h('th', { scope: 'col' }, 'Votes'),
          h('th', { scope: 'col' }, 'History chose'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('p', { class: 'hint' }, 'Votes are listed in the order the options were shown. Bold: the class parted from history.'),
    h('h2', {}, 'The meters'),
    h(
      'p',
      { class: 'hint' },
      'Solid line: the class. Dashed black: history over the same years. The meters are the game’s model, not measurements.',
    ),
    pathCharts(paths, { width: 340, height: 170, xTicks: ticks ?? undefined }),
    h('h2', {}, 'The map at key years'),
    h('div', { class: 'maps' }, ...maps),
    h('h2', {}, 'History cards'),
    ...(data.historyCards.length
      ? data.historyCards.map((c) =>
          h(
            'aside',
            { class: 'history-card' },
            h('p', { class: 'history-kicker' }, 'What really happened'),
            h('h3', {}, c.title),
            ...c.paragraphs.map((p) => h('p', {}, p)),
          ),
        )
      : [h('p', {}, 'No history cards on this path yet.')]),
    h('h2', {}, 'Questions for discussion'),
    ...data.questions.map((q) =>
      h('section', { class: 'questions' }, h('h3', {}, FORK_NAMES[q.fork]), h('ol', {}, ...q.questions.map((x) => h('li', {}, x)))),
    ),
  );
  ctx.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  screen.querySelector('h1')?.setAttribute('tabindex', '-1');
  screen.querySelector<HTMLElement>('h1')?.focus();
}

/** History over the lesson's own span: its ending only when the class reached one too. */
function historyBeside(history: DebriefData['history']): string {
  if (history.ending) return ` History’s own century reaches the ending “${history.ending}”.`;
  const at = history.sameSpan;
  return at
    ? ` History at the same point (${at.year}): lives lost ${formatPeople(at.livesLost)}; territory ${formatShare(at.territory)}.`
    : '';
}

/** "1917–1918: The Revolution and Brest-Litovsk" → "1917–1918". */
function spanYears(title: string): string {
  return title.split(':')[0] ?? title;
}
