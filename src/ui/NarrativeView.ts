/**
 * The story panel: the current scene's text, history card and choices as real buttons.
 * New text is announced through a polite live region; focus goes to the new scene.
 */
import type { Block, ChoiceView, GameState, ReadingMode, Scene, TimelineEntry } from '../engine/types';
import type { ChoicePreview } from '../engine/preview';
import type { EndingChain } from '../engine/endingCauses';
import { h } from './dom';
import { attachStakes, stakesKey } from './stakes';
import { tryAnotherButton } from './paths/branching';
import { causesSection, chainFor, endActions, endingOrder } from './EndScreen';
import { glossaryNow, loadGlossary } from './Glossary';
import { currentReadingMode } from './readingMode';
import { renderBlocks, spokenText } from './storyText';
import { afterNextFrame, whenIdle } from './afterFrame';

export interface NarrativeActions {
  choose(index: number): void;
  restart(): void;
  toTitle(): void;
  /** "Try another choice here" at the fork of this path's choice `step` (0-based). */
  branchAt?: (step: number) => void;
  /** Set when this path branched from another: open the compare view with both. */
  compareWithParent?: () => void;
  /** The end screen's Share, Compare with history and flowchart. */
  share?: () => void;
  compareWithHistory?: () => void;
  flowchart?: () => void;
}

export class NarrativeView {
  readonly el: HTMLElement;
  private readonly article: HTMLElement;
  private readonly choiceList: HTMLElement;
  private readonly live: HTMLElement;
  private buttons: HTMLButtonElement[] = [];

