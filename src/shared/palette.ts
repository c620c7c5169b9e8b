/**
 * Who holds a region, as the map, its legend and the meters show it: names, marks (so colour
 * is never the only signal) and colour-blind-safe fills. Shared by the DOM views and the
 * Phaser scenes.
 */
import type { Control } from '../engine/types';

export const CONTROL_NAMES: Record<Control, string> = {
  empire: 'Tsarist Empire',
  provisional: 'Provisional Government',
  soviet: 'Soviet',
  white: 'White armies',
  central: 'Central Powers / German',
  allied: 'Allied (Entente)',
  independent: 'Independent',
  neutral: 'Neutral',
  axis: 'Axis',
  bloc: 'Eastern Bloc',
};

/**
 * A side's name as the legend, the region list and the region card say it in `year`: the
 * Empire is "former" once the Tsar is gone, the Entente becomes the Allies of the Second World
 * War and then NATO, the Central Powers Germany after 1918.
 */
export function controlName(c: Control, year: number): string {
  if (c === 'empire' && year >= 1918) return 'Former Russian Empire';
  if (c === 'central' && year >= 1919) return 'Germany';
  if (c === 'allied') {
    if (year >= 1949) return 'NATO and its allies';
    if (year >= 1939) return 'Allies';
    if (year >= 1919) return 'Western powers';
  }
  return CONTROL_NAMES[c];
}

/** A one- or two-letter mark drawn on the map and legend, so colour is never the only signal. */
export const CONTROL_MARKS: Record<Control, string> = {
  empire: 'E',
  provisional: 'PG',
  soviet: 'S',
  white: 'W',
  central: 'C',
  allied: 'A',
  independent: 'I',
  neutral: 'N',
  axis: 'X',
  bloc: 'B',
};

/** Colour-blind-safe fills (Okabe–Ito based), shared by the map and the legend. */
export const CONTROL_COLOURS: Record<Control, string> = {
  empire: '#766458', // a darker brown: the old grey-brown matched independent's green under deuteranopia
  provisional: '#e69f00',
  soviet: '#c8102e',
  white: '#56b4e9',
  central: '#4d4d4d',
  allied: '#0072b2',
  independent: '#009e73',
  neutral: '#d9d2c3',
  axis: '#1a1a1a',
  bloc: '#cc79a7',
};
