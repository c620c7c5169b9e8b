/**
 * A class session as the facilitator saves it, with votes already taken by the engine's own
 * rules (recordVote), so a test about the debrief or the last vote need not click through
 * every vote before it. The voting itself is clicked through in classroom.spec.ts.
 */
import type { Page } from '@playwright/test';
import { Game } from '../../src/engine/Game';
import { defaultLesson, newSession, type Session, type SpanId } from '../../src/engine/classroom';
import { chooseGroupCount, chooseSpan, recordVote } from '../../src/engine/lesson';
import { SESSION_KEY } from '../../src/storage/saves';
import { loadRoleBook } from '../../server/story';
import { bundle } from './helpers';

/** A session of `span` in which the class voted for `options` in turn (5 votes each, 1 for the rest). */
export function votedSession(span: SpanId, options: readonly string[], groups = 3): Session {
  const book = loadRoleBook();
  let session = newSession(bundle.version, chooseSpan(chooseGroupCount(defaultLesson(), groups, book), span, book));
  const game = new Game(bundle);
  for (const option of options) {
    const tallies = game.scene().choices.map((c) => ({ option: c.option, text: c.text, votes: c.option === option ? 5 : 1 }));
    const result = recordVote(session, game, tallies);
    if (!result.ok) throw new Error(result.problem.message);
    session = result.value.session;
  }
  return session;
}

/** Open the title screen with `session` saved in this browser, and resume it. */
export async function resumeSession(page: Page, session: Session): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, JSON.stringify(session)] as const);
  await page.reload();
  await page.getByRole('button', { name: 'Resume the class session' }).click();
}
