/**
 * "Who's who and terms": the glossary data holds its schema, every advocate in the choice
 * tags has an entry, and every person the story introduces by name (a given name and a
 * surname, or a title and a name) is linked to one when the reader meets it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/engine/glossary';

const STORY = join(__dirname, '../../story');
const glossary = parseGlossary(JSON.parse(readFileSync(join(STORY, 'glossary.json'), 'utf8')));
const sources = readdirSync(STORY).filter((f) => f.endsWith('.ink')).map((f) => ({ file: f, text: readFileSync(join(STORY, f), 'utf8') }));

/** The story's text lines as a reader can meet them: tags, logic and comments removed, both sides of every inline condition kept. */
function readerLines(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const { file, text } of sources) {
    text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (!line || /^(~|\/\/|VAR |INCLUDE|=|->|-\s*else|\{[^}]*:\s*$|\}$)/.test(line)) return;
      const body = line
        .replace(/^[*+]\s*/, '')
        .replace(/\[|\]/g, ' ')
        .replace(/#.*$/, '')
        .replace(/\{[^{}:|]*:/g, ' ') // an inline condition's test
        .replace(/[{}|]/g, ' ')
        .replace(/->.*$/, '');
      if (body.trim()) out.push({ where: `${file}:${i + 1}`, text: body });
    });
  }
  return out;
}

const GIVEN_NAMES = [
  'Alexander', 'Alexandra', 'Alexei', 'Anastas', 'Anatoly', 'Andrei', 'Andreu', 'Anton', 'Boris', 'Carl', 'Christian',
  'Dmitry', 'Eduard', 'Edvard', 'Ernst', 'Evsei', 'Felix', 'Fyodor', 'Genrikh', 'Georgi', 'Georgy', 'Grigory',
  'Gustav', 'Hafizullah', 'Heinrich', 'Hermann', 'Ieronim', 'Imre', 'Iosif', 'Iona', 'Irakli', 'Isaac', 'Ivan', 'Ivar',
  'Joseph', 'Josip', 'Józef', 'Julian', 'Julius', 'Karl', 'Kliment', 'Konstantin', 'Lavr', 'Lavrenty', 'Lazar', 'Leon',
  'Leonid', 'Lev', 'Maria', 'Maurice', 'Max', 'Maxim', 'Mikhail', 'Milovan', 'Mirsaid', 'Moisei', 'Nadezhda', 'Nikita',
  'Nikolai', 'Nikos', 'Osip', 'Ota', 'Palmiro', 'Pavel', 'Pyotr', 'Raymond', 'Richard', 'Roald', 'Robert', 'Ronald',
  'Rosa', 'Semyon', 'Sergei', 'Sergo', 'Stepan', 'Timofei', 'Vasily', 'Viktor', 'Vladimir', 'Vyacheslav', 'Wilhelm',
  'Władysław', 'Yakov', 'Yegor', 'Yevgeny', 'Yuri', 'Fanny', 'Gennady', 'Fridtjof', 'Herbert', 'Adolf', 'Benito', 'Léon',
];
const TITLES = ['General', 'Marshal', 'Admiral', 'Prince', 'Count', 'Lord', 'President', 'Ataman', 'Baron'];
const NAME = '[A-ZÀ-ŽА-Я][\\p{L}-]+';

describe('the glossary', () => {
  it('has one entry per id and no form claimed by two entries', () => {
    const ids = glossary.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const forms = glossary.entries.flatMap((e) => e.forms);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('has an entry for every advocate named in a choice tag', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/#\s*advocates:\s*([^#\]]+)/g)) {
        for (const name of (m[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
          // A person or a group the glossary knows, or a group named after a term it explains.
          if (!glossary.advocate(name) && glossary.mentions(name).length === 0) missing.push(`${file}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('links every person the story introduces by name, at every place the reader meets them', () => {
    const named = new RegExp(`(?<![\\p{L}])(?:${[...GIVEN_NAMES, ...TITLES].join('|')}) (?:(?:von|de) )?${NAME}`, 'gu');
    const missing = new Set<string>();
    for (const { where, text } of readerLines()) {
      const covered = glossary.mentions(text).map((m) => [m.at, m.at + m.form.length] as const);
      for (const m of text.matchAll(named)) {
        const end = m.index + m[0].length;
        // The surname (the name's last word) must fall inside a linked mention.
        if (!covered.some(([a, b]) => a <= end - 1 && b >= end)) missing.add(`${where}: ${m[0]}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('has an entry for every person the role cards introduce by name', () => {
    const named = new RegExp(`(?<![\\p{L}])(?:${[...GIVEN_NAMES, ...TITLES].join('|')}) (?:(?:von|de) )?${NAME}`, 'gu');
    const missing = new Set<string>();
    for (const file of readdirSync(join(STORY, 'roles'))) {
      const text = readFileSync(join(STORY, 'roles', file), 'utf8');
      const covered = glossary.mentions(text).map((m) => [m.at, m.at + m.form.length] as const);
      for (const m of text.matchAll(named)) {
        const end = m.index + m[0].length;
        if (!covered.some(([a, b]) => a <= end - 1 && b >= end)) missing.add(`${file}: ${m[0]}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('explains the terms a sixteen-year-old may not know', () => {
    for (const term of ['Orgburo', 'Popular Socialists', 'Democratic Centralists', 'NEPmen', 'kulak', 'soviet', 'commissar', 'Politburo', 'Cheka', 'Comintern']) {
      expect(glossary.lookup(term), term).toBeDefined();
    }
  });
});
