/**
 * The classroom's role cards, read where the class's path has brought it, say nothing the path
 * has made untrue. Where Stalin never ruled alone (Trotsky as Lenin's successor, or Stalin
 * removed in 1924) there is no cult of one man for the men of 1956 to denounce or defend, in the
 * story or on the cards; where Trotsky was never sent abroad, no card has him murdered in Mexico.
 */
import { describe, expect, it } from 'vitest';
import { cardsAtScene } from '../../src/engine/lesson';
import { roleName, type RoleCard } from '../../src/engine/roles';
import { storyRoleBook } from '../story/roleBook';
import { play, saying, type Played } from './playPath';

const book = storyRoleBook();

/** Every sentence of the cards shown at a fork, as the classroom shows them on this path. */
function cardWords(p: Played, fork: string): string[] {
  const scene = p.sceneAt[fork];
  if (!scene) throw new Error(`the path never reached ${fork}`);
  const text = (c: RoleCard): string[] => [c.who, c.position, ...c.arguments, c.fears];
  return cardsAtScene(book, scene, p.takenBefore[fork] ?? []).flatMap(text);
}
const cardsSaying = (p: Played, fork: string, pattern: RegExp): string[] => cardWords(p, fork).filter((t) => pattern.test(t));

/** How history's Stalin cards of 1941 and 1947 begin: the party's master. */
const STALIN_IN_CHARGE = /^(Joseph )?Stalin, (62|now|68 in 1947), (General Secretary|People's Commissar|Generalissimo)/;

/** How history's cards of 1956 speak of Stalin's cult and his rule, as a present fact. */
const STALINS_CULT =
  /blame it on Stalin's cult|Break with the cult|Criticise the cult|End the cult|under Stalin's leadership|with his name on its lips|Stalin was the wisest|If one man did all this|The cult of one man|the cult grew|Keep Stalin's name/;

describe("role cards on the class's path", () => {
  const history = play([], 1917);

  it("history's cards of 1956 speak of Stalin's cult, and Sudoplatov's of 1941 of Trotsky's murder", () => {
    expect(cardsSaying(history, 'after-stalin', STALINS_CULT).length).toBeGreaterThanOrEqual(8);
    expect(cardsSaying(history, 'june-1941', /organised the murder of Trotsky in Mexico in 1940/).length).toBe(1);
    for (const fork of ['june-1941', 'after-the-war']) expect(cardsSaying(history, fork, STALIN_IN_CHARGE).length, fork).toBe(1);
  });

  for (const option of ['trotsky-succeeds', 'remove-stalin']) {
    it(`${option}: in 1956 neither the story nor the cards blame or defend a cult of one man; both speak of the police`, () => {
      const p = play([option], 1953);
      expect(saying(p, /cult of personality|pull down the idol|if one man did all this|the cult\b/i)).toEqual([]);
      expect(saying(p, /crimes of the police/).length).toBe(2);
      // Nor was anyone jailed "under Stalin": Gomułka, back in October 1956, was jailed from 1951 to 1954.
      expect(saying(p, /under Stalin/)).toEqual([]);
      expect(saying(p, /Gomułka, jailed from 1951 to 1954/).length).toBe(1);
      expect(cardsSaying(p, 'after-stalin', STALINS_CULT)).toEqual([]);
      expect(cardsSaying(p, 'after-stalin', /crimes of the police/).length).toBe(1);
      // Nor, in the war, is Stalin the party's master: his cards of 1941 and 1947 say so.
      const p1941 = play([option], 1941);
      for (const fork of ['june-1941', 'after-the-war']) {
        expect(
          cardsSaying(p1941, fork, /^(Joseph )?Stalin, (62|now|68 in 1947), (General Secretary|People's Commissar|Generalissimo)/),
        ).toEqual([]);
        expect(cardsSaying(p1941, fork, /in this story one member of the leadership among several/).length).toBeGreaterThan(0);
      }
    });
  }

  for (const option of ['trotsky-succeeds', 'open-platforms']) {
    it(`${option}: Trotsky was never sent abroad, so from 1937 on neither the story nor a card has him exiled or murdered`, () => {
      const p = play([option], 1937);
      expect(saying(p, /Trotsky[^.]*(exile|deported|abroad|Mexico|murder)/)).toEqual([]);
      expect(cardsSaying(p, 'june-1941', /organised the murder of Trotsky/)).toEqual([]);
      expect(cardsSaying(p, 'june-1941', /Trotsky was never sent abroad/).length).toBe(1);
    });
  }

  it('deals at each fork the cards of the advocates the class sees: no Stalin card for the trials where he never led', () => {
    const roles = (p: Played, fork: string): string[] => {
      const scene = p.sceneAt[fork]!;
      const cards = cardsAtScene(book, scene, p.takenBefore[fork] ?? []);
      // Every card dealt belongs to an advocate shown on an option it argues for.
      for (const c of cards) {
        const shown = scene.choices.filter((ch) => c.options.includes(ch.option)).flatMap((ch) => ch.advocates.map(roleName));
        expect(shown, `${fork}: ${c.role}`).toContain(c.role);
      }
      return cards.map((c) => c.role);
    };
    expect(roles(history, 'trials')).toEqual(['Stalin', 'Molotov', 'Kaganovich', 'Yezhov', 'Ordzhonikidze', 'Bukharin']);
    for (const option of ['trotsky-succeeds', 'remove-stalin']) {
      const p = play([option], 1936);
      expect(roles(p, 'trials'), option).toEqual(['Yezhov', 'Ordzhonikidze', 'Bukharin']);
      // Yezhov's card there has no Stalin to answer to, and no Trotsky to correspond with.
      const yezhov = cardsAtScene(book, p.sceneAt.trials!, p.takenBefore.trials ?? []).find((c) => c.role === 'Yezhov')!;
      expect(
        [yezhov.who, yezhov.position, ...yezhov.arguments, yezhov.fears].filter((t) => /Stalin|Trotsky/.test(t)),
        option,
      ).toEqual([]);
      // In the war he is one member of the leadership among several, and argues as one.
      expect(roles(p, 'june-1941'), option).toContain('Stalin');
    }
    expect(roles(play(['trotsky-succeeds'], 1927), 'oppositions')).not.toContain('Stalin');
  });

  it('remove-stalin: Trotsky is deported, but no card says it was on the orders of a Stalin who never ruled alone', () => {
    const p = play(['remove-stalin'], 1937);
    expect(cardsSaying(p, 'june-1941', /organised the murder of Trotsky/)).toEqual([]);
    expect(cardsSaying(p, 'june-1941', /In history he organised Trotsky's murder in Mexico in 1940, on Stalin's orders/).length).toBe(1);
  });
});
