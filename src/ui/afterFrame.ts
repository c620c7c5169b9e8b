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
