import { describe, expect, it } from 'vitest';
import { foldQuiet, type TreeStep } from '../../src/engine/pathTree';

const step = (option: string, busy = false): TreeStep => ({
  fork: null,
  option,
  text: option,
  historical: true,
  paths: 1,
  ends: busy ? [{ ending: null, year: 1917, finished: false, count: 1, names: [] }] : [],
  branches: [],
  notYetTaken: [],
});

describe('folding the stretches where paths only go on alike', () => {
  it('folds two or more quiet steps in a row into one run and keeps the steps where something happens', () => {
    const runs = foldQuiet([step('a'), step('b'), step('c', true), step('d'), step('e', true), step('f'), step('g'), step('h')]);
    expect(runs.map((r) => (r.quiet ? r.steps.map((s) => s.option).join('') : r.step.option))).toEqual(['ab', 'c', 'd', 'e', 'fgh']);
  });

  it('a longer minimum leaves short stretches open', () => {
    const runs = foldQuiet([step('a'), step('b'), step('c', true)], 3);
    expect(runs.every((r) => !r.quiet)).toBe(true);
  });
});
