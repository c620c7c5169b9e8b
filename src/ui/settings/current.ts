/** The settings in force on this page: read once at start, changed by the Settings dialog. */
import { applySettings, motionReduced, readSettings, writeSettings, type Settings } from './settings';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const systemQuery = (): MediaQueryList => window.matchMedia('(prefers-reduced-motion: reduce)');
let current: Settings | null = null;

export function currentSettings(): Settings {
  current ??= readSettings(storage());
  return current;
}

/** Apply the stored settings to the page and keep following the system's motion preference. */
export function startSettings(): void {
  const apply = (): void => applySettings(currentSettings(), document.documentElement, systemQuery().matches);
  apply();
  systemQuery().addEventListener('change', apply);
}

export function changeSettings(s: Settings): boolean {
  current = s;
  applySettings(s, document.documentElement, systemQuery().matches);
  return writeSettings(storage(), s);
}

/** Should animations be skipped now (the setting, or the system's preference)? */
export function reducedMotion(): boolean {
  return motionReduced(currentSettings(), systemQuery().matches);
}

/** The Settings dialog is its own small chunk: the first render does not need it. */
export async function openSettings(): Promise<void> {
  const { settingsDialog } = await import('./settingsDialog');
  await settingsDialog();
}
