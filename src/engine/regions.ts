/** The region table written by scripts/build-map.ts, and what the engine reads from it. */
import table from '../../assets/map/regions.json' with { type: 'json' };
import type { Control } from './types.ts';

export interface RegionInfo {
  id: string;
  name: string;
  inEmpire: boolean;
  /** Share of the former Empire's area (0 outside it). */
  weight: number;
  label: [number, number];
  initial: Control;
  groups: string[];
}

export const REGIONS: readonly RegionInfo[] = table as RegionInfo[];
const byId = new Map(REGIONS.map((r) => [r.id, r]));

export function region(id: string): RegionInfo | undefined {
  return byId.get(id);
}

/** A region id gives itself; a group id (e.g. "baltic") gives its members; anything else null. */
export function expandRegion(id: string): string[] | null {
  if (byId.has(id)) return [id];
  const members = REGIONS.filter((r) => r.groups.includes(id)).map((r) => r.id);
  return members.length ? members : null;
}

export function initialControl(): Record<string, Control> {
  return Object.fromEntries(REGIONS.map((r) => [r.id, r.initial]));
}

/** Controls that count as held by the government of Russia (before and after October). */
const HELD: ReadonlySet<Control> = new Set<Control>(['empire', 'provisional', 'soviet']);

/** Share of the former Empire, by area, that the central government holds. */
export function territoryShare(control: Record<string, Control>): number {
  let share = 0;
  for (const r of REGIONS) {
    const c = control[r.id];
    if (r.inEmpire && c && HELD.has(c)) share += r.weight;
  }
  return Math.round(share * 1000) / 1000;
}

/**
 * The Russian Federation of 1991, the Union's largest successor: Russia's regions and the
 * Karelia of 1940 (Königsberg and South Sakhalin weigh nothing here, outside the Empire).
 */
const RUSSIAN_FEDERATION: readonly string[] = [...(expandRegion('russia') ?? []), 'karelia'];

/** Share of the former Empire, by area, in the Russian Federation (about three quarters). */
export function russianFederationShare(): number {
  const share = REGIONS.filter((r) => RUSSIAN_FEDERATION.includes(r.id)).reduce((s, r) => s + r.weight, 0);
  return Math.round(share * 1000) / 1000;
}
