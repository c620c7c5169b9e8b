/**
 * An in-memory copy of an inkjs story state, for snapshot() and restore(): about ten times
 * cheaper than the state's JSON round trip (toJson, LoadJson), which is what the look-ahead
 * searches and the story checks spend most of their time on otherwise.
 *
 * inkjs copies a state for its own look-ahead (CopyAndStartPatching) but shares the globals,
 * visit counts and turn indices with the original through a patch. Here those are copied too,
 * so the copy stands alone. Between two Continue() calls (the only time the engine copies)
 * a state has no patch; with one, or if inkjs changes its insides, we fall back to JSON.
 */
import type { Story } from 'inkjs';

type StoryState = Story['state'];

/** The inkjs internals the copy touches (inkjs 2.x; checked at run time). */
interface StateInsides {
  _patch: unknown;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _variablesState: VariablesInsides;
  callStack: unknown;
  _currentFlow: { currentChoices: ChoiceInsides[] };
}
interface ChoiceInsides {
  Clone(): ChoiceInsides;
  tags: string[] | null;
}
interface VariablesInsides {
  constructor: new (callStack: unknown, listDefsOrigin: unknown) => VariablesInsides;
  _globalVariables: Map<string, unknown>;
  _defaultGlobalVariables: Map<string, unknown>;
  _listDefsOrigin: unknown;
  variableChangedEventCallbacks: unknown[];
  patch: unknown;
}

/** A story state frozen at one moment: restore it any number of times. */
export type InkStateCopy = { readonly kind: 'memory'; readonly state: StoryState } | { readonly kind: 'json'; readonly json: string };

const insides = (state: StoryState): StateInsides => state as unknown as StateInsides;

function copyable(state: StoryState): boolean {
  const s = insides(state);
  return (
    s._patch === null &&
    s._visitCounts instanceof Map &&
    s._turnIndices instanceof Map &&
    Array.isArray(s._currentFlow?.currentChoices) &&
    s._variablesState?._globalVariables instanceof Map &&
    typeof s._variablesState.constructor === 'function' &&
    Array.isArray(s._variablesState.variableChangedEventCallbacks)
  );
}

/** A copy that shares nothing mutable with `state` (the runtime objects it holds are immutable). */
function standAlone(state: StoryState): StoryState {
  const copy = state.CopyAndStartPatching(false); // copies the call stack and the output
  const from = insides(state);
  const to = insides(copy);
  // Choosing runs on the thread a choice keeps, so each choice is copied (Clone leaves out the tags).
  to._currentFlow.currentChoices = from._currentFlow.currentChoices.map((c) => Object.assign(c.Clone(), { tags: c.tags?.slice() ?? null }));
  to._patch = null;
  to._visitCounts = new Map(from._visitCounts);
  to._turnIndices = new Map(from._turnIndices);
  const vars = from._variablesState;
  const ownVars = new vars.constructor(to.callStack, vars._listDefsOrigin);
  ownVars._globalVariables = new Map(vars._globalVariables);
  ownVars._defaultGlobalVariables = vars._defaultGlobalVariables;
  ownVars.variableChangedEventCallbacks = vars.variableChangedEventCallbacks;
  to._variablesState = ownVars;
  // CopyAndStartPatching pointed the original's variables at the copy: point them back.
  vars.patch = null;
  (vars as unknown as { callStack: unknown }).callStack = from.callStack;
  return copy;
}

export function copyInkState(story: Story): InkStateCopy {
  return copyable(story.state) ? { kind: 'memory', state: standAlone(story.state) } : { kind: 'json', json: story.state.toJson() };
}

export function restoreInkState(story: Story, copy: InkStateCopy): void {
  if (copy.kind === 'json') story.state.LoadJson(copy.json);
  else (story as unknown as { _state: StoryState })._state = standAlone(copy.state);
}
