/**
 * The end of a path, as the story panel shows it: the ending's title first, then "How it
 * came to this" (the chain of causes from engine/endingCauses.ts), then the ending's own text,
 * and the end screen's actions: replay from the fork that mattered most, share, compare with
 * history, the flowchart, play again. Renders only; the engine works the chain out.
 */
import { endingChain, type ChainChoice, type EndingChain } from '../engine/endingCauses';
import { FORK_NAMES, METER_LABELS, type Block, type GameState } from '../engine/types';
import { h } from './dom';
import { formatDelta } from '../shared/numbers';
import './endScreen.css';

export interface EndActions {
  restart(): void;
  toTitle(): void;
  /** Continue as a new path from the fork of this path's choice `step` (0-based). */
  branchAt?: (step: number) => void;
  share?: () => void;
  compareWithHistory?: () => void;
  flowchart?: () => void;
  compareWithParent?: () => void;
}

export const REPLAY_PIVOT = 'Replay from the fork that mattered most';

const forkName = (c: ChainChoice): string => {
  const name = c.fork ? FORK_NAMES[c.fork] : 'The opening';
  return /\d{4}/.test(name) ? name : `${name}, ${c.year}`;
};

/** The chain for a finished game (null before an ending). */
export function chainFor(state: GameState): EndingChain | null {
  return state.ending
    ? endingChain({ ending: state.ending, meters: state.meters, effects: state.effects, timeline: state.timeline })
    : null;
}

/** The ending's blocks reordered: its title first; what follows the title, then what led up to it. */
export function endingOrder(blocks: readonly Block[]): { title: Block | null; after: Block[]; before: Block[] } {
  const at = blocks.findIndex((b) => b.kind === 'ending');
  if (at < 0) return { title: null, after: [...blocks], before: [] };
  return { title: blocks[at]!, after: blocks.slice(at + 1), before: blocks.slice(0, at) };
}

/** "How it came to this": the deciding meters, the biggest moves, and the last choice. */
export function causesSection(chain: EndingChain): HTMLElement {
  const where = chain.deciding.map((d) => `${d.name} ${d.value} (${d.direction === 'low' ? 'too low' : 'high enough'})`).join(', ');
  const links = chain.links.map((l) =>
    h(
      'li',
      { class: 'cause-link', 'data-testid': 'cause-link' },
      h('span', { class: 'cause-year' }, String(l.year)),
      h(
        'span',
        { class: 'cause-move' },
        h('strong', {}, `${METER_LABELS[l.meter].name} ${l.delta < 0 ? '▼' : '▲'} ${formatDelta(l.delta)}`),
        ` ${l.reason}`,
      ),
      h('span', { class: 'cause-choice' }, `after “${l.cause.choice}” (${forkName(l.cause)})`),
    ),
  );
  const trigger = chain.trigger
    ? h(
        'li',
        { class: 'cause-link cause-trigger', 'data-testid': 'cause-link' },
        h('span', { class: 'cause-year' }, String(chain.trigger.year)),
        h('span', { class: 'cause-move' }, h('strong', {}, 'The last choice: '), `“${chain.trigger.choice}”`),
        h('span', { class: 'cause-choice' }, `${forkName(chain.trigger)}: and so, ${chain.title}`),
      )
    : null;
  return h(
    'section',
    { class: 'ending-causes', 'aria-labelledby': 'ending-causes-title', 'data-testid': 'ending-causes' },
    h('h3', { id: 'ending-causes-title' }, 'How it came to this'),
    h('p', { class: 'cause-deciding' }, `${chain.title}: at the end, ${where}.`),
    h('ol', { class: 'cause-chain' }, ...links, trigger),
  );
}

/** The end screen's actions; the first is the fork that mattered most, when it can be replayed. */
export function endActions(chain: EndingChain | null, actions: EndActions): { el: HTMLElement; buttons: HTMLButtonElement[] } {
  const button = (
    label: string,
    onClick: () => void,
    opts: { primary?: boolean; testid?: string; aria?: string } = {},
  ): HTMLButtonElement => {
    const b = h(
      'button',
      { type: 'button', class: opts.primary ? 'choice primary' : 'choice', 'data-testid': opts.testid, 'aria-label': opts.aria },
      label,
    );
    b.addEventListener('click', onClick);
    return b;
  };
  const pivot = chain?.pivot;
  const branch = actions.branchAt;
  const buttons = [
    pivot && branch
      ? button(REPLAY_PIVOT, () => branch(pivot.step), {
          primary: true,
          testid: 'replay-pivot',
          aria: `${REPLAY_PIVOT}: ${forkName(pivot)}`,
        })
      : null,
    actions.share ? button('Share this path', actions.share, { testid: 'end-share' }) : null,
    actions.compareWithHistory ? button('Compare with history', actions.compareWithHistory, { testid: 'end-compare' }) : null,
    actions.flowchart ? button('Flowchart of the forks', actions.flowchart, { testid: 'end-flowchart' }) : null,
    actions.compareWithParent
      ? button('Compare with the path it branched from', actions.compareWithParent, { testid: 'compare-parent' })
      : null,
    button('Play again', () => actions.restart(), { primary: !pivot || !branch }),
    button('Back to the title screen', () => actions.toTitle()),
  ].filter((b): b is HTMLButtonElement => b !== null);
  const note =
    pivot && branch
      ? h(
          'p',
          { class: 'pivot-note', 'data-testid': 'pivot-note' },
          `The fork that mattered most: ${forkName(pivot)}, where you chose “${pivot.choice}”.`,
        )
      : null;
  return { el: h('div', { class: 'end-screen-actions' }, note, h('div', { class: 'end-actions' }, ...buttons)), buttons };
}
