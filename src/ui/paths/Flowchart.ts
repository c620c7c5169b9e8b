/**
 * The flowchart of the forks, drawn as a tree: history's route is the trunk, and each of the
 * player's paths branches off at the fork where it first chose otherwise and runs on to its
 * ending (engine/pathTree.ts). At every fork of the trunk the options no path has taken from
 * there are shown as "not yet taken". An ARIA tree: one Tab stop, the arrow keys move and
 * open (treeKeys.ts).
 */
import type { ForkIndex } from '../../engine/forkIndex';
import { buildPathTree, type Branch, type PathEnd, type PathTree, type TreePath, type TreeStep } from '../../engine/pathTree';
import { endLabel } from '../../engine/pathName';
import { FORK_NAMES, type EndingId, type PathStep } from '../../engine/types';
import { h } from '../dom';
import { setOpen, treeKeys } from './treeKeys';
import './paths.css';
import './flowchart.css';

export interface FlowchartOptions {
  root: HTMLElement;
  forks: ForkIndex;
  history: { steps: PathStep[]; ending: EndingId | null; year: number };
  paths: TreePath[];
  onBack(): void;
}

const forkName = (s: TreeStep): string => (s.fork ? FORK_NAMES[s.fork] : 'The opening');
const quote = (text: string): string => `“${text}”`;
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function endText(e: PathEnd): string {
  const where = endLabel(e);
  const names = e.names.length ? `: ${e.names.map(quote).join(', ')}` : '';
  return e.count > 1 ? `${where} (${e.count} paths${names})` : `${where}${names}`;
}

/** The endings a branch reaches, in order along it. */
const branchEnds = (b: Branch): PathEnd[] => b.steps.flatMap((s) => [...s.ends, ...s.branches.flatMap(branchEnds)]);

function item(level: number, label: HTMLElement, attrs: Record<string, string>, children: HTMLElement[] = [], open = false): HTMLElement {
  const li = h('li', { role: 'treeitem', 'aria-level': String(level), ...attrs }, label);
  if (children.length) {
    li.setAttribute('aria-expanded', String(open));
    const group = h('ul', { role: 'group' }, ...children);
    group.hidden = !open;
    li.append(group);
  }
  return li;
}

function endItem(e: PathEnd, level: number): HTMLElement {
  const stopped = !e.ending;
  return item(
    level,
    h(
      'div',
      { class: 'tree-label' },
      h('span', { class: 'end-badge', 'aria-hidden': 'true' }, stopped ? '…' : '■'),
      h('span', {}, stopped ? `Stops here: ${endText(e)}` : `Ends: ${endText(e)}`),
    ),
    { class: `tree-end${stopped ? ' stopped' : ''}`, 'data-testid': 'tree-end', 'data-ending': e.ending ?? '' },
  );
}

function branchItem(b: Branch, level: number): HTMLElement {
  const [head, ...rest] = b.steps;
  if (!head) return h('li', {});
  const ends = branchEnds(b);
  const children = [...head.ends.map((e) => endItem(e, level + 1)), ...rest.flatMap((s) => stepItems(s, level + 1))];
  return item(
    level,
    h(
      'div',
      { class: 'tree-label' },
      h('span', { class: 'branch-choice' }, quote(head.text)),
      h(
        'span',
        { class: 'tree-meta' },
        ` ${plural(head.paths, 'path')}${rest.length ? ` · then ${plural(rest.length, 'more fork')}` : ''}`,
      ),
      h('span', { class: 'branch-ends' }, ...ends.map((e) => h('span', { class: 'end-chip' }, e.ending ? endLabel(e) : `stops ${e.year}`))),
    ),
    { class: 'tree-branch', 'data-testid': 'tree-branch', 'data-fork': head.fork ?? '', 'data-option': head.option },
    children,
  );
}

/** A step along a branch: its fork and choice, then the paths that end there and those that turn off. */
function stepItems(s: TreeStep, level: number): HTMLElement[] {
  const line = item(
    level,
    h(
      'div',
      { class: 'tree-label' },
      h('span', { class: 'step-fork' }, forkName(s)),
      ' ',
      quote(s.text),
      s.historical ? h('span', { class: 'as-history' }, ' ★ as history') : null,
    ),
    { class: 'tree-step', 'data-fork': s.fork ?? '' },
  );
  return [...s.branches.map((b) => branchItem(b, level)), line, ...s.ends.map((e) => endItem(e, level))];
}

