/**
 * The live rooms: the teacher's actions, joining and voting, on top of the store. The rules
 * are the engine's (src/engine/classroom.ts, live.ts); this file only checks who may do
 * what and keeps the records.
 */
import { Game, type StoryBundle } from '../src/engine/Game';
import { dealRoles, defaultLesson, newSession, span, type Lesson } from '../src/engine/classroom';
import { rolesSides } from '../src/engine/lesson';
import { ballotProblem, chosenOption, closeVote, liveScene, playClassVote, rolesInSpan, votedPerGroup } from '../src/engine/live';
import type { RoleBook } from '../src/engine/roles';
import { restore } from '../src/engine/save';
import type { ActMsg, CountsView, CreateMsg, LiveResult, Me, RoomView, TeacherView } from '../src/live/protocol';
import { DAY_MS, type Person, type RoomDoc, type Store } from './store';
import { hashToken, newCode, newPublicId, newToken, sameHash } from './tokens';

/** Devices one class takes (a lecture hall, not a flood). */
export const MAX_PEOPLE = 250;

/** A refusal to show the person who asked (never a crash, never broadcast). */
export class LiveError extends Error {}

export interface RoomsOptions {
  store: Store;
  bundle: StoryBundle;
  book: RoleBook;
  ttlMs?: number;
  now?: () => number;
}

export class Rooms {
  private readonly games = new Map<string, Game>();
  private readonly now: () => number;

  constructor(private readonly opts: RoomsOptions) {
    this.now = opts.now ?? Date.now;
  }

  get store(): Store {
    return this.opts.store;
  }

  async create(msg: CreateMsg): Promise<{ code: string; token: string; doc: RoomDoc }> {
    const base = defaultLesson(msg.groups);
    const lesson: Lesson = { ...base, span: msg.span, timerSeconds: msg.timerSeconds, historyCards: msg.historyCards };
    lesson.groups = dealRoles(lesson.groups, rolesInSpan(this.opts.book, lesson.span), rolesSides(this.opts.book, lesson.span));
    const session = newSession(this.opts.bundle.version, lesson, new Date(this.now()));
    const game = new Game(this.opts.bundle);
    const token = newToken();
    for (let tries = 0; tries < 20; tries++) {
      const doc: RoomDoc = {
        code: newCode(),
        teacherHash: hashToken(token),
        createdAt: this.now(),
        expiresAt: this.now() + (this.opts.ttlMs ?? DAY_MS),
        locked: false,
        phase: 'reading',
        session,
        scene: liveScene(game, session, this.opts.book),
        timerEndsAt: null,
        result: null,
      };
      if (doc.scene.over) doc.phase = 'ended';
      if (await this.store.createRoom(doc)) {
        this.games.set(doc.code, game);
        return { code: doc.code, token, doc };
      }
    }
    throw new LiveError('No free join code: try again.');
  }

  async room(code: string): Promise<RoomDoc> {
    const doc = await this.store.room(code);
    if (!doc) throw new LiveError('No class has that code. Check the code on the board.');
    return doc;
  }

  async teacher(code: string, token: string): Promise<RoomDoc> {
    const doc = await this.store.room(code);
    if (!doc || !sameHash(doc.teacherHash, hashToken(token))) throw new LiveError('This is not the teacher’s link for a live class.');
    return doc;
  }

  async view(doc: RoomDoc): Promise<RoomView> {
    const [people, ballots] = await Promise.all([this.store.people(doc.code), this.store.ballots(doc.code, doc.scene.step)]);
    return {
      code: doc.code,
      phase: doc.phase,
      locked: doc.locked,
      scene: doc.scene,
      timerEndsAt: doc.timerEndsAt,
      result: doc.result,
      groups: votedPerGroup(doc.session.lesson, people, ballots),
      spanTitle: span(doc.session.lesson.span).title,
    };
  }

  async counts(code: string): Promise<CountsView | null> {
    const doc = await this.store.room(code);
    if (!doc) return null;
    const [people, ballots] = await Promise.all([this.store.people(code), this.store.ballots(code, doc.scene.step)]);
    return { code, step: doc.scene.step, groups: votedPerGroup(doc.session.lesson, people, ballots) };
  }

