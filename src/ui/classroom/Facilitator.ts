/**
 * Facilitator mode: a teacher runs the game for a class on one projector. Setup (Setup.ts),
 * then at each fork the role cards, the context, a discussion timer and the vote panel
 * (VotePanel.ts) on the shared game screen (GameShell); the debrief at the end. The rules
 * (votes, ties, roles in span, ending a lesson) are the engine's (engine/lesson.ts): this
 * controller calls them and saves the session after every vote.
 */
import { Game, type StoryBundle } from '../../engine/Game';
import { restore } from '../../engine/save';
import { defaultLesson, groupOf, newSession, type Lesson, type Session } from '../../engine/classroom';
import { cardsAtScene, cardsInSpan, endLesson, lessonOver, recordVote, reopenLesson } from '../../engine/lesson';
import type { RoleBook } from '../../engine/roles';
import type { MeterId, Scene } from '../../engine/types';
import type { SessionSlot } from '../../storage/saves';
import { renderBlocks, spokenText } from '../storyText';
import { loadGlossary } from '../Glossary';
import { h } from '../dom';
import { GameShell, whyButton } from '../GameShell';
import { confirmDialog, whyDialog } from '../Dialogs';
import { DiscussionTimer } from './Timer';
import { loadRoleBook } from './roleBook';
import { roleCardView, printRoleCards } from './cards';
import { showDebrief, type DebriefContext } from './Debrief';
import { showSetup } from './Setup';
import { votePanel } from './VotePanel';
import { voteResultPanel } from './VoteResult';
import { mapMoves, voteResult, type VoteResult } from '../../engine/voteResult';
import './classroom.css';

export type { SessionSlot } from '../../storage/saves';
/** Moved to the engine (engine/lesson.ts); re-exported for older imports. */
export { rolesInSpan } from '../../engine/lesson';

export interface FacilitatorOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  slot: SessionSlot;
  reducedMotion: boolean;
  exit(message?: string): void;
}

export class Facilitator {
  private readonly book: RoleBook;
  private readonly bookProblems: string[];
  private session: Session | null = null;
  private game: Game | null = null;
  private shell: GameShell | null = null;
  private timer: DiscussionTimer | null = null;

  constructor(private readonly opts: FacilitatorOptions) {
    const loaded = loadRoleBook();
    this.book = loaded.book;
    this.bookProblems = loaded.problems;
  }

  setup(previous: Lesson = defaultLesson(), problem?: string): void {
    this.teardown();
    document.body.classList.add('classroom');
    showSetup({
      root: this.opts.root,
      book: this.book,
      bookProblems: this.bookProblems,
      lesson: previous,
      problem,
      start: (lesson) => void this.begin(lesson),
      print: (lesson) => printRoleCards(cardsInSpan(this.book, lesson.span), lesson.groups),
      back: () => this.exit(),
    });
  }

  private async begin(lesson: Lesson): Promise<void> {
    const stored = this.opts.slot.read();
    if (stored.kind === 'ok' && !stored.value.ended && stored.value.votes.length > 0) {
      const sure = await confirmDialog('Start a new lesson?', 'The class session in progress will be replaced.', 'Start a new lesson');
      if (!sure) return;
    }
    // A session this version cannot read is kept aside, never overwritten without consent.
    if (stored.kind === 'problem') {
      const kept = this.opts.slot.keepAside();
      if (!kept.ok) {
        const sure = await confirmDialog(
          'The unreadable class session cannot be kept',
          `${kept.problem.message} If you start a new lesson, it will be replaced and lost.`,
          'Start a new lesson anyway',
        );
        if (!sure) return;
      }
    }
    this.session = newSession(this.opts.bundle.version, lesson);
    this.game = new Game(this.opts.bundle);
    this.save();
    this.run();
  }

  /** Continue a stored session: replay its choices, then carry on (or show its debrief). */
  resume(session: Session): void {
    const result = restore(this.opts.bundle, session);
    this.session = session;
    if (!result.ok) {
      // The story changed under the session: keep the record, show what it holds.
      this.game = null;
      showDebrief(this.debriefContext(), result.problem.message);
      return;
    }
    this.game = result.game;
    if (session.ended) showDebrief(this.debriefContext());
    else this.run();
  }

