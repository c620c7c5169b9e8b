/**
 * npm run play                         play in the terminal
 * npm run play -- --history --json     history's choice at every fork
 * npm run play -- --choices 1,3,2 --json   a list of choices (1-based, as the keys in the game)
 * npm run play -- --short              the short reading (the classroom's default)
 */
import { createInterface } from 'node:readline/promises';
import { Game } from '../engine/Game';
import { METERS, METER_LABELS, type Scene } from '../engine/types';
import { parseArgs } from './args';
import { cardText, shownIn } from '../engine/reading';
import { loadBundle, playHistory, report } from './headless';

function fail(message: string, json: boolean): never {
  if (json) console.log(JSON.stringify({ error: message }, null, 2));
  else console.error(message);
  process.exit(1);
}

const mode = process.argv.includes('--short') ? 'short' : 'full';

function printScene(scene: Scene, game: Game): void {
  for (const b of scene.blocks.filter((b) => shownIn(b, mode))) {
    if (b.kind === 'chapter') console.log(`\n=== ${b.title.toUpperCase()} ===`);
    else if (b.kind === 'fork') console.log(b.date ? `\n— ${b.date} —` : '');
    else if (b.kind === 'text') console.log(`${b.speculative ? '[speculation] ' : ''}${b.text}`);
    else if (b.kind === 'history') console.log(`\n  [History: ${b.card.title}]\n  ${cardText(b.card, mode).join('\n  ')}\n`);
    else if (b.kind === 'ending') console.log(`\n*** ENDING: ${b.title} ***`);
    else console.log(`\n*** TO BE CONTINUED: ${b.title} ***`);
  }
  for (const e of scene.effects) if (e.delta) console.log(`  (${e.meter} ${e.delta > 0 ? '+' : ''}${e.delta}: ${e.reason})`);
  const s = game.state();
  console.log(`\n  ${METERS.map((m) => `${METER_LABELS[m].name} ${s.meters[m]}`).join(' | ')} | Lives lost ${s.livesLost} | Territory ${Math.round(s.territory * 100)}%`);
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
  const { flags } = parseArgs(process.argv.slice(2));
  const json = flags.has('json');
  let game: Game;
  try {
    game = new Game(loadBundle());
  } catch (e) {
    fail((e as Error).message, json);
  }
  if (flags.has('history')) {
    playHistory(game);
  } else if (flags.has('choices')) {
    const raw = flags.get('choices');
    const list = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
    for (const [i, item] of list.entries()) {
      const n = Number(item);
      const scene = game.scene();
      if (!scene.choices.length) fail(`choice ${i + 1} (${item}) is left over: the story already ended`, json);
      if (!Number.isInteger(n) || !scene.choices[n - 1]) {
        fail(`choice ${i + 1} is "${item}", but ${scene.fork ?? 'this point'} has options 1–${scene.choices.length}`, json);
      }
      game.choose(n - 1);
    }
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