function trunkItem(s: TreeStep, total: number): HTMLElement {
  const branches = s.branches.map((b) => branchItem(b, 2));
  const open = s.notYetTaken.map((o) =>
    item(2, h('div', { class: 'tree-label' }, h('span', { class: 'open-ring', 'aria-hidden': 'true' }), 'Not yet taken: ', quote(o.text)), {
      class: 'tree-open',
      'data-testid': 'not-yet-taken',
      'data-option': o.option,
    }),
  );
  const ends = s.ends.map((e) => endItem(e, 2));
  const leaving = s.branches.reduce((n, b) => n + (b.steps[0]?.paths ?? 0), 0);
  return item(
    1,
    h(
      'div',
      { class: 'tree-label' },
      h('span', { class: 'trunk-fork' }, forkName(s)),
      h('span', { class: 'trunk-choice' }, h('span', { 'aria-hidden': 'true' }, '★ '), 'History: ', quote(s.text)),
      total
        ? h(
            'span',
            { class: 'tree-meta' },
            `${total === 1 ? (s.paths ? 'Your path came this way' : 'Your path did not come this way') : `${s.paths} of your ${total} paths came this way`}${leaving ? `; ${leaving} left history here` : ''}`,
          )
        : null,
    ),
    { class: `tree-trunk${leaving ? ' has-branches' : ''}`, 'data-testid': 'trunk-fork', 'data-fork': s.fork ?? '' },
    [...branches, ...ends, ...open],
    true,
  );
}

export function flowTree(tree: PathTree): HTMLElement {
  const last = tree.trunk.at(-1);
  const historyEnd = tree.history.ending ? endLabel({ ...tree.history, finished: true }) : `Up to ${tree.history.year}`;
  const list = h(
    'ul',
    { role: 'tree', class: 'flow-tree', 'aria-label': 'Your paths on history’s route through the forks', 'data-testid': 'flow-tree' },
    ...tree.trunk.map((s) => trunkItem(s, tree.paths)),
    item(1, h('div', { class: 'tree-label' }, h('span', { class: 'trunk-fork' }, `History ends: ${historyEnd}`)), {
      class: 'tree-trunk trunk-end',
      'data-testid': 'trunk-end',
    }),
  );
  void last;
  treeKeys(list);
  return list;
}

/** Open every branch (for a printout, or to see the whole tree at once). */
export function openAll(tree: HTMLElement, open: boolean): void {
  for (const el of tree.querySelectorAll<HTMLElement>('.tree-branch')) setOpen(el, open);
}

export function showFlowchart(opts: FlowchartOptions): void {
  const tree = buildPathTree(opts.forks, opts.history, opts.paths);
  const options = opts.forks.reduce((n, f) => n + f.options.length, 0);
  const taken = new Set(opts.paths.flatMap((p) => p.steps.map((s) => `${s.fork ?? ''}|${s.option}`))).size;
  const back = h('button', { type: 'button', class: 'title-button', 'data-testid': 'flowchart-back' }, 'Back to your paths');
  back.addEventListener('click', () => opts.onBack());
  const list = flowTree(tree);
  const expand = h('button', { type: 'button', class: 'title-button', 'aria-pressed': 'false' }, 'Open every branch');
  expand.addEventListener('click', () => {
    const on = expand.getAttribute('aria-pressed') !== 'true';
    expand.setAttribute('aria-pressed', String(on));
    openAll(list, on);
  });

  const screen = h(
    'main',
    { class: 'flowchart', 'aria-labelledby': 'flowchart-title', 'data-testid': 'flowchart' },
    h('h1', { id: 'flowchart-title', class: 'poster' }, 'Flowchart of the forks'),
    h(
      'p',
      { class: 'lede', 'data-testid': 'flowchart-summary' },
      opts.paths.length
        ? `History’s route runs down the left; ${opts.paths.length === 1 ? 'your path branches off where it chose otherwise and runs to its ending' : `your ${opts.paths.length} paths branch off where they chose otherwise and run to their endings`}. You have taken ${taken} of the ${options} options.`
        : `History’s route runs down the left. You have no paths yet: every other option is not yet taken.`,
    ),
    h('nav', { class: 'compare-actions no-print', 'aria-label': 'Flowchart' }, back, expand),
    h(
      'p',
      { class: 'hint' },
      'Tab to the tree; the up and down arrows move through it, right opens a branch, left closes it. ★ marks history’s choice; ■ an ending; a dashed ring an option not yet taken.',
    ),
    list,
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  const title = screen.querySelector<HTMLElement>('h1');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}
