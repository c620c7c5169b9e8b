/**
 * How many sheets the printed role cards take, said before the print dialog opens. The print
 * stylesheet (debrief.css, `.print-card`) sets two cards to an A4 page: each 128 mm high,
 * a page break after every second one. Change both together.
 */
export const CARDS_PER_PAGE = 2;

/** Pages for `cards` role cards: two to a page, the last page maybe half full. */
export function rolePages(cards: number): number {
  return Math.ceil(Math.max(0, cards) / CARDS_PER_PAGE);
}

/** "Role cards: 14 cards on 7 pages (A4, two to a page)." */
export function rolePagesText(cards: number): string {
  if (cards === 0) return 'Role cards: none in this span.';
  const pages = rolePages(cards);
  return `Role cards: ${cards} card${cards === 1 ? '' : 's'} on ${pages} page${pages === 1 ? '' : 's'} (A4, two to a page).`;
}
