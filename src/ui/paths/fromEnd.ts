/**
 * The end screen's ways into the paths views: compare the path just played with history, and
 * the flowchart of the forks with every kept path. Each replaces what `root` shows.
 */
import { Game, type StoryBundle } from '../../engine/Game';
import { historyPath, type PathInput } from '../../engine/compare';
import type { ForkIndex } from '../../engine/forkIndex';
import type { PathLibrary } from '../../storage/library';

export async function compareWithHistory(opts: {
  root: HTMLElement;
  bundle: StoryBundle;
  path: PathInput;
  onBack: () => void;
}): Promise<void> {
  const { showCompare } = await import('./CompareView');
  showCompare({ root: opts.root, bundle: opts.bundle, paths: [opts.path], onBack: opts.onBack });
}

/** The flowchart of every kept path on history's route (history replayed once, here). */
export async function flowchartOfPaths(opts: {
  root: HTMLElement;
  bundle: StoryBundle;
  library: PathLibrary;
  onBack: () => void;
}): Promise<void> {
  const [{ showFlowchart }, forks, listed] = await Promise.all([import('./Flowchart'), import('virtual:story-forks'), opts.library.list()]);
  const paths = listed.ok ? listed.value.entries : [];
  const game = new Game(opts.bundle);
  const { steps } = historyPath(opts.bundle, game);
  const { ending, year } = game.state();
  // Built from the story at build time with FORKS ids only (src/build/forkIndex.ts).
  showFlowchart({ root: opts.root, forks: forks.default as ForkIndex, history: { steps, ending, year }, paths, onBack: opts.onBack });
}
