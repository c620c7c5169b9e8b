import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, motionReduced, parseSettings } from '../../src/ui/settings/settings';

describe('settings', () => {
  it('reads what was stored', () => {
    expect(parseSettings('{"textSize":"larger","highContrast":true,"motion":"reduce","mapLetters":true}')).toEqual({
      textSize: 'larger',
      highContrast: true,
      motion: 'reduce',
      mapLetters: true,
    });
  });

  it('falls back to the defaults for missing, damaged or unknown values', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('"large"')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"textSize":"huge","highContrast":"yes","motion":"fast","mapLetters":"on"}')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.mapLetters).toBe(false);
    expect(parseSettings('{"textSize":"large"}')).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' });
  });

  it('follows the system for motion unless the player chose', () => {
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'full' }, true)).toBe(false);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'reduce' }, false)).toBe(true);
  });
});
