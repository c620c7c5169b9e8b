/**
 * A school's settings: text size, high contrast, reduced motion and letters on the map. Kept in this browser
 * beside the saves (localStorage); nothing personal. Motion follows the system setting
 * (prefers-reduced-motion) unless the player chooses otherwise. Applied as attributes on
 * <html>, which settings.css reads.
 */
export type TextSize = 'normal' | 'large' | 'larger';
export type Motion = 'system' | 'reduce' | 'full';

export interface Settings {
  textSize: TextSize;
  highContrast: boolean;
  motion: Motion;
  /** Each map label also carries its side's letter (for readers who need more than colour). */
  mapLetters: boolean;
}

export const SETTINGS_KEY = 'october-paths:settings';
export const DEFAULT_SETTINGS: Settings = {
  textSize: 'normal',
  highContrast: false,
  motion: 'system',
  mapLetters: false,
};

const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
const MOTIONS: readonly Motion[] = ['system', 'reduce', 'full'];

/** Whatever is stored: a value that is missing or not understood falls back to its default. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return { ...DEFAULT_SETTINGS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    textSize: TEXT_SIZES.find((t) => t === o.textSize) ?? DEFAULT_SETTINGS.textSize,
    highContrast: o.highContrast === true,
    motion: MOTIONS.find((m) => m === o.motion) ?? DEFAULT_SETTINGS.motion,
    mapLetters: o.mapLetters === true,
  };
}

export function readSettings(storage: Storage | null): Settings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** False when this browser blocks storage (the settings then last for this visit). */
export function writeSettings(storage: Storage | null, s: Settings): boolean {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(s));
    return storage !== null;
  } catch {
    return false;
  }
}

/** Whether motion should be reduced, given the settings and the system's preference. */
export function motionReduced(s: Settings, systemPrefersReduced: boolean): boolean {
  return s.motion === 'system' ? systemPrefersReduced : s.motion === 'reduce';
}

export function applySettings(s: Settings, root: HTMLElement, systemPrefersReduced: boolean): void {
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.motion = motionReduced(s, systemPrefersReduced) ? 'reduce' : 'full';
  root.dataset.mapLetters = s.mapLetters ? 'on' : 'off';
}
