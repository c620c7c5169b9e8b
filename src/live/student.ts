/**
 * The student's page (live.html): join with the code, pick a group and a display name, then
 * read the fork, your role card and the options, vote (and change it) until the teacher
 * closes the vote, and see the result. The device keeps only its random token, to rejoin.
 */
import { cardsForGroup } from '../engine/live';
import { h } from '../ui/dom';
import { connect, storage } from './connection';
import { CODE_LENGTH, NAME_MAX, type Me, type RoomView } from './protocol';
import { optionList, voteForm } from './studentVote';
import { changes, context, roleCard, tally, timerText } from './views';
import './live.css';

const KEY = (code: string) => `october-paths/live/${code}`;
const LAST = 'october-paths/live/last';
const store = storage();
const UNREACHABLE = 'No live classroom server here: the teacher starts one with “npm run classroom”. Trying again…';
const root = document.getElementById('app')!;
const status = h('p', { class: 'live-status', role: 'status' }, 'Connecting…');
const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
const main = h('main', { class: 'live-main', id: 'main' });
root.replaceChildren(
  h('header', { class: 'live-top' }, h('p', { class: 'live-brand' }, 'October Paths · live class'), status),
  announce,
  main,
);
root.removeAttribute('aria-busy');

const params = new URLSearchParams(location.search);
let code = (params.get('code') ?? store?.getItem(LAST) ?? '')
  .toUpperCase()
  .replace(/[^A-Z0-9]/g, '')
  .slice(0, CODE_LENGTH);
let token = code ? (store?.getItem(KEY(code)) ?? null) : null;
let me: Me | null = null;
let view: RoomView | null = null;
let shownKey = '';
let tick: ReturnType<typeof setInterval> | null = null;

const conn = connect(
  (s) => {
    status.textContent = s === 'online' ? 'Connected' : s === 'offline' ? 'Reconnecting… your vote is kept' : UNREACHABLE;
    status.classList.toggle('offline', s !== 'online');
  },
  () => void onConnect(),
);

conn.socket.on('view', (v) => {
  if (me && v.code === code) show(v);
});
conn.socket.on('counts', (c) => {
  if (view && c.code === view.code && c.step === view.scene.step) {
    view = { ...view, groups: c.groups };
    updateCounts(view);
  }
});
conn.socket.on('removed', (message) => forget(message));
conn.socket.on('problem', (message) => {
  announce.textContent = message;
});

async function onConnect(): Promise<void> {
  if (token && code) {
    const r = await conn.ask('rejoin', { code, token });
    if (r.ok) {
      me = r.me;
      shownKey = '';
      show(r.view);
    } else forget(r.error);
  } else if (!me && !main.firstChild) joinForm(code);
}

function forget(message: string): void {
  if (code) store?.removeItem(KEY(code));
  store?.removeItem(LAST);
  token = null;
  me = null;
  view = null;
  joinForm('', message);
}

function joinForm(prefill: string, message = ''): void {
  const error = h('p', { class: 'live-error', role: 'alert' }, message);
  const input = h('input', {
    id: 'code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: CODE_LENGTH,
    value: prefill,
    'aria-describedby': 'code-help',
    required: true,
  });
  const form = h(
    'form',
    { class: 'live-form', 'aria-labelledby': 'join-title' },
    h('h1', { id: 'join-title' }, 'Join the class'),
    h('label', { for: 'code' }, 'Join code'),
    input,
    h('p', { id: 'code-help', class: 'live-help' }, 'Six letters and digits, shown on the board.'),
    h('button', { type: 'submit', class: 'live-button primary' }, 'Find the class'),
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void findClass(input.value, error);
  });
  main.replaceChildren(form);
  if (prefill.length === CODE_LENGTH && !message) void findClass(prefill, error);
  else input.focus();
}

async function findClass(raw: string, error: HTMLElement): Promise<void> {
  const wanted = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const r = await conn.ask('lookup', { code: wanted });
  if (!r.ok) {
    error.textContent = r.error;
    return;
  }
  code = wanted;
  if (r.locked) {
    error.textContent = 'The teacher has locked this class: ask them to unlock it.';
    return;
  }
  nameForm(r.groups);
}

