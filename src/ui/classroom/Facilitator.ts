/**
 * Facilitator mode: a teacher runs the game for a class on one projector. Setup (span,
 * timer, history cards, groups and roles), then at each fork the context, the role cards,
 * a discussion timer and a vote panel; the winner is played and the tally logged. The
 * session is saved after every vote and resumes after a reload.
 */
import { Game, type StoryBundle } from '../../engine/Game';
import { restore } from '../../engine/save';
import {
  SPANS, TIE_RULE, beyondSpan, decide, dealRoles, defaultLesson, groupOf, newSession, span,
  DEFAULT_GROUP_NAMES, type Lesson, type Session, type SessionProblem, type SpanId,
} from '../../engine/classroom';
import { cardsForFork, type RoleBook, type RoleCard } from '../../engine/roles';
import { FORKS, FORK_NAMES, type ChoiceView, type Scene } from '../../engine/types';
import { renderBlocks, spokenText } from '../storyText';
import { loadGlossary } from '../Glossary';
import { readingFieldset } from '../readingMode';
import { h } from '../dom';
import { MapPanel } from '../MapPanel';
import { MeterStrip } from '../MeterStrip';
import { confirmDialog } from '../Dialogs';
import type { JsonSlot } from '../SaveStore';
import type { WorldView } from '../WorldViewPort';
import { loadWorld } from '../loadWorld';
import { DiscussionTimer } from './Timer';
import { loadRoleBook } from './roleBook';
import { roleCardView, printRoleCards } from './cards';
import { showDebrief } from './Debrief';
import './classroom.css';

export type SessionSlot = JsonSlot<Session, SessionProblem>;

export interface FacilitatorOptions {
  root: HTMLElement;
  bundle: StoryBundle;
  slot: SessionSlot;
  reducedMotion: boolean;
  exit(message?: string): void;
}

/** Roles with cards at the forks of a span, in story order. */
export function rolesInSpan(book: RoleBook, spanId: SpanId): string[] {
  const last = FORKS.indexOf(span(spanId).lastFork);
  const roles: string[] = [];
  for (const fork of FORKS.slice(0, last + 1)) {
    for (const c of cardsForFork(book, fork)) if (!roles.includes(c.role)) roles.push(c.role);
  }
  return roles;
}

export class Facilitator {
  private readonly book: RoleBook;
  private readonly bookProblems: string[];
  private session: Session | null = null;
  private game: Game | null = null;
  private world: WorldView | null = null;
  private timer: DiscussionTimer | null = null;

  constructor(private readonly opts: FacilitatorOptions) {
    const loaded = loadRoleBook();
    this.book = loaded.book;
    this.bookProblems = loaded.problems;
  }

  // ------------------------------------------------------------------ setup