  constructor(private readonly actions: NarrativeActions) {
    // Focusable so keyboard users can scroll a long scene; focus lands here after each choice.
    this.article = h('article', { class: 'scene', tabindex: 0, 'aria-label': 'Story' });
    this.choiceList = h('div', { class: 'choices' });
    this.live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'story-announcer' });
    this.el = h('section', { class: 'narrative', 'aria-label': 'Story and choices' }, this.article, this.choiceList, this.live);
  }

  /** Number keys 1–9 choose; returns true when the key was used. */
  handleKey(key: string): boolean {
    if (!/^[1-9]$/.test(key)) return false;
    const button = this.buttons[Number(key) - 1];
    if (!button || button.disabled) return false;
    button.click();
    return true;
  }

  render(
    scene: Scene,
    state: GameState,
    opts: {
      lastChoice: string | null;
      moveFocus: boolean;
      /** The options' stakes; after a choice they are worked out once the new scene is on screen. */
      stakes?: () => readonly ChoicePreview[];
      /** Called when the browser is idle once the stakes are shown: build what each option leads to. */
      ahead?: () => void;
      chosenBefore?: string | null;
    },
  ): void {
    const mode = currentReadingMode();
    this.renderText(scene, state, opts.lastChoice);
    // Names become glossary buttons once its data is in (it loads after the first text).
    void loadGlossary().then((glossary) => {
      if (glossary && this.shown === scene && !this.article.querySelector('.term')) this.renderText(scene, state, opts.lastChoice);
    });
    this.renderChoices(scene, opts.stakes ?? null, opts.chosenBefore ?? null, chainFor(state));
    const stakes = opts.stakes;
    if (stakes && scene.choices.length) {
      const attach = (): void => {
        if (this.shown !== scene) return;
        this.attachStakes(stakes());
        const ahead = opts.ahead;
        if (ahead) whenIdle(() => this.shown === scene && ahead());
      };
      if (opts.moveFocus) afterNextFrame(attach);
      else attach();
    }
    // Announce only the story text, briefly, rather than the whole panel twice.
    this.live.textContent = spokenText(scene.blocks, mode);
    if (opts.moveFocus) this.article.focus({ preventScroll: true });
    // Scrolling reads the layout: done as the frame starts, once every part of the screen has
    // changed, so the new page is laid out once (read in the click, it was laid out twice).
    requestAnimationFrame(() => this.scrollToStart(opts.moveFocus));
  }

  /** The new scene from its start; on a phone the page scrolls, not the panel: bring its start into view. */
  private scrollToStart(intoView: boolean): void {
    if (this.article.scrollTop !== 0) this.article.scrollTop = 0;
    if (intoView && this.article.isConnected && this.article.getBoundingClientRect().top < 0)
      this.article.scrollIntoView({ block: 'start' });
  }

  private shown: Scene | null = null;
  /** The text of each page an option of the shown scene leads to, built while the player reads. */
  private ready = new Map<Scene, Prepared>();

  /**
   * Build the text of the page after each option of `from` (still shown), so a choice's click
   * only puts the chosen one in: its new DOM is most of the story's part of that click.
   */
  prepare(from: Scene, next: readonly Scene[]): void {
    if (this.shown !== from || !this.article.isConnected) return;
    const mode = currentReadingMode();
    const terms = glossaryNow() !== null;
    next.forEach((scene, i) => {
      const lastChoice = from.choices[i]?.text ?? null;
      if (scene.ending || this.ready.has(scene)) return;
      this.ready.set(scene, { nodes: this.pageText(scene, lastChoice, mode), mode, terms, lastChoice });
    });
  }

  /** A non-ending page's text: the choice just made, then the scene's blocks. */
  private pageText(scene: Scene, lastChoice: string | null, mode: ReadingMode): Node[] {
    return [...(lastChoice ? [youChose(lastChoice)] : []), ...renderBlocks(scene.blocks, { mode, seen: new Set<string>() })];
  }

  private renderText(scene: Scene, state: GameState, lastChoice: string | null): void {
    this.shown = scene;
    const mode = currentReadingMode();
    const built = this.ready.get(scene);
    this.ready.clear();
    const seen = new Set<string>();
    const nodes: Node[] = [];
    if (scene.ending) {
      // The ending's title leads, then how it came to this, its own text, and what led up to it.
      const { title, after, before } = endingOrder(scene.blocks);
      const chain = chainFor(state);
      if (title) nodes.push(...renderBlocks([title], { mode, seen }));
      if (chain) nodes.push(causesSection(chain));
      nodes.push(...renderBlocks(after, { mode, seen }));
      if (before.length) {
        nodes.push(
          h(
            'section',
            { class: 'ending-lead-up', 'aria-label': 'The last years' },
            h('h3', {}, 'The last years'),
            lastChoice ? youChose(lastChoice) : null,
            ...renderBlocks(before, { mode, seen }),
          ),
        );
      }
      nodes.push(this.pathSummary(state.timeline));
      this.article.replaceChildren(...nodes);
      return;
    }
    // Built ahead if the player read long enough, and nothing it depends on has changed since.
    const fits = built && built.mode === mode && built.terms === (glossaryNow() !== null) && built.lastChoice === lastChoice;
    this.article.replaceChildren(...(fits ? built.nodes : this.pageText(scene, lastChoice, mode)));
  }

  private pathSummary(timeline: readonly TimelineEntry[]): Node {
    const branch = this.actions.branchAt;
    const rows = timeline.map((t, step) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, `${t.year}`),
        h(
          'td',
          {},
          t.choice,
          branch
            ? h(
                'span',
                { class: 'try-another-row' },
                tryAnotherButton(t, () => branch(step)),
              )
            : null,
        ),
        h('td', {}, t.historical ? 'Same as history' : (t.historyChoice ?? '—')),
      ),
    );
    return h(
      'section',
      { class: 'path-summary', 'aria-label': 'Your path beside history' },
      h('h3', {}, 'Your path beside history'),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Year'),
            h('th', { scope: 'col' }, 'You chose'),
            h('th', { scope: 'col' }, 'History chose'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    );
  }

  /** Each option's stakes in the row kept for them under its text. */
  private attachStakes(stakes: readonly ChoicePreview[]): void {
    for (const button of this.buttons) {
      const body = button.querySelector<HTMLElement>('.choice-body');
      const p = stakes.find((s) => s.option === button.dataset.option);
      if (!body || !p) continue;
      body.querySelector('.stakes-pending')?.remove();
      attachStakes(body, button, p);
    }
  }

  private renderChoices(
    scene: Scene,
    stakes: (() => readonly ChoicePreview[]) | null,
    chosenBefore: string | null,
    chain: EndingChain | null,
  ): void {
    if (scene.choices.length) {
      this.buttons = scene.choices.map((c) => this.choiceButton(c, stakes !== null, c.option === chosenBefore));
      this.choiceList.replaceChildren(
        h('h2', { class: 'visually-hidden' }, 'Your choice'),
        ...(stakes ? [stakesKey()] : []),
        h('ol', { class: 'choice-list' }, ...this.buttons.map((b) => h('li', {}, b))),
      );
      return;
    }
    const end = endActions(chain, this.actions);
    this.buttons = end.buttons;
    this.choiceList.replaceChildren(end.el);
  }

  /** `stakes`: keep a row for the option's stakes (filled in by attachStakes). */
  private choiceButton(c: ChoiceView, stakes: boolean, chosenBefore: boolean): HTMLButtonElement {
    const body = h(
      'span',
      { class: 'choice-body' },
      chosenBefore
        ? h('span', { class: 'chosen-before', 'data-testid': 'chosen-before' }, 'Your choice on the path this one branched from')
        : null,
      h('span', { class: 'choice-text' }, c.text),
      c.advocates.length ? h('span', { class: 'advocates' }, `Argued by ${c.advocates.join(', ')}`) : null,
      stakes ? h('span', { class: 'stakes stakes-pending', 'aria-hidden': 'true' }, h('span', { class: 'stake' }, '\u00a0')) : null,
    );
    const button = h(
      'button',
      { type: 'button', class: 'choice', 'data-option': c.option, 'aria-keyshortcuts': c.index < 9 ? String(c.index + 1) : undefined },
      h('span', { class: 'key', 'aria-hidden': 'true' }, String(c.index + 1)),
      body,
    );
    button.addEventListener('click', () => {
      for (const b of this.buttons) b.disabled = true;
      this.actions.choose(c.index);
    });
    return button;
  }
}

const youChose = (text: string): HTMLElement => h('p', { class: 'you-chose' }, h('span', { class: 'label' }, 'You chose: '), text);

interface Prepared {
  nodes: Node[];
  mode: ReadingMode;
  /** Whether the glossary was in (names are then buttons). */
  terms: boolean;
  lastChoice: string | null;
}

/** One block of a scene as DOM, in the full reading. */
export function renderBlock(block: Block): Node {
  return renderBlocks([block], { mode: 'full' })[0] ?? document.createTextNode('');
}
