import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE, rolePages, rolePagesText } from '../../src/ui/classroom/printPages';

describe('the pages the printed role cards take', () => {
  it('puts two cards on a page, the last page maybe half full', () => {
    expect(CARDS_PER_PAGE).toBe(2);
    expect([0, 1, 2, 3, 4, 11, 12, 13].map(rolePages)).toEqual([0, 1, 1, 2, 2, 6, 6, 7]);
  });

  it('says the count before the print dialog opens', () => {
    expect(rolePagesText(12)).toBe('Role cards: 12 cards on 6 pages (A4, two to a page).');
    expect(rolePagesText(1)).toBe('Role cards: 1 card on 1 page (A4, two to a page).');
    expect(rolePagesText(0)).toBe('Role cards: none in this span.');
  });
});
