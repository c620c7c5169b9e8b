/**
 * The teacher's page for a live class (teach.html), shown on the projector: the join code and
 * QR, how many of each group have voted, the controls (open, timer, close, advance, remove,
 * lock, end) and the tally. The control token stays in this browser, so a reload returns.
 */
import { h } from '../ui/dom';
import { connect, storage } from './connection';
import type { ActMsg, RoomView, TeacherView } from './protocol';
import { PHASE, button, controls } from './teacherControls';
import { joinPanel } from './teacherJoin';
import { setupForm } from './teacherSetup';
import { changes, context, roleCard, tally, timerText } from './views';
import './live.css';

const KEY = 'october-paths/live/teacher';
const store = storage();
const UNREACHABLE = 'No live classroom server here: the teacher starts one with “npm run classroom”. Trying again…';
const root = document.getElementById('app')!;
const status = h('p', { class: 'live-status', role: 'status' }, 'Connecting…');
const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
const main = h('main', { class: 'live-main teacher', id: 'main' });
root.replaceChildren(
  h('header', { class: 'live-top' }, h('p', { class: 'live-brand' }, 'October Paths · live class (teacher)'), status),
  announce,
  main,
);
root.removeAttribute('aria-busy');

let saved = readSaved();
let view: RoomView | null = null;
let people: TeacherView['people'] = [];
let shownKey = '';
let tick: ReturnType<typeof setInterval> | null = null;
let panel: { code: string; el: Promise<HTMLElement> } | null = null;

function readSaved(): { code: string; token: string } | null {
  try {
    const v = JSON.parse(store?.getItem(KEY) ?? 'null') as unknown;
    return v && typeof v === 'object' && 'code' in v && 'token' in v ? { code: String(v.code), token: String(v.token) } : null;
  } catch {
    return null;
  }
}

const conn = connect(
  (s) => {
    status.textContent = s === 'online' ? 'Connected' : s === 'offline' ? 'Reconnecting… the class is kept on the server' : UNREACHABLE;
    status.classList.toggle('offline', s !== 'online');
  },
  () => void onConnect(),
);
conn.socket.on('view', (v) => show(v));
conn.socket.on('counts', (c) => {
  if (view && c.code === view.code && c.step === view.scene.step) {
    view = { ...view, groups: c.groups };
    renderCounts(view);
  }
});
conn.socket.on('teacher', (t) => {
  people = t.people;
  renderPeople();
});
conn.socket.on('problem', (m) => {
  announce.textContent = m;
});

async function onConnect(): Promise<void> {
  if (!saved) {
    if (!view && !main.firstChild) setup();
    return;
  }
  const r = await conn.ask('teacher', saved);
  if (r.ok) {
    people = r.teacher.people;
    shownKey = '';
    show(r.view);
  } else {
    store?.removeItem(KEY);
    saved = null;
    setup(`The last live class could not be resumed: ${r.error}`);
  }
}

function setup(message = ''): void {
  main.replaceChildren(
    setupForm(message, async (msg) => {
      const r = await conn.ask('create', msg);
      if (!r.ok) return r.error;
      saved = { code: r.code, token: r.token };
      store?.setItem(KEY, JSON.stringify(saved));
      people = r.teacher.people;
      shownKey = '';
      show(r.view);
      return null;
    }),
  );
}

async function act(action: ActMsg): Promise<void> {
  const r = await conn.ask('act', action);
  if (!r.ok) announce.textContent = r.error;
  const err = main.querySelector('.live-control-error');
  if (err) err.textContent = r.ok ? '' : r.error;
}

function renderPeople(): void {
  const list = main.querySelector('.live-people');
  if (!list) return;
  list.replaceChildren(
    ...people.map((p) => {
      const remove = button('Remove', () => void act({ kind: 'remove', person: p.id }));
      remove.setAttribute('aria-label', `Remove ${p.name}`);
      return h(
        'li',
        {},
        h('span', { class: p.voted ? 'voted' : 'waiting' }, p.voted ? '✓ voted' : '… not yet'),
        ` ${p.name} (${p.group}) `,
        remove,
      );
    }),
  );
}

function renderCounts(v: RoomView): void {
  const box = main.querySelector('.live-groups');
  if (box) {
    box.replaceChildren(
      ...v.groups.map((g) => {
        const bar = h('span', { class: 'live-bar', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(g.joined ? g.voted / g.joined : 0));
        return h('li', {}, h('span', { class: 'live-bar-label' }, `${g.name}: ${g.voted} of ${g.joined} voted`), bar);
      }),
    );
  }
  const timer = main.querySelector('.live-timer');
  if (timer) timer.textContent = v.phase === 'open' ? timerText(v.timerEndsAt) : '';
}

function show(v: RoomView): void {
  view = v;
  const key = `${v.scene.step}|${v.phase}|${v.result?.kind ?? ''}|${v.locked}`;
  if (key === shownKey) return renderCounts(v);
  shownKey = key;
  const scene = v.scene;
  const textOf = (o: string) => scene.choices.find((c) => c.option === o)?.text ?? o;
  const end = button('End the class and delete it', () => {
    if (!confirm('End this live class? Its record on the server is deleted.')) return;
    void act({ kind: 'delete' }).then(() => {
      store?.removeItem(KEY);
      saved = null;
      view = null;
      setup('The live class was ended and deleted.');
    });
  });
  const stage = h(
    'section',
    { class: 'live-stage', 'aria-labelledby': 'fork-title' },
    ...[
      h('h1', { id: 'fork-title' }, scene.forkName, scene.date ? h('span', { class: 'live-date' }, ` · ${scene.date}`) : null),
      h('p', { class: `live-phase phase-${v.phase}` }, PHASE[v.phase]),
      h('p', { class: 'live-timer' }),
      controls(v, (a) => void act(a)),
      v.result && v.phase === 'closed' ? tally(v.result, textOf) : null,
      changes(scene),
      v.phase !== 'ended' ? h('ol', { class: 'live-options' }, ...scene.choices.map((c) => h('li', {}, c.text))) : null,
      scene.cards.length
        ? h('details', { class: 'live-roles' }, h('summary', {}, 'Role cards at this fork'), ...scene.cards.map((c) => roleCard(c)))
        : null,
      scene.context.length ? context(scene, false) : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
  const side = h(
    'section',
    { class: 'live-side', 'aria-label': 'Who has voted' },
    h('h2', {}, 'Voted, by group'),
    h('ul', { class: 'live-groups' }),
    h('h2', {}, 'In the room'),
    h('ul', { class: 'live-people' }),
    end,
  );
  const join = h('div', { class: 'live-join-slot' });
  main.replaceChildren(join, stage, side);
  if (panel?.code !== v.code) panel = { code: v.code, el: joinPanel(v.code, (locked) => void act({ kind: 'lock', locked })) };
  void panel.el.then((el) => {
    join.replaceChildren(el);
    const lock = el.querySelector<HTMLInputElement>('#lock');
    if (lock) lock.checked = view?.locked ?? false;
  });
  renderCounts(v);
  renderPeople();
  announce.textContent = `${scene.forkName}. ${PHASE[v.phase]}`;
  if (tick) clearInterval(tick);
  tick = v.timerEndsAt ? setInterval(() => view && renderCounts(view), 1000) : null;
}