  async teacherView(doc: RoomDoc): Promise<TeacherView> {
    const [people, ballots] = await Promise.all([this.store.people(doc.code), this.store.ballots(doc.code, doc.scene.step)]);
    return {
      people: [...people]
        .filter(([, p]) => !p.removed)
        .map(([device, p]) => ({ id: p.id, name: p.name, group: p.group, voted: ballots.has(device) }))
        .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name)),
    };
  }

  /** A teacher's action on the room; returns the new document (null when deleted). */
  async act(doc: RoomDoc, action: ActMsg): Promise<{ doc: RoomDoc | null; removed?: string }> {
    switch (action.kind) {
      case 'open':
        if (doc.phase === 'ended') throw new LiveError('The lesson is over.');
        if (doc.phase === 'open') throw new LiveError('The vote is already open.');
        doc.phase = 'open';
        doc.result = null;
        doc.timerEndsAt = this.now() + doc.session.lesson.timerSeconds * 1000;
        break;
      case 'timer':
        doc.timerEndsAt = action.seconds > 0 ? this.now() + action.seconds * 1000 : null;
        break;
      case 'close': {
        if (doc.phase !== 'open') throw new LiveError('The vote is not open.');
        doc.phase = 'closed';
        doc.timerEndsAt = null;
        // Closed first, then counted: a ballot is either refused as late or in the count.
        await this.store.putRoom(doc);
        const ballots = await this.store.ballots(doc.code, doc.scene.step);
        const people = await this.store.people(doc.code);
        const counted = [...ballots].filter(([device]) => !people.get(device)?.removed).map(([, option]) => option);
        const r = closeVote(doc.scene, counted);
        doc.result = {
          tallies: r.tallies,
          kind: r.kind,
          options: r.kind === 'winner' ? [r.option] : r.kind === 'tie' ? r.options : [],
        } satisfies LiveResult;
        break;
      }
      case 'advance':
        await this.advance(doc, action.casting ?? null);
        break;
      case 'remove': {
        const people = await this.store.people(doc.code);
        const found = [...people].find(([, p]) => p.id === action.person);
        if (!found) throw new LiveError('No one with that id is in the room.');
        await this.store.putPerson(doc.code, found[0], { ...found[1], removed: true });
        return { doc, removed: found[0] };
      }
      case 'lock':
        doc.locked = action.locked;
        break;
      case 'delete':
        await this.store.deleteRoom(doc.code);
        this.games.delete(doc.code);
        return { doc: null };
    }
    await this.store.putRoom(doc);
    return { doc };
  }

  private async advance(doc: RoomDoc, casting: string | null): Promise<void> {
    if (doc.phase !== 'closed' || !doc.result) throw new LiveError('Close the vote first.');
    const r = doc.result;
    const result =
      r.kind === 'winner'
        ? { kind: 'winner' as const, option: r.options[0]!, tallies: r.tallies }
        : r.kind === 'tie'
          ? { kind: 'tie' as const, options: r.options, tallies: r.tallies }
          : { kind: 'no-votes' as const, tallies: r.tallies };
    const chosen = chosenOption(result, casting);
    if (!chosen) {
      throw new LiveError(r.kind === 'tie' ? 'A tie: choose the deciding option first.' : 'No one has voted: open the vote again.');
    }
    const game = this.gameAt(doc);
    if (!playClassVote(doc.session, game, r.tallies, chosen.option, chosen.casting, new Date(this.now()))) {
      throw new LiveError('That option is not at this fork.');
    }
    doc.scene = liveScene(game, doc.session, this.opts.book);
    doc.phase = doc.session.ended || doc.scene.over ? 'ended' : 'reading';
    doc.result = null;
    doc.timerEndsAt = null;
  }

  /** The class's game at the room's step: cached, or replayed from the session's steps (another server, a restart). */
  private gameAt(doc: RoomDoc): Game {
    const cached = this.games.get(doc.code);
    if (cached && cached.path().steps.length === doc.session.steps.length) return cached;
    const r = restore(this.opts.bundle, doc.session);
    if (!r.ok) throw new LiveError(r.problem.message);
    this.games.set(doc.code, r.game);
    return r.game;
  }

  async lookup(code: string): Promise<{ groups: string[]; locked: boolean }> {
    const doc = await this.room(code);
    return { groups: doc.session.lesson.groups.map((g) => g.name), locked: doc.locked };
  }

  async join(code: string, name: string, group: string): Promise<{ token: string; me: Me; doc: RoomDoc }> {
    const doc = await this.room(code);
    if (doc.locked) throw new LiveError('The teacher has locked this class: ask them to unlock it.');
    if (!doc.session.lesson.groups.some((g) => g.name === group)) throw new LiveError('There is no such group in this class.');
    if ((await this.store.people(code)).size >= MAX_PEOPLE) throw new LiveError(`This class is full (${MAX_PEOPLE} devices).`);
    const token = newToken();
    const person: Person = { id: newPublicId(), name, group, removed: false };
    await this.store.putPerson(code, hashToken(token), person);
    return { token, me: { id: person.id, name, group, vote: null }, doc };
  }

  async student(code: string, token: string): Promise<{ device: string; person: Person; doc: RoomDoc }> {
    const doc = await this.room(code);
    const device = hashToken(token);
    const person = await this.store.person(code, device);
    if (!person) throw new LiveError('This device is not in that class: join again with the code.');
    if (person.removed) throw new LiveError('The teacher has removed you from this class.');
    return { device, person, doc };
  }

  async me(code: string, device: string, person: Person, doc: RoomDoc): Promise<Me> {
    const ballots = await this.store.ballots(code, doc.scene.step);
    return { id: person.id, name: person.name, group: person.group, vote: ballots.get(device) ?? null };
  }

  async vote(code: string, token: string, step: number, option: string): Promise<{ me: Me; doc: RoomDoc }> {
    const { device, person, doc } = await this.student(code, token);
    const problem = ballotProblem(doc.phase, doc.scene, step, option);
    if (problem) throw new LiveError(problem);
    await this.store.setBallot(code, step, device, option);
    // Closing writes the phase before counting: a vote still open here is in the count.
    const after = await this.store.room(code);
    if (!after || after.phase !== 'open' || after.scene.step !== step) throw new LiveError('The vote closed before your vote arrived.');
    return { me: { id: person.id, name: person.name, group: person.group, vote: option }, doc };
  }
}
