/**
 * Keyboard for an ARIA tree (the WAI-ARIA tree view pattern): one Tab stop; Up and Down move
 * through the visible items; Right opens an item or moves to its first child; Left closes it
 * or moves to its parent; Home and End go to the first and last visible items; Enter and
 * Space open or close.
 */
const items = (tree: HTMLElement): HTMLElement[] =>
  [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].filter((el) => {
    for (let g = el.parentElement?.closest<HTMLElement>('[role="group"]'); g; g = g.parentElement?.closest<HTMLElement>('[role="group"]')) {
      if (g.hidden) return false;
    }
    return true;
  });

export function setOpen(item: HTMLElement, open: boolean): void {
  if (!item.hasAttribute('aria-expanded')) return;
  item.setAttribute('aria-expanded', String(open));
  const group = item.querySelector<HTMLElement>(':scope > [role="group"]');
  if (group) group.hidden = !open;
}

function focus(tree: HTMLElement, item: HTMLElement | undefined): void {
  if (!item) return;
  for (const el of tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) el.tabIndex = el === item ? 0 : -1;
  item.focus();
}

export function treeKeys(tree: HTMLElement): void {
  const first = tree.querySelector<HTMLElement>('[role="treeitem"]');
  for (const el of tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) el.tabIndex = el === first ? 0 : -1;
  // A click on an item's own line opens or closes it (not a click inside its open group).
  tree.addEventListener('click', (event) => {
    const label = (event.target as HTMLElement | null)?.closest('.tree-label');
    const item = label?.parentElement;
    if (!item || item.getAttribute('role') !== 'treeitem') return;
    if (item.hasAttribute('aria-expanded')) setOpen(item, item.getAttribute('aria-expanded') !== 'true');
    focus(tree, item);
  });
  tree.addEventListener('keydown', (event) => {
    const item = (event.target as HTMLElement | null)?.closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const visible = items(tree);
    const at = visible.indexOf(item);
    const open = item.getAttribute('aria-expanded');
    const parent = item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? undefined;
    switch (event.key) {
      case 'ArrowDown':
        focus(tree, visible[at + 1]);
        break;
      case 'ArrowUp':
        focus(tree, visible[at - 1]);
        break;
      case 'Home':
        focus(tree, visible[0]);
        break;
      case 'End':
        focus(tree, visible.at(-1));
        break;
      case 'ArrowRight':
        if (open === 'false') setOpen(item, true);
        else if (open === 'true') focus(tree, item.querySelector<HTMLElement>(':scope > [role="group"] [role="treeitem"]') ?? undefined);
        break;
      case 'ArrowLeft':
        if (open === 'true') setOpen(item, false);
        else focus(tree, parent);
        break;
      case 'Enter':
      case ' ':
        if (open !== null) setOpen(item, open !== 'true');
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
