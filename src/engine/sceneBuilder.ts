/**
 * One scene from what ink printed: continue the story to its next choice point and turn
 * each line and its tags into blocks, effects, map changes and choices. The running record
 * (fork, year, map control…) lives in a Progress that this updates as the tags arrive.
 */
import type { Story } from 'inkjs';
import { parseChoiceTags, parseLineTag, type LineTag, type Parsed } from './tags.ts';
import { isMeter } from './meterScale.ts';
import { markReadings } from './reading.ts';
import { ERAS, type EraId } from './eras.ts';
import {
  ENDING_TITLES,
  type Block,
  type ChoiceView,
  type Control,
  type Effect,
  type EndingId,
  type ForkId,
  type HistoryCard,
  type MapChange,
  type Marker,
  type Scene,
} from './types.ts';

/** A change ink reported through the note() external, before it is given a fork and a year. */
export interface PendingEffect {
  meter: string;
  delta: number;
  reason: string;
}

/** Where the path stands between scenes: what the tags set and what the changes recorded. */
export interface Progress {
  fork: ForkId | null;
  year: number;
  date: string;
  chapter: string;
  ending: EndingId | null;
  control: Record<string, Control>;
  /**
   * History's map as this path has told it: the eras and the map tags of lines that are not
   * speculative. Where the path's own map differs from it (a speculative change history did
   * not make), an era leaves the region alone.
   */
  history: Record<string, Control>;
  era: EraId | null;
  effects: Effect[];
  mapLog: MapChange[];
}

/** Line tags as parsed, by their text: a story has a few thousand, met on every playthrough. */
const parsedTags = new Map<string, Parsed<LineTag>>();
const TAG_MEMO_LIMIT = 20_000;

/** parseLineTag, remembered (its results are only read, never changed). */
function lineTag(raw: string): Parsed<LineTag> {
  let parsed = parsedTags.get(raw);
  if (!parsed) {
    parsed = parseLineTag(raw);
    if (parsedTags.size >= TAG_MEMO_LIMIT) parsedTags.clear();
    parsedTags.set(raw, parsed);
  }
  return parsed;
}

const isSpeculativeTag = (t: string): boolean => t.replace(/\s+/g, '') === 'speculative:yes';

/** Set one region's control, recording a real change. */
function setControl(p: Progress, region: string, control: Control, out: MapChange[]): void {
  if (p.control[region] === control) return;
  p.control[region] = control;
  out.push({ region, control, year: p.year, fork: p.fork });
}

/** A map tag: a speculative line changes only this path's map, any other line history's too. */
function applyMap(p: Progress, changes: readonly { region: string; control: Control }[], speculative: boolean, out: MapChange[]): void {
  for (const c of changes) {
    if (!speculative) p.history[c.region] = c.control;
    setControl(p, c.region, c.control, out);
  }
}

/**
 * An era: history's borders of that time, laid over the regions where this path's map still
 * follows history (a region the path changed on its own stays as the path left it). An era
 * that ends the Union (1991) then frees whatever the Soviet side or its bloc still holds.
 */
function applyEra(p: Progress, era: EraId, changes: readonly { region: string; control: Control }[], out: MapChange[]): void {
  p.era = era;
  for (const c of changes) {
    const own = p.control[c.region] !== p.history[c.region];
    p.history[c.region] = c.control;
    if (!own) setControl(p, c.region, c.control, out);
  }
  if (!ERAS[era].endsUnion) return;
  for (const [region, control] of Object.entries(p.control)) {
    if (control === 'soviet' || control === 'bloc') {
      p.history[region] = 'independent';
      setControl(p, region, 'independent', out);
    }
  }
}

/**
 * Continue ink to the next choice point and build the scene from what it printed.
 * `takeEffects` hands over (and clears) the changes ink reported since it was last called.
 */
