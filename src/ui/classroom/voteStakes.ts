/** The vote panel's option label: the option's text and, below it, its stakes (stakes.ts). */
import type { ChoicePreview } from '../../engine/preview';
import type { ChoiceView } from '../../engine/types';
import { h } from '../dom';
import { attachStakes } from '../stakes';

export function optionBody(choice: ChoiceView, input: HTMLElement, stakes: readonly ChoicePreview[]): HTMLElement {
  const body = h('span', { class: 'vote-option-body' }, h('span', {}, choice.text));
  attachStakes(
    body,
    input,
    stakes.find((p) => p.index === choice.index),
  );
  return body;
}