  private run(): void {
    const game = this.game;
    if (!this.session || !game) return;
    this.teardown();
    document.body.classList.add('classroom');
    const timer = new DiscussionTimer(this.session.lesson.timerSeconds);
    this.timer = timer;
    const endButton = h('button', { type: 'button', class: 'menu-button' }, 'End lesson and debrief');
    endButton.addEventListener('click', () => void this.endEarly());
    const exitButton = h('button', { type: 'button', class: 'menu-button' }, 'Exit');
    exitButton.addEventListener('click', () =>
      this.exit('The class session is saved: “Resume the class session” carries on from this fork.'),
    );
    // Why? as in solo play (the teacher guide and the meters' caption send the class to it).
    const showWhy = (meter?: MeterId | 'lives'): void =>
      void whyDialog((m) => game.why(m), game.state().meters, game.state().livesLost, meter);
    const shell = new GameShell({
      brand: 'Class session',
      className: 'facilitator',
      reducedMotion: this.opts.reducedMotion,
      beforeStatus: [timer.el],
      controls: [whyButton(() => showWhy()), endButton, exitButton],
      onMeter: showWhy,
    });
    this.shell = shell;
    const context = h('article', { class: 'class-context scene', tabindex: 0, 'aria-label': 'The fork' });
    const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    const roles = h('section', { class: 'class-roles', 'aria-label': 'Role cards at this fork' });
    const vote = h('section', { class: 'vote-panel', 'aria-labelledby': 'vote-title' });
    // The fork's role cards first: the groups find their card without scrolling past the text.
    const story = h('div', { class: 'class-story' }, roles, context, live);
    this.opts.root.replaceChildren(
      shell.screen(h('main', { class: 'class-main' }, story, h('div', { class: 'class-side' }, vote, shell.worldColumn))),
    );

    /** The scene's text (again when the glossary arrives: only the text, never the vote). */
    const showText = (): void => {
      const session = this.session;
      if (!session) return;
      const lesson = session.lesson;
      const blocks = game.scene().blocks.filter((b) => lesson.historyCards === 'after-each-fork' || b.kind !== 'history');
      const last = session.votes.at(-1);
      context.replaceChildren(...(last ? [lastVoteNote(last)] : []), ...renderBlocks(blocks, { mode: lesson.reading ?? 'short' }));
    };
    const render = (moveFocus: boolean): void => {
      const session = this.session;
      if (!session) return;
      const scene = game.scene();
      const lesson = session.lesson;
      const blocks = scene.blocks.filter((b) => lesson.historyCards === 'after-each-fork' || b.kind !== 'history');
      showText();
      live.textContent = spokenText(blocks, lesson.reading ?? 'short');
      shell.show(game.state(), scene);
      const over = lessonOver(lesson, scene);
      roles.replaceChildren(...(over ? [] : this.rolesAt(scene)));
      const next = (): void => {
        result = null;
        render(false);
        vote.querySelector<HTMLElement>('#vote-title')?.focus({ preventScroll: true });
      };
      vote.style.removeProperty('height'); // held by the vote panel while a tie was decided
      vote.replaceChildren(
        ...(result
          ? voteResultPanel(result.vote, { map: result.map, year: scene.year, over, next })
          : over
            ? this.endPanel(scene)
            : votePanel(
                scene,
                (tallies, casting) => {
                  const before = game.state().control;
                  const r = recordVote(session, game, tallies, casting);
                  if (!r.ok) return r;
                  this.session = r.value.session;
                  shell.saveStatus.textContent = this.save() ? 'Session saved' : 'Not saved: this browser is blocking storage';
                  timer.reset(lesson.timerSeconds);
                  result = { vote: voteResult(r.value.vote, game.scene().effects), map: mapMoves(before, game.state().control) };
                  render(true);
                  return r;
                },
                game.preview(),
              )),
      );
      // The story column starts at the top of the new fork, not where the last one was read to.
      story.scrollTop = 0;
      context.scrollTop = 0;
      if (moveFocus) context.focus({ preventScroll: true });
      if (context.getBoundingClientRect().top < 0) context.scrollIntoView({ block: 'start' });
    };
    /** The result of the vote just played, shown until "Next fork". */
    let result: { vote: VoteResult; map: ReturnType<typeof mapMoves> } | null = null;
    render(false);
    shell.loadMapSoon();
    void loadGlossary().then((g) => g && showText()); // names become glossary buttons
  }

  private rolesAt(scene: Scene): Node[] {
    const taken = this.game?.path().steps.map((s) => s.option) ?? [];
    const cards = cardsAtScene(this.book, scene, taken);
    if (!cards.length) return [];
    const groups = this.session?.lesson.groups ?? [];
    return [
      h('h2', { class: 'section-title' }, 'Who argues what'),
      h('div', { class: 'role-cards' }, ...cards.map((c) => roleCardView(c, groupOf(groups, c.role), scene.choices))),
    ];
  }

  private endPanel(scene: Scene): Node[] {
    const open = h('button', { type: 'button', class: 'choice primary', 'data-testid': 'open-debrief' }, 'Open the debrief');
    open.addEventListener('click', () => this.openDebrief());
    const why = scene.ending ? 'The century has reached an ending.' : 'The lesson’s span ends here.';
    return [h('h2', { id: 'vote-title', class: 'section-title' }, 'End of the lesson'), h('p', {}, why), open];
  }

  private async endEarly(): Promise<void> {
    const sure = await confirmDialog(
      'End the lesson now?',
      'The debrief will cover the forks the class has voted on so far.',
      'End and debrief',
    );
    if (!sure || !this.session) return;
    this.session = endLesson(this.session);
    this.save();
    this.openDebrief();
  }

  private openDebrief(): void {
    this.teardown();
    showDebrief(this.debriefContext());
  }

  private debriefContext(): DebriefContext {
    const session = this.session;
    if (!session) throw new Error('a debrief needs a session');
    const game = this.game;
    const reopened = game ? reopenLesson(session, game.scene()) : null;
    return {
      root: this.opts.root,
      bundle: this.opts.bundle,
      session,
      book: this.book,
      toTitle: () => this.exit(),
      continueLesson: reopened?.ok
        ? () => {
            this.session = reopened.value;
            this.save();
            this.run();
          }
        : null,
    };
  }

  private save(): boolean {
    return this.session ? this.opts.slot.write(this.session) : false;
  }

  private teardown(): void {
    this.timer?.destroy();
    this.timer = null;
    this.shell?.destroy();
    this.shell = null;
  }

  private exit(message?: string): void {
    this.teardown();
    this.game = null;
    document.body.classList.remove('classroom');
    this.opts.exit(message);
  }
}

function lastVoteNote(vote: Session['votes'][number]): Node {
  // The options' texts are on the result slide and in the debrief: here the counts in their order.
  const counts = `votes ${vote.tallies.map((t) => t.votes).join(' – ')}`;
  const played = vote.tallies.find((t) => t.option === vote.winner)?.text ?? vote.winner;
  return h(
    'p',
    { class: 'you-chose' },
    h('span', { class: 'label' }, vote.casting ? 'The class tied; the teacher’s casting vote chose: ' : 'The class voted: '),
    played,
    ` (${counts}).`,
  );
}