export function buildScene(story: Story, p: Progress, takeEffects: () => PendingEffect[]): Scene {
  const blocks: Block[] = [];
  const effects: Effect[] = [];
  const allChanges: MapChange[] = [];
  const before = { ...p.control };
  const markers: Marker[] = [];
  const warnings: string[] = [];
  let card: HistoryCard | null = null;
  let lastCard: HistoryCard | null = null;
  let chapterEnd: string | null = null;

  const flushEffects = (): void => {
    for (const e of takeEffects()) {
      if (e.meter === 'lives' || isMeter(e.meter)) {
        effects.push({ meter: e.meter, delta: e.delta, reason: e.reason, fork: p.fork, year: p.year });
      } else {
        warnings.push(`change() of unknown meter "${e.reason}"`);
      }
    }
  };

  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    // Changes made while producing this line belong to the moment before its tags.
    flushEffects();
    const tags = story.currentTags ?? [];
    // A speculative line's map changes are this path's own: a later era map leaves them.
    let speculative = tags.length > 0 && tags.some(isSpeculativeTag);
    let watch = false; // an ending watch line
    let startsCard: string | null = null;
    let short = false;
    for (const raw of tags) {
      const parsed = lineTag(raw);
      if (!parsed.ok) {
        warnings.push(parsed.error);
        continue;
      }
      const tag = parsed.value;
      switch (tag.key) {
        case 'chapter':
          card = null;
          p.chapter = tag.title;
          blocks.push({ kind: 'chapter', title: tag.title });
          break;
        case 'fork':
          card = null;
          p.fork = tag.fork;
          blocks.push({ kind: 'fork', fork: tag.fork, date: p.date });
          break;
        case 'year':
          p.year = tag.year;
          break;
        case 'date':
          p.date = tag.date;
          for (const b of blocks) if (b.kind === 'fork' && b.fork === p.fork) b.date = tag.date;
          break;
        case 'map':
          applyMap(p, tag.changes, speculative, allChanges);
          break;
        case 'era':
          applyEra(p, tag.era, tag.changes, allChanges);
          break;
        case 'marker':
          markers.push({ region: tag.region, caption: tag.caption, year: p.year });
          break;
        case 'history':
          startsCard = tag.title;
          break;
        case 'speculative':
          speculative = true;
          break;
        case 'watch':
          watch = true;
          break;
        case 'short':
          short = true;
          break;
        case 'ending':
          card = null;
          p.ending = tag.ending;
          blocks.push({ kind: 'ending', ending: tag.ending, title: ENDING_TITLES[tag.ending] });
          break;
        case 'chapter-end':
          card = null;
          chapterEnd = tag.title;
          blocks.push({ kind: 'chapter-end', title: tag.title });
          break;
      }
    }
    if (startsCard !== null) {
      card = { title: startsCard, paragraphs: [], summary: [], fork: p.fork };
      lastCard = card;
      blocks.push({ kind: 'history', card });
    }
    if (!text) continue;
    if (watch) blocks.push({ kind: 'watch', text });
    else if (card) (short ? card.summary : card.paragraphs).push(text);
    else blocks.push({ kind: 'text', text, speculative, reading: short ? 'short' : 'both' });
  }
  flushEffects();
  markReadings(blocks);
  p.effects.push(...effects);
  // Only what this scene changed in the end: a region set and set back is no change.
  const mapChanges = [...new Map(allChanges.map((c) => [c.region, c])).values()].filter((c) => before[c.region] !== c.control);
  p.mapLog.push(...mapChanges);

  const choices: ChoiceView[] = story.currentChoices.map((c, index) => {
    const tags = parseChoiceTags(c.tags ?? []);
    if (!tags.ok) warnings.push(`choice "${c.text}": ${tags.error}`);
    const t = tags.ok ? tags.value : { option: `choice-${index + 1}`, advocates: [], historical: false };
    return { index, text: c.text, ...t };
  });

  return {
    blocks,
    choices,
    effects,
    mapChanges,
    markers,
    warnings,
    chapterEnd,
    fork: p.fork,
    year: p.year,
    date: p.date,
    chapter: p.chapter,
    historyCard: lastCard,
    ending: p.ending,
    era: p.era,
  };
}
