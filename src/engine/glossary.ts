/**
 * "Who's who and terms": the people, terms and places a reader meets in the story, from
 * story/glossary.json. Names are linked where the text writes them (`forms`, matched
 * whole-word and case-sensitively, longest first); `aliases` only identify an entry in
 * choice tags (an advocate written "Kamenev (in March)" is Kamenev). Pure: no DOM.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const glossaryEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  kind: z.enum(['person', 'term', 'place']),
  /** The headword: a person's full name, a term, a place as the story names it. */
  name: text(80),
  /** Dates of life for people, the modern name for places ("today Kyiv"). */
  note: z.optional(text(80)),
  forms: z.array(text(60)).check(z.minLength(1)),
  aliases: z.optional(z.array(text(60))),
  /** The entry itself: one or two plain sentences. */
  text: text(320),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema);

export type Segment = { text: string; entry?: GlossaryEntry };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Glossary {
  private readonly byForm = new Map<string, GlossaryEntry>();
  private readonly pattern: RegExp | null;
  /** A letter, digit or hyphenated word just before a match: not a whole word. */
  private readonly joined = /(?:[\p{L}\p{N}]|[\p{L}\p{N}]-)$/u;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    for (const e of entries) for (const f of [...e.forms, ...(e.aliases ?? [])]) if (!this.byForm.has(f)) this.byForm.set(f, e);
    const forms = [...new Set(entries.flatMap((e) => e.forms))].sort((a, b) => b.length - a.length);
    // Whole words only; a hyphen joins words ("Franco-Soviet" is not Franco). What comes before a
    // match is checked in mentions(): a lookbehind at the front made the pattern try it at every
    // position of the text, about twice as slow (it runs on every paragraph a choice shows).
    const edge = '[\\p{L}\\p{N}]';
    this.pattern = forms.length ? new RegExp(`(?:${forms.map(escape).join('|')})(?!${edge}|-${edge})`, 'gu') : null;
  }

  /** The entry a name or term is written as (a form or an alias), if any. */
  lookup(name: string): GlossaryEntry | undefined {
    return this.byForm.get(name.trim());
  }

  /**
   * The entry for an advocate as the choice tags write it: "Kamenev (in March)" is Kamenev,
   * "the Kadets" the Kadets, "V. Smirnov" Vladimir Smirnov (when listed as an alias).
   */
  advocate(name: string): GlossaryEntry | undefined {
    const bare = name.replace(/\s*\(.*\)\s*$/, '').trim();
    return this.lookup(bare) ?? this.lookup(bare.replace(/^the\s+/i, ''));
  }

  /** Every linkable mention in a text, in order. */
  mentions(text: string): { at: number; form: string; entry: GlossaryEntry }[] {
    const pattern = this.pattern;
    if (!pattern) return [];
    const out: { at: number; form: string; entry: GlossaryEntry }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // Joined to the word before: no form can start here; look again from the next character.
      if (this.joined.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      out.push({ at: m.index, form: m[0], entry: this.byForm.get(m[0])! });
    }
    return out;
  }

  /**
   * The text cut into plain runs and linked names. `seen` holds the ids already linked in
   * this scene: each entry is linked at its first mention only, so a page is not all links.
   */
  segments(text: string, seen: Set<string> = new Set()): Segment[] {
    const out: Segment[] = [];
    let from = 0;
    for (const m of this.mentions(text)) {
      if (seen.has(m.entry.id)) continue;
      seen.add(m.entry.id);
      if (m.at > from) out.push({ text: text.slice(from, m.at) });
      out.push({ text: m.form, entry: m.entry });
      from = m.at + m.form.length;
    }
    if (from < text.length) out.push({ text: text.slice(from) });
    return out;
  }
}

/** Parse the glossary data; throws with the first problem (the story tests report it). */
export function parseGlossary(data: unknown): Glossary {
  const parsed = z.safeParse(glossarySchema, data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`story/glossary.json: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return new Glossary(parsed.data);
}