function nameForm(groups: string[]): void {
  const error = h('p', { class: 'live-error', role: 'alert' });
  const name = h('input', {
    id: 'name',
    name: 'name',
    autocomplete: 'off',
    maxlength: NAME_MAX,
    required: true,
    'aria-describedby': 'name-help',
  });
  const form = h(
    'form',
    { class: 'live-form', 'aria-labelledby': 'join-title' },
    h('h1', { id: 'join-title' }, `Join class ${code}`),
    h('label', { for: 'name' }, 'Your display name'),
    name,
    h('p', { id: 'name-help', class: 'live-help' }, `Up to ${NAME_MAX} characters. A first name or a nickname: nothing else is asked.`),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your group'),
      ...groups.map((g, i) =>
        h('label', { class: 'live-radio' }, h('input', { type: 'radio', name: 'group', value: g, checked: i === 0 }), ` ${g}`),
      ),
    ),
    h('button', { type: 'submit', class: 'live-button primary' }, 'Join'),
    error,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const group = form.querySelector<HTMLInputElement>('input[name="group"]:checked')?.value ?? '';
    void conn.ask('join', { code, name: name.value, group }).then((r) => {
      if (!r.ok) {
        error.textContent = r.error;
        return;
      }
      token = r.token;
      me = r.me;
      store?.setItem(KEY(code), r.token);
      store?.setItem(LAST, code);
      history.replaceState(null, '', `?code=${code}`);
      shownKey = '';
      show(r.view);
    });
  });
  main.replaceChildren(form);
  name.focus();
}

const PHASE_TEXT: Record<RoomView['phase'], string> = {
  reading: 'Read your role card and the options. The vote opens soon.',
  open: 'The vote is open: choose an option. You can change your vote until the teacher closes it.',
  closed: 'The vote is closed.',
  ended: 'The lesson is over. Thank you!',
};

function show(v: RoomView): void {
  view = v;
  const key = `${v.scene.step}|${v.phase}|${v.result?.kind ?? ''}`;
  if (key === shownKey) return updateCounts(v);
  const fresh = shownKey === '' || !shownKey.startsWith(`${v.scene.step}|`);
  shownKey = key;
  const scene = v.scene;
  const textOf = (option: string) => scene.choices.find((c) => c.option === option)?.text ?? option;
  const myCards = me ? cardsForGroup(scene, me.group) : [];
  const own = myCards.some((c) => c.group === me?.group);
  const rolesTitle = own ? (myCards.length > 1 ? 'Your roles' : 'Your role') : 'Who argues what (your group holds no role here)';
  main.replaceChildren(
    ...[
      h('p', { class: 'live-who' }, `Class ${v.code} · ${me?.name ?? ''}, ${me?.group ?? ''}`),
      h(
        'h1',
        { class: 'live-fork', tabindex: -1 },
        scene.forkName,
        scene.date ? h('span', { class: 'live-date' }, ` · ${scene.date}`) : null,
      ),
      h('p', { class: `live-phase phase-${v.phase}` }, PHASE_TEXT[v.phase]),
      h('p', { class: 'live-timer', 'aria-live': 'off' }),
      v.result && v.phase === 'closed' ? tally(v.result, textOf) : null,
      changes(scene),
      v.phase === 'open' ? voteForm(scene, me?.vote ?? null, castVote(scene.step)) : v.phase !== 'ended' ? optionList(scene) : null,
      myCards.length
        ? h('section', { 'aria-labelledby': 'role-title' }, h('h2', { id: 'role-title' }, rolesTitle), ...myCards.map((c) => roleCard(c)))
        : null,
      scene.context.length ? context(scene, v.phase === 'reading') : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
  announce.textContent = `${scene.forkName}. ${PHASE_TEXT[v.phase]}${v.result?.kind === 'winner' ? ` The class chose: ${textOf(v.result.options[0]!)}.` : ''}`;
  if (fresh) main.querySelector<HTMLElement>('.live-fork')?.focus({ preventScroll: false });
  updateCounts(v);
  if (tick) clearInterval(tick);
  tick = v.timerEndsAt ? setInterval(() => updateCounts(view ?? v), 1000) : null;
}

function updateCounts(v: RoomView): void {
  const timer = main.querySelector('.live-timer');
  if (timer) timer.textContent = v.phase === 'open' ? timerText(v.timerEndsAt) : '';
  const counted = main.querySelector('.live-voted');
  if (counted) {
    const voted = v.groups.reduce((n, g) => n + g.voted, 0);
    const joined = v.groups.reduce((n, g) => n + g.joined, 0);
    counted.textContent = `${voted} of ${joined} have voted.`;
  }
}

/** Send a vote at this step; the server's answer updates who this device is (its vote). */
function castVote(step: number) {
  return async (option: string) => {
    const r = await conn.ask('vote', { step, option });
    if (!r.ok) return r;
    me = r.me;
    return { ok: true as const, vote: r.me.vote };
  };
}
