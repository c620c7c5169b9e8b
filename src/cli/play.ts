/**
 * npm run play                         play in the terminal
 * npm run play -- --history --json     history's choice at every fork
 * npm run play -- --choices 1,3,2 --json   a list of choices (1-based, as the keys in the game)
 * npm run play -- --short              the short reading (the classroom's default)
 * npm run play -- --batch FILE --json  one choice list per line of FILE ("1,3,2"; "history"
 *                                      for history's path), one JSON result per line, one process
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Game } from '../engine/Game';
import { METERS, METER_LABELS, type Scene } from '../engine/types';
import { choiceList, parseArgs, UsageError } from './args';
import { cardText, shownIn } from '../engine/reading';
import { loadBundle, playHistory, report } from './headless';

function fail(message: string, json: boolean, code = 1): never {
  if (json) console.log(JSON.stringify({ error: message }, null, 2));
  console.error(message);
  process.exit(code);
}

const mode = process.argv.includes('--short') ? 'short' : 'full';

function printScene(scene: Scene, game: Game): void {
  for (const b of scene.blocks.filter((b) => shownIn(b, mode))) {
    if (b.kind === 'chapter') console.log(`\n=== ${b.title.toUpperCase()} ===`);
    else if (b.kind === 'fork') console.log(b.date ? `\n— ${b.date} —` : '');
    else if (b.kind === 'text') console.log(`${b.speculative ? '[speculation] ' : ''}${b.text}`);
    else if (b.kind === 'history') console.log(`\n  [History: ${b.card.title}]\n  ${cardText(b.card, mode).join('\n  ')}\n`);
    else if (b.kind === 'watch') console.log(`[Ending watch] ${b.text}`);
    else if (b.kind === 'ending') console.log(`\n*** ENDING: ${b.title} ***`);
    else console.log(`\n*** TO BE CONTINUED: ${b.title} ***`);
  }
  for (const e of scene.effects) if (e.delta) console.log(`  (${e.meter} ${e.delta > 0 ? '+' : ''}${e.delta}: ${e.reason})`);
  const s = game.state();
  console.log(
    `\n  ${METERS.map((m) => `${METER_LABELS[m].name} ${s.meters[m]}`).join(' | ')} | Lives lost ${s.livesLost} | Territory ${Math.round(s.territory * 100)}%`,
  );
}

/** Play a list of choices (0-based) from the start; a message when one does not fit the story. */
function playList(game: Game, list: readonly number[]): string | null {
  game.reset();
  for (const [i, index] of list.entries()) {
    const scene = game.scene();
    if (!scene.choices.length) return `choice ${i + 1} (${index + 1}) is left over: the story already ended`;
    if (!scene.choices[index])
      return `choice ${i + 1} is ${index + 1}, but ${scene.fork ?? 'this point'} has options 1–${scene.choices.length}`;
    game.choose(index);
  }
  return null;
}

/** --batch: every line of the file in one process; a bad line is reported on its own line, the rest still play. */
function playBatch(game: Game, file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.log(JSON.stringify({ error: `cannot read ${file}: ${(e as Error).message}` }));
    return 2;
  }
  let failed = 0;
  for (const [n, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    let problem: string | null;
    try {
      if (line === 'history') {
        game.reset();
        playHistory(game);
        problem = null;
      } else problem = playList(game, choiceList(line, `line ${n + 1}`));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      problem = e.message;
    }
    const errors = game.storyErrors();
    if (!problem && errors.length) problem = `ink errors: ${errors.join('; ')}`;
    if (problem) failed += 1;
    console.log(JSON.stringify(problem ? { line: n + 1, choices: line, error: problem } : { line: n + 1, choices: line, ...report(game) }));
  }
  return failed ? 1 : 0;
}

async function interactive(game: Game): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let scene = game.scene();
  printScene(scene, game);
  while (scene.choices.length) {
    scene.choices.forEach((c) => console.log(`  ${c.index + 1}. ${c.text}${c.advocates.length ? `  (${c.advocates.join(', ')})` : ''}`));
    const answer = (await rl.question('> ')).trim();
    if (answer === 'q' || answer === 'quit') break;
    const n = Number(answer);
    if (!Number.isInteger(n) || !scene.choices[n - 1]) {
      console.log(`Type a number from 1 to ${scene.choices.length} (or q to quit).`);
      continue;
    }
    scene = game.choose(n - 1);
    printScene(scene, game);
  }
  rl.close();
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  let flags: Map<string, string | true>;
  let list: number[] | null = null;
  try {
    const parsed = parseArgs(argv, { json: 'switch', history: 'switch', choices: 'value', short: 'switch', batch: 'value' });
    if (parsed.rest.length) throw new UsageError(`unexpected "${parsed.rest[0]}" (choices go after --choices, e.g. --choices 1,3,2)`);
    flags = parsed.flags;
    if ([flags.has('history'), flags.has('choices'), flags.has('batch')].filter(Boolean).length > 1)
      throw new UsageError('give one of --history, --choices or --batch');
    if (flags.has('batch') && !json) throw new UsageError('--batch prints JSON: add --json');
    if (flags.has('choices')) list = choiceList(flags.get('choices'));
  } catch (e) {
    if (e instanceof UsageError) fail(e.message, json, 2);
    throw e;
  }
  let game: Game;
  try {
    game = new Game(loadBundle());
  } catch (e) {
    fail((e as Error).message, json);
  }
  const batch = flags.get('batch');
  if (typeof batch === 'string') {
    process.exitCode = playBatch(game, batch);
    return;
  }
  if (flags.has('history')) {
    playHistory(game);
  } else if (list) {
    const problem = playList(game, list);
    if (problem) fail(problem, json, 2);
  } else if (!json) {
    await interactive(game);
    return;
  }
  const errors = game.storyErrors();
  if (errors.length) fail(`ink errors: ${errors.join('; ')}`, json);
  const r = report(game);
  if (json) console.log(JSON.stringify(r, null, 2));
  else {
    printScene(game.scene(), game);
    console.log(`\nPath code: ${r.path}`);
  }
}

void main();
