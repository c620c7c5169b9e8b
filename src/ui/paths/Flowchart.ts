/**
 * The flowchart of the forks, drawn as a tree (flowTree.ts): history’s route is the trunk, and each of the
 * player's paths branches off at the fork where it first chose otherwise and runs on to its
 * ending (engine/pathTree.ts). At every fork of the trunk the options no path has taken from
 * there are shown as "not yet taken". An ARIA tree: one Tab stop, the arrow keys move and
 * open (treeKeys.ts).
 */
import type { ForkIndex } from '../../engine/forkIndex';
import { buildPathTree, type TreePath } from '../../engine/pathTree';
import type { EndingId, PathStep } from '../../engine/types';
import { h } from '../dom';
import { flowTree } from './flowTree';
import { setOpen } from './treeKeys';
import './paths.css';
import './flowchart.css';

export interface FlowchartOptions {
  root: HTMLElement;
  forks: ForkIndex;
  history: { steps: PathStep[]; ending: EndingId | null; year: number };
  paths: TreePath[];
  onBack(): void;
}

/** Open every folded stretch and branch (for a printout, or to see the whole tree at once); close them again. */
export function openAll(tree: HTMLElement, open: boolean, initially: ReadonlySet<HTMLElement>): void {
  for (const el of tree.querySelectorAll<HTMLElement>('[aria-expanded]')) setOpen(el, open || initially.has(el));
}

export function showFlowchart(opts: FlowchartOptions): void {
  const tree = buildPathTree(opts.forks, opts.history, opts.paths);
  const options = opts.forks.reduce((n, f) => n + f.options.length, 0);
  const taken = new Set(opts.paths.flatMap((p) => p.steps.map((s) => `${s.fork ?? ''}|${s.option}`))).size;
  const back = h('button', { type: 'button', class: 'title-button', 'data-testid': 'flowchart-back' }, 'Back to your paths');
  back.addEventListener('click', () => opts.onBack());
  const list = flowTree(tree);
  const openAtFirst = new Set(list.querySelectorAll<HTMLElement>('[aria-expanded="true"]'));
  const expand = h('button', { type: 'button', class: 'title-button', 'aria-pressed': 'false' }, 'Open everything');
  expand.addEventListener('click', () => {
    const on = expand.getAttribute('aria-pressed') !== 'true';
    expand.setAttribute('aria-pressed', String(on));
    openAll(list, on, openAtFirst);
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
      'Forks where your paths only followed history are folded into one line, and so are the options not yet taken: open them with a click, or Tab to the tree and use the arrows (right opens, left closes). ★ marks history’s choice; ■ an ending; a dashed ring an option not yet taken.',
    ),
    list,
  );
  opts.root.replaceChildren(screen);
  window.scrollTo(0, 0);
  const title = screen.querySelector<HTMLElement>('h1');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}