  setup(previous: Lesson = defaultLesson(), problem?: string): void {
    this.teardown();
    document.body.classList.add('classroom');
    let lesson: Lesson = { ...previous, groups: previous.groups.map((g) => ({ ...g, roles: [...g.roles] })) };
    const dealt = (): void => {
      const roles = rolesInSpan(this.book, lesson.span);
      lesson.groups = dealRoles(lesson.groups.map((g) => ({ name: g.name, roles: g.roles.filter((r) => roles.includes(r)) })), roles);
    };
    if (lesson.groups.every((g) => g.roles.length === 0)) dealt();

    const spanField = h('fieldset', { class: 'setup-field' },
      h('legend', {}, 'Lesson span'),
      ...SPANS.map((s) => {
        const input = h('input', { type: 'radio', name: 'span', value: s.id, checked: s.id === lesson.span });
        input.addEventListener('change', () => {
          lesson.span = s.id;
          lesson.groups = lesson.groups.map((g) => ({ name: g.name, roles: [] }));
          dealt();
          renderRoles();
        });
        const forks = FORKS.indexOf(s.lastFork) + 1;
        return h('label', { class: 'radio' }, input, ` ${s.title} `, h('span', { class: 'hint' }, `(${forks} forks)`));
      }),
    );

    const minutes = h('input', { type: 'number', id: 'timer-minutes', min: 1, max: 15, step: 1, value: String(Math.round(lesson.timerSeconds / 60)), inputmode: 'numeric' });
    minutes.addEventListener('change', () => {
      const m = Math.min(15, Math.max(1, Math.round(Number(minutes.value) || 4)));
      minutes.value = String(m);
      lesson.timerSeconds = m * 60;
    });
    const timerField = h('div', { class: 'setup-field' }, h('label', { for: 'timer-minutes' }, 'Discussion timer (minutes per fork) '), minutes);

    const cardsField = h('fieldset', { class: 'setup-field' },
      h('legend', {}, 'History cards'),
      ...([['after-each-fork', 'Show after each fork'], ['debrief', 'Hold them for the debrief']] as const).map(([value, label]) => {
        const input = h('input', { type: 'radio', name: 'history-cards', value, checked: lesson.historyCards === value });
        input.addEventListener('change', () => (lesson.historyCards = value));
        return h('label', { class: 'radio' }, input, ` ${label}`);
      }),
    );

    const readingField = readingFieldset(lesson.reading ?? 'short', (value) => (lesson.reading = value));

    const groupCount = h('select', { id: 'group-count' },
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { value: String(n), selected: n === lesson.groups.length }, String(n))),
    );
    groupCount.addEventListener('change', () => {
      const n = Number(groupCount.value);
      lesson.groups = DEFAULT_GROUP_NAMES.slice(0, n).map((name) => ({ name, roles: [] }));
      dealt();
      renderRoles();
    });
    const dealAgain = h('button', { type: 'button', class: 'small-button' }, 'Deal the roles again');
    dealAgain.addEventListener('click', () => {
      lesson.groups = lesson.groups.map((g) => ({ name: g.name, roles: [] }));
      dealt();
      renderRoles();
    });

    const roleTable = h('div', { class: 'role-assign' });
    const renderRoles = (): void => {
      const roles = rolesInSpan(this.book, lesson.span);
      const rows = roles.map((role, i) => {
        const id = `role-${i}`;
        const select = h('select', { id, 'data-role': role },
          ...lesson.groups.map((g) => h('option', { value: g.name, selected: g.roles.includes(role) }, g.name)),
        );
        select.addEventListener('change', () => {
          lesson.groups = lesson.groups.map((g) => ({
            name: g.name,
            roles: g.name === select.value ? [...g.roles.filter((r) => r !== role), role] : g.roles.filter((r) => r !== role),
          }));
        });
        const forks = this.book.cards.filter((c) => c.role === role).map((c) => c.fork);
        const first = forks.map((f) => FORKS.indexOf(f)).sort((a, b) => a - b)[0];
        return h('tr', {},
          h('th', { scope: 'row' }, h('label', { for: id }, role)),
          h('td', { class: 'hint' }, `${forks.length} fork${forks.length === 1 ? '' : 's'}, from ${first === undefined ? '—' : FORK_NAMES[FORKS[first] ?? 'february']}`),
          h('td', {}, select),
        );
      });
      roleTable.replaceChildren(
        rows.length
          ? h('table', { class: 'role-table' },
            h('caption', {}, `${rows.length} roles in this span, dealt round-robin; change any group here.`),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Appears at'), h('th', { scope: 'col' }, 'Group'))),
            h('tbody', {}, ...rows))
          : h('p', { class: 'notice' }, 'No role cards are available for this span.'),
      );
    };
    renderRoles();

    const print = h('button', { type: 'button', class: 'title-button' }, 'Print role cards');
    print.addEventListener('click', () => printRoleCards(this.cardsInSpan(lesson.span), lesson.groups));
    const start = h('button', { type: 'button', class: 'title-button primary', 'data-testid': 'start-lesson' }, 'Start the lesson');
    start.addEventListener('click', () => void this.begin(lesson));
    const back = h('button', { type: 'button', class: 'title-button' }, 'Back to the title screen');
    back.addEventListener('click', () => this.exit());

    const screen = h('main', { class: 'class-setup', 'aria-labelledby': 'setup-title' },
      h('h1', { id: 'setup-title', class: 'poster' }, 'Run a class'),
      h('p', { class: 'lede' }, 'Groups argue each fork from their role cards, the class votes, and the game plays the winner. At the end the class gets a debrief of its century beside history’s. Nothing about the students is stored.'),
      problem ? h('p', { class: 'notice problem', role: 'alert' }, `The saved class session could not be read: ${problem} It is kept aside, not deleted, when a new lesson starts.`) : null,
      this.bookProblems.length ? h('p', { class: 'notice problem', role: 'alert' }, `Some role cards could not be read: ${this.bookProblems.join('; ')}`) : null,
      h('form', { class: 'setup-form', 'aria-label': 'Lesson options' },
        h('div', { class: 'setup-options' }, spanField, timerField, cardsField, readingField),
        h('div', { class: 'setup-roles' },
          h('div', { class: 'setup-field' }, h('label', { for: 'group-count' }, 'Number of groups '), groupCount, ' ', dealAgain),
          roleTable),
      ),
      h('nav', { class: 'title-menu', 'aria-label': 'Lesson' }, start, print, back),
    );
    screen.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    this.opts.root.replaceChildren(screen);
    window.scrollTo(0, 0);
    start.focus({ preventScroll: true });
  }

  private cardsInSpan(spanId: SpanId): RoleCard[] {
    const last = FORKS.indexOf(span(spanId).lastFork);
    return this.book.cards.filter((c) => FORKS.indexOf(c.fork) <= last);
  }

  private async begin(lesson: Lesson): Promise<void> {
    const stored = this.opts.slot.read();
    if (stored.kind === 'ok' && !stored.value.ended && stored.value.votes.length > 0) {
      const sure = await confirmDialog('Start a new lesson?', 'The class session in progress will be replaced.', 'Start a new lesson');
      if (!sure) return;
    }
    // A session this version cannot read is kept aside, never overwritten.
    if (stored.kind === 'problem') this.opts.slot.keepAside();
    this.session = newSession(this.opts.bundle.version, lesson);
    this.game = new Game(this.opts.bundle);
    this.save();
    this.run();
  }

  // ------------------------------------------------------------------ resume

  /** Continue a stored session: replay its choices, then carry on (or show its debrief). */
  resume(session: Session): void {
    const result = restore(this.opts.bundle, { format: 1, storyVersion: session.storyVersion, savedAt: session.startedAt, steps: session.steps });
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

  // ------------------------------------------------------------------ play

  private run(): void {
    const session = this.session;
    const game = this.game;
    if (!session || !game) return;
    this.teardown();
    document.body.classList.add('classroom');
    const lesson = session.lesson;
    const mapPanel = new MapPanel();
    const meters = new MeterStrip();
    this.timer = new DiscussionTimer(lesson.timerSeconds);
    const yearLabel = h('p', { class: 'year-label poster' });
    const saveStatus = h('p', { class: 'save-status', role: 'status' });
    const endButton = h('button', { type: 'button', class: 'menu-button' }, 'End lesson and debrief');
    endButton.addEventListener('click', () => void this.endLesson());
    const exitButton = h('button', { type: 'button', class: 'menu-button' }, 'Exit');
    exitButton.addEventListener('click', () => this.exit('The class session is saved: “Resume the class session” carries on from this fork.'));
    const context = h('article', { class: 'class-context scene', tabindex: 0, 'aria-label': 'The fork' });
    const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    const roles = h('section', { class: 'class-roles', 'aria-label': 'Role cards at this fork' });
    const vote = h('section', { class: 'vote-panel', 'aria-labelledby': 'vote-title' });

    const screen = h('div', { class: 'game-screen facilitator' },
      h('header', { class: 'top-bar' },
        h('p', { class: 'brand poster' }, 'Class session'),
        yearLabel,
        this.timer.el,
        saveStatus,
        endButton,
        exitButton,
      ),
      h('main', { class: 'class-main' },
        h('div', { class: 'class-story' }, context, live, roles),
        h('div', { class: 'class-side' }, vote, h('div', { class: 'world-column' }, mapPanel.el, meters.el)),
      ),
    );
    this.opts.root.replaceChildren(screen);

    /** The scene's text (again when the glossary arrives: only the text, never the vote). */
    const showText = (): void => {
      const blocks = game.scene().blocks.filter((b) => lesson.historyCards === 'after-each-fork' || b.kind !== 'history');
      const last = session.votes.at(-1);
      context.replaceChildren(
        ...(last ? [this.lastVoteNote(last.tallies, last.winner, last.casting)] : []),
        ...renderBlocks(blocks, { mode: lesson.reading ?? 'short' }),
      );
    };
    const render = (moveFocus: boolean): void => {
      const scene = game.scene();
      const state = game.state();
      yearLabel.textContent = scene.date || String(scene.year);
      const blocks = scene.blocks.filter((b) => lesson.historyCards === 'after-each-fork' || b.kind !== 'history');
      showText();
      live.textContent = spokenText(blocks.filter((b) => b.kind === 'text' || b.kind === 'ending'), lesson.reading ?? 'short');
      meters.update(state, scene.effects);
      mapPanel.update(state);
      this.world?.update(state, scene);
      const over = scene.choices.length === 0 || beyondSpan(lesson.span, scene.fork);
      roles.replaceChildren(...(over ? [] : this.rolesAt(scene)));
      vote.replaceChildren(...(over ? this.endPanel(scene) : this.votePanel(scene, (index, tallies, casting) => {
        const choice = scene.choices[index];
        if (!choice) return;
        session.votes.push({
          step: session.steps.length, fork: scene.fork, year: scene.year, tallies, winner: choice.option, casting, index,
          at: new Date().toISOString(),
        });
        game.choose(index);
        session.steps = game.path().steps;
        const next = game.scene();
        if (next.choices.length === 0 || beyondSpan(lesson.span, next.fork)) session.ended = true;
        saveStatus.textContent = this.save() ? 'Session saved' : 'Not saved: this browser is blocking storage';
        this.timer?.reset(lesson.timerSeconds);
        render(true);
      })));
      if (moveFocus) context.focus({ preventScroll: true });
      context.scrollTop = 0;
    };
    render(false);
    void loadGlossary().then((g) => g && showText()); // names become glossary buttons
    requestAnimationFrame(() => setTimeout(() => void this.mountWorld(mapPanel), 0));
  }

  private async mountWorld(panel: MapPanel): Promise<void> {
    this.world = await loadWorld(panel, this.opts.reducedMotion, {
      stillWanted: () => this.game !== null && panel.el.isConnected,
      onReady: (world) => {
        this.world = world;
        // Only the map draws: rebuilding the vote panel would wipe the counts being typed.
        if (this.game) world.update(this.game.state(), this.game.scene());
      },
    });
  }

  private lastVoteNote(tallies: readonly { option: string; text: string; votes: number }[], winner: string, casting: boolean): Node {
    const counts = tallies.map((t) => `${t.votes} for “${t.text}”`).join(', ');
    const played = tallies.find((t) => t.option === winner)?.text ?? winner;
    return h('p', { class: 'you-chose' },
      h('span', { class: 'label' }, casting ? 'The class tied; the teacher’s casting vote chose: ' : 'The class voted: '),
      played, ` (${counts}).`);
  }

  private rolesAt(scene: Scene): Node[] {
    if (!scene.fork) return [];
    const lesson = this.session?.lesson;
    const cards = cardsForFork(this.book, scene.fork).filter((c) => scene.choices.some((ch) => c.options.includes(ch.option)));
    if (!cards.length) return [];
    return [
      h('h2', { class: 'section-title' }, 'Who argues what'),
      h('div', { class: 'role-cards' }, ...cards.map((c) => roleCardView(c, lesson ? groupOf(lesson.groups, c.role) : null, scene.choices))),
    ];
  }

  private votePanel(scene: Scene, play: (index: number, tallies: Session['votes'][number]['tallies'], casting: boolean) => void): Node[] {
    const inputs = scene.choices.map((c) => {
      const input = h('input', {
        type: 'number', min: 0, max: 999, step: 1, value: '0', inputmode: 'numeric', id: `votes-${c.index}`,
        'data-option': c.option, class: 'vote-count',
      });
      return { choice: c, input };
    });
    const casting = h('fieldset', { class: 'casting', hidden: true }, h('legend', {}, 'Tie: the teacher’s casting vote'));
    const message = h('p', { class: 'vote-message', role: 'status' });
    const playButton = h('button', { type: 'button', class: 'choice primary', 'data-testid': 'play-winner' }, 'Play the winning option');

    const tallies = () => inputs.map(({ choice, input }) => ({
      option: choice.option, text: choice.text, votes: Math.max(0, Math.min(999, Math.round(Number(input.value) || 0))),
    }));
    const stepper = (input: HTMLInputElement, delta: number, label: string): HTMLButtonElement => {
      const b = h('button', { type: 'button', class: 'step-button', 'aria-label': label }, delta > 0 ? '+' : '−');
      b.addEventListener('click', () => {
        input.value = String(Math.max(0, Math.min(999, (Number(input.value) || 0) + delta)));
        casting.hidden = true;
        message.textContent = '';
      });
      return b;
    };
    for (const { input } of inputs) input.addEventListener('input', () => { casting.hidden = true; message.textContent = ''; });

    playButton.addEventListener('click', () => {
      const t = tallies();
      const outcome = decide(t);
      if (outcome.kind === 'no-votes') {
        message.textContent = 'Enter the number of votes for each option first.';
        return;
      }
      if (outcome.kind === 'winner') {
        play(this.indexOf(scene.choices, outcome.option), t, false);
        return;
      }
      const picked = casting.querySelector<HTMLInputElement>('input[name="casting"]:checked');
      if (!casting.hidden && picked && outcome.options.includes(picked.value)) {
        play(this.indexOf(scene.choices, picked.value), t, true);
        return;
      }
      casting.replaceChildren(
        h('legend', {}, 'Tie: the teacher’s casting vote'),
        ...outcome.options.map((option, i) => {
          const c = scene.choices.find((x) => x.option === option);
          return h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'casting', value: option, checked: i === 0 }), ` ${c?.text ?? option}`);
        }),
      );
      casting.hidden = false;
      message.textContent = `A tie at ${outcome.options.length === 2 ? 'two' : outcome.options.length} options. Cast the deciding vote, then press “Play” again.`;
      casting.querySelector<HTMLInputElement>('input')?.focus();
    });

    return [
      h('h2', { id: 'vote-title', class: 'section-title' }, 'The vote'),
      h('ol', { class: 'vote-list' }, ...inputs.map(({ choice, input }) =>
        h('li', { class: 'vote-row' },
          h('label', { for: input.id, class: 'vote-option' }, h('span', { class: 'key', 'aria-hidden': 'true' }, String(choice.index + 1)), choice.text),
          h('span', { class: 'vote-input' }, stepper(input, -1, `One vote fewer for option ${choice.index + 1}`), input, stepper(input, 1, `One vote more for option ${choice.index + 1}`)),
        ))),
      h('p', { class: 'tie-rule hint' }, TIE_RULE),
      casting,
      message,
      playButton,
    ];
  }

  private indexOf(choices: readonly ChoiceView[], option: string): number {
    return choices.find((c) => c.option === option)?.index ?? 0;
  }

  private endPanel(scene: Scene): Node[] {
    const open = h('button', { type: 'button', class: 'choice primary', 'data-testid': 'open-debrief' }, 'Open the debrief');
    open.addEventListener('click', () => this.openDebrief());
    const why = scene.ending ? 'The century has reached an ending.' : 'The lesson’s span ends here.';
    return [h('h2', { id: 'vote-title', class: 'section-title' }, 'End of the lesson'), h('p', {}, why), open];
  }

  private async endLesson(): Promise<void> {
    const sure = await confirmDialog('End the lesson now?', 'The debrief will cover the forks the class has voted on so far.', 'End and debrief');
    if (!sure || !this.session) return;
    this.session.ended = true;
    this.save();
    this.openDebrief();
  }

  private openDebrief(): void {
    this.teardownWorld();
    showDebrief(this.debriefContext());
  }

  private debriefContext() {
    return {
      root: this.opts.root,
      bundle: this.opts.bundle,
      session: this.session!,
      book: this.book,
      toTitle: () => this.exit(),
      continueLesson: this.game && this.session && !this.game.state().finished
        ? () => {
          if (this.session) this.session.ended = false;
          this.save();
          this.run();
        }
        : null,
    };
  }

  private save(): boolean {
    return this.session ? this.opts.slot.write(this.session) : false;
  }

  private teardownWorld(): void {
    this.world?.destroy();
    this.world = null;
    document.body.classList.remove('world-ready');
  }

  private teardown(): void {
    this.timer?.destroy();
    this.timer = null;
    this.teardownWorld();
  }

  private exit(message?: string): void {
    this.teardown();
    this.game = null;
    document.body.classList.remove('classroom');
    this.opts.exit(message);
  }
}
