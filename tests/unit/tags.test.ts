import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTag } from '../../src/engine/tags';

describe('line tags', () => {
  it('parses forks, years, endings and chapter titles containing colons', () => {
    expect(parseLineTag('fork: brest-litovsk')).toEqual({ ok: true, value: { key: 'fork', fork: 'brest-litovsk' } });
    expect(parseLineTag('year: 1918')).toEqual({ ok: true, value: { key: 'year', year: 1918 } });
    expect(parseLineTag('ending: dissolution-1991')).toEqual({ ok: true, value: { key: 'ending', ending: 'dissolution-1991' } });
    expect(parseLineTag('watch: yes')).toEqual({ ok: true, value: { key: 'watch' } });
    expect(parseLineTag('chapter: 1917: Dual Power')).toEqual({ ok: true, value: { key: 'chapter', title: '1917: Dual Power' } });
  });

  it('expands region groups in map tags', () => {
    const parsed = parseLineTag('map: ukraine=central, baltic=central');
    // The Baltic states: Estonia, Latvia, Lithuania and Vilna (Lithuania's capital since 1939–40).
    expect(parsed).toMatchObject({ ok: true, value: { key: 'map' } });
    const changes = parsed.ok && parsed.value.key === 'map' ? parsed.value.changes : [];
    expect(changes.map((c) => c.region).sort()).toEqual(['estonia', 'latvia', 'lithuania', 'ukraine', 'vilna']);
  });

  it('rejects unknown keys, forks, regions, controls and malformed values', () => {
    for (const bad of [
      'colour: red',
      'fork: brest',
      'year: soon',
      'map: atlantis=soviet',
      'map: ukraine=martian',
      'map: ukraine',
      'marker: ukraine',
      'marker: atlantis: x',
      'ending: happy',
      'speculative: maybe',
      'watch: soon',
      'no colon here',
      'history:',
    ]) {
      expect(parseLineTag(bad).ok, bad).toBe(false);
    }
  });
});

describe('choice tags', () => {
  it('reads option id, advocates and the historical mark', () => {
    expect(parseChoiceTags(['option: sign-now', 'advocates: Lenin, Sverdlov', 'historical: yes'])).toEqual({
      ok: true,
      value: { option: 'sign-now', advocates: ['Lenin', 'Sverdlov'], historical: true },
    });
  });

  it('requires a kebab-case option id and known keys', () => {
    expect(parseChoiceTags(['advocates: Lenin']).ok).toBe(false);
    expect(parseChoiceTags(['option: Sign Now']).ok).toBe(false);
    expect(parseChoiceTags(['option: a', 'mood: grim']).ok).toBe(false);
    expect(parseChoiceTags(['option: a', 'historical: no']).ok).toBe(false);
  });
});
