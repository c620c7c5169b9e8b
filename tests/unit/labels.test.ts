/**
 * The map's labels over every era's map: boxes computed from the map data (label points, names
 * and the side's mark, at the label's font size) as the map places them at the laptop's default
 * view and every zoom step. No two shown labels overlap, and zoomed in, the Baltic coast is named.
 */
import { describe, expect, it } from 'vitest';
import { ERAS, ERA_IDS } from '../../src/engine/eras';
import { expandRegion, initialControl, REGIONS, type RegionInfo } from '../../src/engine/regions';
import type { Control } from '../../src/engine/types';
import { keepClear, labelOrder, overlaps, placeLabels, type Box } from '../../src/scenes/labelPlacement';
import { DEFAULT_FRAME, MAX_ZOOM } from '../../src/scenes/mapView';
import { CONTROL_MARKS } from '../../src/shared/palette';

/** The map at 1366×800: its canvas in CSS pixels. */
const CANVAS = { width: 818, height: 540 };
const FIT = Math.min(CANVAS.width / DEFAULT_FRAME.width, CANVAS.height / DEFAULT_FRAME.height);
/** 13 px Oswald capitals are narrower than this; two lines of 16 px, and the padding. */
const CHAR_PX = 8;
const LINE_PX = 16;
const PAD_PX = 6;

function boxAt(info: RegionInfo, control: Control, zoom: number): Box {
  const perCss = 1 / (FIT * zoom); // world units per CSS pixel
  const chars = Math.max(info.name.length, CONTROL_MARKS[control].length);
  const width = (chars * CHAR_PX + PAD_PX) * perCss;
  const height = (2 * LINE_PX + PAD_PX) * perCss;
  return { x: info.label[0] - width / 2, y: info.label[1] - height / 2, width, height };
}

/** History's map era by era: each era laid over the last. */
function eraMaps(): [string, Record<string, Control>][] {
  const control = initialControl();
  return ERA_IDS.map((id) => {
    for (const [key, c] of Object.entries(ERAS[id].control)) for (const r of expandRegion(key) ?? []) control[r] = c;
    return [id, { ...control }];
  });
}

const named = REGIONS.filter((r) => r.name !== '').map((info) => ({ info }));

describe('map labels', () => {
  for (const [era, control] of eraMaps()) {
    it(`never overlap on the ${era} map, at any zoom; zoomed in, the Baltic states, Petrograd and Finland are all named`, () => {
      for (let zoom = 1; zoom <= MAX_ZOOM; zoom *= 2) {
        const box = (r: { info: RegionInfo }): Box => boxAt(r.info, control[r.info.id] ?? r.info.initial, zoom);
        const shown = [...keepClear(labelOrder(named), box)];
        for (const [i, a] of shown.entries()) {
          for (const b of shown.slice(i + 1)) expect(overlaps(box(a), box(b)), `${a.info.id} / ${b.info.id} at zoom ${zoom}`).toBe(false);
        }
        if (zoom === MAX_ZOOM) {
          const ids = shown.map((r) => r.info.id);
          for (const id of ['estonia', 'latvia', 'lithuania', 'vilna', 'petrograd', 'finland'])
            expect(ids, `${id} at zoom ${zoom}`).toContain(id);
        }
      }
    });
  }
});

describe('event marker dots', () => {
  const box = (r: { info: RegionInfo }): Box => boxAt(r.info, r.info.initial, MAX_ZOOM);
  const latvia = named.find((r) => r.info.id === 'latvia');
  if (!latvia) throw new Error('no Latvia on the map');
  const shownIds = (dots: { region: string; box: Box }[]): string[] => [...placeLabels(named, box, [], dots)].map((r) => r.info.id);
  // A dot on the middle of Latvia's name.
  const b = box(latvia);
  const dotOn = (region: string): { region: string; box: Box } => ({
    region,
    box: { x: b.x + b.width / 2 - 1, y: b.y + b.height / 2 - 1, width: 2, height: 2 },
  });

  it('another region’s dot on a name leaves that name out', () => {
    expect(shownIds([])).toContain('latvia');
    expect(shownIds([dotOn('petrograd')])).not.toContain('latvia');
  });

  it('a region’s own dot, just under its name, leaves the name shown', () => {
    expect(shownIds([dotOn('latvia')])).toContain('latvia');
  });
});
