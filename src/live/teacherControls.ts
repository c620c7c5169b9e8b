/**
 * The teacher's controls for the fork on screen: open the vote, add a minute, close it, and
 * on the tally play the class's choice (or, on a tie, cast the deciding vote) or reopen it.
 */
import { h } from '../ui/dom';
import type { ActMsg, RoomView } from './protocol';

export const PHASE: Record<RoomView['phase'], string> = {
  reading: 'The class reads the fork and their role cards.',
  open: 'The vote is open.',
  closed: 'The vote is closed.',
  ended: 'The lesson is over.',
};

export function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `live-button${primary ? ' primary' : ''}` }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function controls(v: RoomView, act: (action: ActMsg) => void): HTMLElement {
  const textOf = (o: string) => v.scene.choices.find((c) => c.option === o)?.text ?? o;
  const box = h('section', { class: 'live-controls', 'aria-label': 'Controls' });
  if (v.phase === 'reading') box.append(button('Open the vote', () => act({ kind: 'open' }), true));
  if (v.phase === 'open') {
    box.append(
      button('Close the vote', () => act({ kind: 'close' }), true),
      button('One more minute', () => {
        const left = v.timerEndsAt ? Math.max(0, Math.round((v.timerEndsAt - Date.now()) / 1000)) : 0;
        act({ kind: 'timer', seconds: Math.min(3600, left + 60) });
      }),
    );
  }
  if (v.phase === 'closed' && v.result) {
    if (v.result.kind === 'winner') box.append(button('Play the class’s choice', () => act({ kind: 'advance' }), true));
    if (v.result.kind === 'tie') {
      box.append(
        h('p', {}, 'A tie: cast the deciding vote.'),
        ...v.result.options.map((o) => button(`Play “${textOf(o)}”`, () => act({ kind: 'advance', casting: o }))),
      );
    }
    box.append(button('Reopen the vote', () => act({ kind: 'open' })));
  }
  box.append(h('p', { class: 'live-control-error live-error', role: 'alert' }));
  return box;
}
