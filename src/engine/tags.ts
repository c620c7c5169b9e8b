/**
 * The story's one tag grammar, `key: value`, parsed in one place.
 * A malformed tag never breaks the player's game: it becomes a warning that the
 * story check and the story tests turn into a failure.
 */
import { CONTROLS, ENDINGS, FORKS, type Control, type EndingId, type ForkId } from './types.ts';
import { expandRegion } from './regions.ts';
import { ERAS, isEra, type EraId } from './eras.ts';

export type LineTag =
  | { key: 'chapter'; title: string }
  | { key: 'fork'; fork: ForkId }
  | { key: 'year'; year: number }
  | { key: 'date'; date: string }
  | { key: 'map'; changes: { region: string; control: Control }[] }
  | { key: 'era'; era: EraId; changes: { region: string; control: Control }[] }
  | { key: 'marker'; region: string; caption: string }
  | { key: 'history'; title: string }
  | { key: 'speculative' }
  | { key: 'watch' }
  | { key: 'short' }
  | { key: 'ending'; ending: EndingId }
  | { key: 'chapter-end'; title: string };

export interface ChoiceTags {
  option: string;
  advocates: string[];
  historical: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

function splitTag(raw: string): { key: string; value: string } | null {
  const at = raw.indexOf(':');
  if (at < 0) return null;
  return { key: raw.slice(0, at).trim().toLowerCase(), value: raw.slice(at + 1).trim() };
}

const isFork = (s: string): s is ForkId => (FORKS as readonly string[]).includes(s);
const isEnding = (s: string): s is EndingId => (ENDINGS as readonly string[]).includes(s);
const isControl = (s: string): s is Control => (CONTROLS as readonly string[]).includes(s);

function parseMap(value: string): Parsed<{ region: string; control: Control }[]> {
  const changes: { region: string; control: Control }[] = [];
  for (const part of value.split(',')) {
    const [region = '', control = '', extra] = part.split('=').map((s) => s.trim());
    if (extra !== undefined || !region || !control) return fail(`map: "${part.trim()}" is not region=control`);
    if (!isControl(control)) return fail(`map: unknown control "${control}"`);
    const regions = expandRegion(region);
    if (!regions) return fail(`map: unknown region "${region}"`);
    for (const r of regions) changes.push({ region: r, control });
  }
  return ok(changes);
}

export function parseLineTag(raw: string): Parsed<LineTag> {
  const tag = splitTag(raw);
  if (!tag) return fail(`tag "${raw}" is not "key: value"`);
  const { key, value } = tag;
  if (!value) return fail(`tag "${raw}" has no value`);
  switch (key) {
    case 'chapter':
      return ok({ key, title: value });
    case 'fork':
      return isFork(value) ? ok({ key, fork: value }) : fail(`unknown fork "${value}"`);
    case 'year': {
      const year = Number(value);
      return Number.isInteger(year) && year >= 1900 && year <= 2100 ? ok({ key, year }) : fail(`year "${value}" is not a year`);
    }
    case 'date':
      return ok({ key, date: value });
    case 'map': {
      const changes = parseMap(value);
      return changes.ok ? ok({ key, changes: changes.value }) : changes;
    }
    case 'era': {
      if (!isEra(value)) return fail(`unknown era "${value}"`);
      const table = Object.entries(ERAS[value].control)
        .map(([r, c]) => `${r}=${c}`)
        .join(', ');
      // An era that only names the time (1991-union) changes no region.
      const changes = table ? parseMap(table) : ok([]);
      return changes.ok ? ok({ key, era: value, changes: changes.value }) : fail(`era ${value}: ${changes.error}`);
    }
    case 'marker': {
      // "region: caption" (ink does not allow "|" inside a tag)
      const at = value.indexOf(':');
      const region = (at < 0 ? '' : value.slice(0, at)).trim();
      const caption = value.slice(at + 1).trim();
      if (at < 0 || !caption) return fail(`marker "${value}" is not "region: caption"`);
      return expandRegion(region)?.length === 1 ? ok({ key, region, caption }) : fail(`marker: unknown region "${region}"`);
    }
    case 'history':
      return ok({ key, title: value });
    case 'speculative':
      return value === 'yes' ? ok({ key }) : fail(`speculative: "${value}" (write "yes")`);
    case 'watch':
      return value === 'yes' ? ok({ key }) : fail(`watch: "${value}" (write "yes")`);
    case 'short':
      return value === 'yes' ? ok({ key }) : fail(`short: "${value}" (write "yes")`);
    case 'ending':
      return isEnding(value) ? ok({ key, ending: value }) : fail(`unknown ending "${value}"`);
    case 'chapter-end':
      return ok({ key, title: value });
    default:
      return fail(`unknown tag "${key}"`);
  }
}

export function parseChoiceTags(raw: readonly string[]): Parsed<ChoiceTags> {
  let option = '';
  let advocates: string[] = [];
  let historical = false;
  for (const r of raw) {
    const tag = splitTag(r);
    if (!tag) return fail(`choice tag "${r}" is not "key: value"`);
    switch (tag.key) {
      case 'option':
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag.value)) return fail(`option id "${tag.value}" is not kebab-case`);
        option = tag.value;
        break;
      case 'advocates':
        advocates = tag.value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'historical':
        if (tag.value !== 'yes') return fail(`historical: "${tag.value}" (write "yes")`);
        historical = true;
        break;
      default:
        return fail(`unknown choice tag "${tag.key}"`);
    }
  }
  return option ? ok({ option, advocates, historical }) : fail('choice has no "option:" tag');
}
