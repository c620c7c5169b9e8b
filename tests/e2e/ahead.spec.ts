/**
 * While the player reads, the page and the map's texts each option leads to are drawn ahead
 * (NarrativeView.prepare, scenes/textStock.ts, prepareMarkers); a press then swaps them in.
 * Whatever is on screen after a press must be the new scene's and nothing of the old one's,
 * drawn ahead (the player read) or not (the player pressed at once).
 */
import { expect, test, type Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { METERS, type Scene } from '../../src/engine/types';
import { captionText, talliesText } from '../../src/scenes/meterText';
import { formatDelta } from '../../src/shared/numbers';
import { bundle, collectErrors, startNewGame, waitForMap } from './helpers';

interface Drawn {
  shown: string[];
  hidden: string[];
}

const drawn = (page: Page): Promise<Drawn> =>
  page.locator('[data-testid="world-canvas"]').evaluate((el) => (el as HTMLElement & { drawnTexts: () => Drawn }).drawnTexts());

/** What the map and meters must show after history's next choice, and what the old scene showed. */
function nextOnHistory(game: Game, narrow: boolean): { option: string; chose: string; scene: Scene; expected: string[]; gone: string[] } {
  const old = game.scene();
  const choice = old.choices.find((c) => c.historical) ?? old.choices[0];
  if (!choice) throw new Error('no choice here');
  const scene = game.choose(choice.index);
  const state = game.state();
  const expected = [
    captionText(scene.effects, narrow),
    talliesText(state),
    ...METERS.map((m) => String(state.meters[m])),
    // Each changed meter's change, floating beside its value.
    ...METERS.map((m) => scene.effects.filter((e) => e.meter === m).reduce((sum, e) => sum + e.delta, 0))
      .filter((d) => d !== 0)
      .map(formatDelta),
    ...scene.markers.slice(-1).map((m) => m.caption),
  ];
  const gone = [captionText(old.effects, narrow), ...old.markers.map((m) => m.caption)].filter(
    (t) => !expected.includes(t) && !scene.markers.some((m) => m.caption === t),
  );
  return { option: choice.option, chose: choice.text, scene, expected, gone };
}

/** The meters' strip has room for one reason under the row when it is narrower than 640 px (MeterScene). */
async function narrowStrip(page: Page): Promise<boolean> {
  const box = await page.locator('[data-testid="world-canvas"] canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box.width < 640;
}

async function expectScene(page: Page, step: ReturnType<typeof nextOnHistory>): Promise<void> {
  await expect(page.locator('.scene .you-chose')).toHaveText(`You chose: ${step.chose}`);
  await expect(page.locator('.choice-list .choice')).toHaveCount(step.scene.choices.length);
  expect(await page.locator('.choice-list .choice').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-option')))).toEqual(
    step.scene.choices.map((c) => c.option),
  );
  const shown = (await drawn(page)).shown;
  for (const text of step.expected) expect(shown).toContain(text);
  for (const text of step.gone) expect(shown).not.toContain(text);
}

/** A new game at 1366×800 with its map in, and history's path played beside it in Node. */
async function newGameWithMap(page: Page): Promise<{ errors: string[]; game: Game; narrow: boolean }> {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await startNewGame(page);
  await waitForMap(page);
  return { errors, game: new Game(bundle), narrow: await narrowStrip(page) };
}

test('after reading, a press swaps in the texts drawn ahead for that option, and only the new scene’s show', async ({ page }) => {
  const { errors, game, narrow } = await newGameWithMap(page);
  for (let i = 0; i < 5; i++) {
    const step = nextOnHistory(game, narrow);
    expect(step.expected[0]).not.toBe('');
    // Drawn ahead while the player reads: the option's reasons wait, hidden, for the press.
    await expect.poll(async () => (await drawn(page)).hidden).toContain(step.expected[0]);
    await page.locator(`.choice-list .choice[data-option="${step.option}"]`).click();
    await expectScene(page, step);
    // The reasons drawn for the options not taken stay hidden.
    expect((await drawn(page)).shown.filter((t) => t.includes('   ·   ') || t === step.expected[0])).toEqual([step.expected[0]]);
  }
  expect(errors).toEqual([]);
});

test('presses made at once, before anything is drawn ahead, show the same', async ({ page }) => {
  const { errors, game, narrow } = await newGameWithMap(page);
  const steps = [0, 1, 2, 3].map(() => nextOnHistory(game, narrow));
  // Each next option is pressed the moment its button is put in, in the task of the press
  // before it: before the stakes are worked out, so before anything is drawn ahead.
  await page.evaluate(
    (options) => {
      const list = document.querySelector('.choices');
      if (!list) throw new Error('no choices');
      let next = 1;
      const press = (option: string): boolean => {
        const b = document.querySelector<HTMLButtonElement>(`.choice-list .choice[data-option="${option}"]:not(:disabled)`);
        b?.click();
        return b !== null;
      };
      const watch = new MutationObserver(() => {
        const option = options[next];
        if (option !== undefined && press(option)) next += 1;
        if (next >= options.length) watch.disconnect();
      });
      watch.observe(list, { childList: true, subtree: true });
      press(options[0] ?? '');
    },
    steps.map((s) => s.option),
  );
  const last = steps.at(-1);
  if (!last) throw new Error('no steps');
  await expectScene(page, last);
  expect(errors).toEqual([]);
});
