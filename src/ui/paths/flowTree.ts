/**
 * The flowchart's tree (engine/pathTree.ts drawn as an ARIA tree): history's route is the
 * trunk; a fork where a path leaves it or ends is shown open, with its branches; every stretch
 * of forks where the paths only follow history is folded into one "n forks as history" item,
 * and a branch's quiet stretches into "n more forks", each opened on demand. The options no
 * path has taken from a trunk fork sit in its own "not yet taken" item. Shapes and words, not
 * colour, tell the kinds apart (★ history, ■ an ending, a dashed ring not yet taken).
 */
import { foldQuiet, type Branch, type PathEnd, type PathTree, type TreeStep } from '../../engine/pathTree';
import { endLabel } from '../../engine/pathName';
import { FORK_NAMES } from '../../engine/types';
import { h } from '../dom';
import { treeKeys } from './treeKeys';

const forkName = (s: TreeStep): string => (s.fork ? FORK_NAMES[s.fork] : 'The opening');
const quote = (text: string): string => `“${text}”`;
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
const span = (steps: readonly TreeStep[]): string => {
  const first = steps[0];
  const last = steps.at(-1);
  return first && last ? `${forkName(first)} to ${forkName(last)}` : '';
};

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

const label = (...children: (HTMLElement | string | null)[]): HTMLElement => h('div', { class: 'tree-label' }, ...children);

function endItem(e: PathEnd, level: number): HTMLElement {
  const stopped = !e.ending;
  return item(
    level,
    label(
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
  const children = [...head.ends.map((e) => endItem(e, level + 1)), ...branchSteps(rest, level + 1)];
  return item(
    level,
    label(
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

/** A branch's steps after its first, its quiet stretches folded into "n more forks". */
function branchSteps(steps: readonly TreeStep[], level: number): HTMLElement[] {
  return foldQuiet(steps, 3).flatMap((run) =>
    run.quiet
      ? [
          item(
            level,
            label(h('span', { class: 'step-fork' }, `${plural(run.steps.length, 'more fork')}`), ` ${span(run.steps)}`),
            { class: 'tree-step tree-stretch', 'data-testid': 'branch-stretch' },
            run.steps.flatMap((s) => stepItems(s, level + 1)),
          ),
        ]
      : stepItems(run.step, level),
  );
}

/** A step along a branch: its fork and choice, then the paths that end there and those that turn off. */
function stepItems(s: TreeStep, level: number): HTMLElement[] {
  const line = item(
    level,
    label(
      h('span', { class: 'step-fork' }, forkName(s)),
      ' ',
      quote(s.text),
      s.historical ? h('span', { class: 'as-history' }, ' ★ as history') : null,
    ),
    { class: 'tree-step', 'data-fork': s.fork ?? '' },
  );
  return [...s.branches.map((b) => branchItem(b, level)), line, ...s.ends.map((e) => endItem(e, level))];
}

function cameThisWay(paths: number, total: number): string {
  if (!total) return '';
  if (total === 1) return paths ? 'Your path came this way' : 'Your path did not come this way';
  return `${paths} of your ${total} paths came this way`;
}

/** The options no path took from a trunk fork, folded into one item. */
function notYetTakenItem(s: TreeStep, level: number): HTMLElement[] {
  if (!s.notYetTaken.length) return [];
  const options = s.notYetTaken.map((o) =>
    item(level + 1, label(h('span', { class: 'open-ring', 'aria-hidden': 'true' }), 'Not yet taken: ', quote(o.text)), {
      class: 'tree-open',
      'data-testid': 'not-yet-taken',
      'data-option': o.option,
    }),
  );
  const n = s.notYetTaken.length;
  return [
    item(
      level,
      label(h('span', { class: 'open-ring', 'aria-hidden': 'true' }), `${n === 1 ? '1 option' : `${n} options`} not yet taken`),
      { class: 'tree-open tree-open-group', 'data-testid': 'not-yet-taken-group' },
      options,
    ),
  ];
}

/** A fork on history's route: open when a path leaves the trunk or ends there. */
function trunkItem(s: TreeStep, total: number, level: number): HTMLElement {
  const leaving = s.branches.reduce((n, b) => n + (b.steps[0]?.paths ?? 0), 0);
  const meta = cameThisWay(s.paths, total);
  return item(
    level,
    label(
      h('span', { class: 'trunk-fork' }, forkName(s)),
      h('span', { class: 'trunk-choice' }, h('span', { 'aria-hidden': 'true' }, '★ '), 'History: ', quote(s.text)),
      meta ? h('span', { class: 'tree-meta' }, `${meta}${leaving ? `; ${leaving} left history here` : ''}`) : null,
    ),
    { class: `tree-trunk${leaving ? ' has-branches' : ''}`, 'data-testid': 'trunk-fork', 'data-fork': s.fork ?? '' },
    [...s.branches.map((b) => branchItem(b, level + 1)), ...s.ends.map((e) => endItem(e, level + 1)), ...notYetTakenItem(s, level + 1)],
    leaving > 0 || s.ends.length > 0,
  );
}

/** Forks where every path that came this far chose as history did, as one item. */
function stretchItem(steps: TreeStep[], total: number): HTMLElement {
  const meta = cameThisWay(steps[0]?.paths ?? 0, total);
  return item(
    1,
    label(
      h('span', { class: 'trunk-fork' }, h('span', { 'aria-hidden': 'true' }, '★ '), `${steps.length} forks as history`),
      h('span', { class: 'trunk-choice' }, span(steps)),
      meta ? h('span', { class: 'tree-meta' }, `${meta}; none left history or ended here`) : null,
    ),
    { class: 'tree-trunk tree-stretch', 'data-testid': 'trunk-stretch' },
    steps.map((s) => trunkItem(s, total, 2)),
  );
}

export function flowTree(tree: PathTree): HTMLElement {
  const historyEnd = tree.history.ending ? endLabel({ ...tree.history, finished: true }) : `Up to ${tree.history.year}`;
  const list = h(
    'ul',
    { role: 'tree', class: 'flow-tree', 'aria-label': 'Your paths on history’s route through the forks', 'data-testid': 'flow-tree' },
    ...foldQuiet(tree.trunk).map((run) => (run.quiet ? stretchItem(run.steps, tree.paths) : trunkItem(run.step, tree.paths, 1))),
    item(1, label(h('span', { class: 'trunk-fork' }, `History ends: ${historyEnd}`)), {
      class: 'tree-trunk trunk-end',
      'data-testid': 'trunk-end',
    }),
  );
  treeKeys(list);
  return list;
}
