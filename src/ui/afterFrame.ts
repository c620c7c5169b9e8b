/**
 * Work the player does not see first (the options' stakes, the path library's copy of the
 * autosave) runs once the next frame is on screen, so a choice's click does only what that
 * frame shows. In a hidden tab no frame comes: a timer runs it instead.
 */
export function afterNextFrame(f: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    f();
  };
  if (document.visibilityState === 'hidden') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  // A tab hidden before its frame: rAF waits for it to show again; the work does not.
  setTimeout(run, 250);
}

/**
 * Work that only saves time later (building the page each option leads to): when the browser
 * is idle, or soon where it cannot say.
 */
export function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout: 1000 });
  else setTimeout(f, 50);
}
