/**
 * Role cards for the classroom: for each fork, one card per advocate named on its options,
 * plus discussion questions for the debrief. The data lives next to the story in
 * story/roles/*.json (one file per chapter) and is validated here.
 */
import * as z from 'zod/mini';
import { FORKS, type ForkId } from './types.ts';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * How a card reads on paths that took one of these earlier options (ids as in `# option:`):
 * where the path has made the card's history untrue (no Stalin at the head of the party, no
 * Trotsky in exile), the fields given here replace the card's own.
 */
export const roleVariantSchema = z.object({
  after: z.array(text(60)).check(z.minLength(1)),
  who: z.optional(text(400)),
  position: z.optional(text(300)),
  arguments: z.optional(z.array(text(400)).check(z.minLength(2), z.maxLength(3))),
  fears: z.optional(text(300)),
});

export const roleCardSchema = z.object({
  fork: z.enum(FORKS),
  /** Option ids (as in `# option:`) this role argues for at this fork. */
  options: z.array(text(60)).check(z.minLength(1)),
  /** The advocate as named in the story, without any "(in March)"-style note. */
  role: text(80),
  /** Who they are at this moment (one or two sentences). */
  who: text(400),
  /** Their position on this fork, in one sentence. */
  position: text(300),
  /** Two or three arguments, in their own voice. */
  arguments: z.array(text(400)).check(z.minLength(2), z.maxLength(3)),
  /** What they fear if they lose. */
  fears: text(300),
  /** The card on paths that made its history untrue; the first that fits is read. */
  paths: z.optional(z.array(roleVariantSchema)),
});

export const roleFileSchema = z.object({
  chapter: text(80),
  cards: z.array(roleCardSchema),
  /** Two or three discussion questions for each fork in the chapter. */
  questions: z.partialRecord(z.enum(FORKS), z.array(text(300)).check(z.minLength(2), z.maxLength(3))),
});

export type RoleCard = z.infer<typeof roleCardSchema>;
export type RoleFile = z.infer<typeof roleFileSchema>;

/** "Kamenev (in March)" -> "Kamenev": the name a card is filed under. */
export function roleName(advocate: string): string {
  return advocate
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RoleBook {
  cards: RoleCard[];
  questions: Partial<Record<ForkId, string[]>>;
}

export function mergeRoleFiles(files: readonly RoleFile[]): RoleBook {
  const cards = files.flatMap((f) => f.cards);
  const questions: Partial<Record<ForkId, string[]>> = {};
  for (const f of files) Object.assign(questions, f.questions);
  return { cards, questions };
}

export function cardsForFork(book: RoleBook, fork: ForkId): RoleCard[] {
  return book.cards.filter((c) => c.fork === fork);
}

/** The card as it reads on a path that has taken these options (history's card where no variant fits). */
export function cardOnPath(card: RoleCard, taken: readonly string[]): RoleCard {
  const v = card.paths?.find((p) => p.after.some((option) => taken.includes(option)));
  if (!v) return card;
  return {
    ...card,
    who: v.who ?? card.who,
    position: v.position ?? card.position,
    arguments: v.arguments ?? card.arguments,
    fears: v.fears ?? card.fears,
  };
}
