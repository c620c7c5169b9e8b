/**
 * The discussion timer: set, start, pause, extend, reset. It ticks only while running
 * (no idle CPU) and announces "time is up" once, politely.
 */
import { h } from '../dom';

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class DiscussionTimer {
  readonly el: HTMLElement;
  private readonly clock: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly status: HTMLElement;
  private remainingMs: number;
  private endsAt: number | null = null;
  private tick: number | null = null;

  constructor(private defaultSeconds: number) {
    this.remainingMs = defaultSeconds * 1000;
    this.clock = h('span', { class: 'timer-clock poster', 'data-testid': 'timer-clock' }, formatClock(defaultSeconds));
    this.toggle = this.button('Start', 'Start or pause the discussion timer', () => (this.endsAt ? this.pause() : this.start()));
    this.status = h('span', { class: 'visually-hidden', role: 'status' });
    this.el = h(
      'div',
      { class: 'timer', role: 'group', 'aria-label': 'Discussion timer' },
      h('span', { class: 'timer-label' }, 'Discussion'),
      this.clock,
      this.toggle,
      this.button('+1 min', 'Add a minute', () => this.extend(60)),
      this.button('Reset', 'Reset the timer', () => this.reset()),
      this.status,
    );
  }

  private button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'timer-button', title }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  private remaining(): number {
    return this.endsAt === null ? this.remainingMs : Math.max(0, this.endsAt - Date.now());
  }

  start(): void {
    if (this.endsAt !== null || this.remainingMs <= 0) return;
    this.endsAt = Date.now() + this.remainingMs;
    this.toggle.textContent = 'Pause';
    this.el.classList.remove('timer-up');
    this.tick = window.setInterval(() => this.paint(), 250);
    this.paint();
  }

  pause(): void {
    if (this.endsAt === null) return;
    this.remainingMs = this.remaining();
    this.endsAt = null;
    this.stopTicking();
    this.toggle.textContent = 'Start';
    this.paint();
  }

  extend(seconds: number): void {
    if (this.endsAt !== null) this.endsAt += seconds * 1000;
    else this.remainingMs += seconds * 1000;
    this.el.classList.remove('timer-up');
    this.paint();
  }

  /** Back to the lesson's default (or a new default), stopped. */
  reset(seconds: number = this.defaultSeconds): void {
    this.defaultSeconds = seconds;
    this.endsAt = null;
    this.stopTicking();
    this.remainingMs = seconds * 1000;
    this.toggle.textContent = 'Start';
    this.el.classList.remove('timer-up');
    this.status.textContent = '';
    this.paint();
  }

  destroy(): void {
    this.stopTicking();
  }

  private stopTicking(): void {
    if (this.tick !== null) window.clearInterval(this.tick);
    this.tick = null;
  }

  private paint(): void {
    const left = this.remaining();
    this.clock.textContent = formatClock(left / 1000);
    if (this.endsAt !== null && left <= 0) {
      this.remainingMs = 0;
      this.endsAt = null;
      this.stopTicking();
      this.toggle.textContent = 'Start';
      this.el.classList.add('timer-up');
      this.clock.textContent = "Time's up";
      this.status.textContent = 'Discussion time is up. Take the vote.';
    }
  }
}
