/**
 * Share codes and path comparison from the terminal (for tests and teachers); the command
 * itself, run in-process by the tests and by the thin `paths.ts` entry point.
 *
 * compare A B [C D] [--json]   A, B…: a share code (or a link ending in one), an exported
 *                              path file (.json), or "history"
 * encode --choices 1,3,2       the share code of these choices (1-based)
 * show CODE [--json]           decode a share code and replay it
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Game, type StoryBundle } from '../engine/Game';
import {
  comparePaths,
  historyPath,
  inputFromCode,
  inputFromFile,
  replayPath,
  type CauseGroup,
  type Comparison,
  type PathInput,
  type PathReplay,
} from '../engine/compare';
import { decodePath, encodePath } from '../engine/pathCode';
import { MAX_PATH_FILE_CHARS, parsePathFile } from '../engine/pathFile';
import { METERS, METER_LABELS } from '../engine/types';
import { choiceList, parseArgs, UsageError } from './args';
import { loadBundle } from './headless';

const USAGE = `Usage:
  npm run paths -- compare A B [C D] [--json]   A, B…: share code, path file (.json) or "history"
  npm run paths -- encode --choices 1,3,2        share code of these choices (1-based)
  npm run paths -- show CODE [--json]            decode a share code and replay it`;

/** Where a command writes: the terminal in the tool, strings in the tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

class InputError extends Error {}

function bad(message: string): never {
  throw new InputError(message);
}

/** A share code, or the code at the end of a link (after "#" or "="). */
function codeOf(arg: string): string {
  const cut = Math.max(arg.lastIndexOf('#'), arg.lastIndexOf('='));
  return cut >= 0 ? arg.slice(cut + 1) : arg;
}

function resolveInput(bundle: StoryBundle, arg: string): PathInput {
  if (arg === 'history') return historyPath(bundle);
  if (arg.toLowerCase().endsWith('.json') || (arg.length < 1000 && existsSync(arg) && statSync(arg).isFile())) {
    let text: string;
    try {
      if (statSync(arg).size > MAX_PATH_FILE_CHARS * 4) bad(`${arg}: this file is too large to be a path of October Paths.`);
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      if (e instanceof InputError) throw e;
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message;
      bad(`${arg}: cannot read this file (${why}).`);
    }
    const parsed = parsePathFile(text);
    if (!parsed.ok) bad(`${arg}: ${parsed.problem.message}`);
    return inputFromFile(parsed.value);
  }
  const decoded = decodePath(codeOf(arg));
  if (!decoded.ok) bad(`"${arg.length > 60 ? `${arg.slice(0, 60)}…` : arg}": ${decoded.problem.message}`);
  return inputFromCode(decoded.value, codeOf(arg).trim());
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const LETTERS = ['A', 'B', 'C', 'D'];

function outcome(p: PathReplay): string {
  if (p.ending) return `ending: ${p.ending.title} (${p.ending.year})`;
  return p.stoppedAt !== null ? `stopped at choice ${p.stoppedAt}: ${p.message ?? ''}` : (p.message ?? 'no ending');
}

/** The changes one path has and the other has not, by meter (the full lists are in --json). */
function printCauses(groups: readonly CauseGroup[], indent: string, console: { log(text: string): void }): void {
  const own = groups.filter((g) => g.distinct.length);
  if (!own.length) console.log(`${indent}(nothing the other path does not have too)`);
  for (const g of own) {
    const name = g.meter === 'lives' ? 'Lives lost' : METER_LABELS[g.meter].name;
    console.log(`${indent}${name} ${signed(g.distinctTotal)}:`);
    for (const c of g.distinct.slice(0, 3)) console.log(`${indent}  ${signed(c.delta)}  ${c.reason} (${c.fork ?? '—'}, ${c.year})`);
  }
}

function printComparison(c: Comparison, io: Io): void {
  const console = { log: (text: string) => io.out(text) };
  c.paths.forEach((p, i) => {
    console.log(`${LETTERS[i]}: ${p.label} — ${p.steps.length} choices, ${outcome(p)}`);
    if (p.notice) console.log(`   ${p.notice}`);
  });
  for (const pair of c.pairs) {
    const [la, lb] = [LETTERS[pair.a] ?? '?', LETTERS[pair.b] ?? '?'];
    console.log(`\n=== ${la} against ${lb} ===`);
    const first = pair.firstDivergence;
    if (!first) {
      console.log('They make the same choices as far as both go.');
    } else {
      console.log(`First divergence: choice ${first.step}, ${first.fork ?? 'before the first fork'} (${first.year})`);
      console.log(
        `  ${la}: ${first.a ? `${first.a.choiceText} [${first.a.option}]${first.a.historical ? ' (history)' : ''}` : '(no choice: its story had ended or stopped)'}`,
      );
      console.log(
        `  ${lb}: ${first.b ? `${first.b.choiceText} [${first.b.option}]${first.b.historical ? ' (history)' : ''}` : '(no choice: its story had ended or stopped)'}`,
      );
      const d = pair.divergences[0];
      if (d) {
        console.log(`  Changes from there on that only ${la} has:`);
        printCauses(d.causes.a, '    ', console);
        console.log(`  Changes from there on that only ${lb} has:`);
        printCauses(d.causes.b, '    ', console);
      }
      const later = pair.divergences.slice(1);
      if (later.length) {
        console.log(
          `Later divergences: ${later.map((v) => `${v.fork ?? '—'} (${v.year}${v.reachedBy === 'both' ? '' : `, only ${v.reachedBy === 'a' ? la : lb}`})`).join(', ')}`,
        );
      }
    }
    console.log(`\nAfter each fork both reached, ${lb} − ${la}:`);
    const head = [
      'fork'.padEnd(24),
      'year',
      ...METERS.map((m) => METER_LABELS[m].name.slice(0, 5).padStart(6)),
      'Lives lost'.padStart(12),
      'Terr.'.padStart(6),
    ];
    console.log(`  ${head.join(' ')}`);
    for (const f of pair.meterDiffs) {
      const row = [
        (f.fork ?? '—').padEnd(24),
        String(f.year),
        ...METERS.map((m) => signed(f.delta.meters[m]).padStart(6)),
        signed(f.delta.livesLost).padStart(12),
        signed(Math.round(f.delta.territory * 100)).padStart(6),
      ];
      console.log(`  ${row.join(' ')}`);
    }
    const fin = pair.final;
    console.log(
      `\nAt the end: ${la} ${METERS.map((m) => `${METER_LABELS[m].name} ${fin.a.meters[m]}`).join(', ')}, lives lost ${fin.a.livesLost}, territory ${pct(fin.a.territory)}`,
    );
    console.log(
      `            ${lb} ${METERS.map((m) => `${METER_LABELS[m].name} ${fin.b.meters[m]}`).join(', ')}, lives lost ${fin.b.livesLost}, territory ${pct(fin.b.territory)}`,
    );
  }
}

function run(argv: readonly string[], io: Io, load: () => StoryBundle): number {
  const console = { log: (text: string) => io.out(text) };
  const { flags, rest } = parseArgs(argv, { json: 'switch', choices: 'value', help: 'switch' });
  const json = flags.has('json');
  const [command, ...args] = rest;
  if (!command || flags.has('help') || command === 'help') bad(USAGE);
  if (!['compare', 'encode', 'show'].includes(command)) bad(`unknown command "${command}"\n${USAGE}`);
  if (command !== 'encode' && flags.has('choices')) bad(`--choices is for encode only\n${USAGE}`);

  let bundle: StoryBundle;
  try {
    bundle = load();
  } catch (e) {
    io.err((e as Error).message);
    return 1;
  }

  if (command === 'compare') {
    if (args.length < 2 || args.length > 4) bad(`compare takes 2 to 4 paths, not ${args.length}\n${USAGE}`);
    const inputs = args.map((a) => resolveInput(bundle, a));
    inputs.forEach((input, i) => {
      if (inputs.findIndex((o) => o.label === input.label) !== i) input.label = `${input.label} (${LETTERS[i]})`;
    });
    const comparison = comparePaths(bundle, inputs);
    if (json) console.log(JSON.stringify(comparison, null, 2));
    else printComparison(comparison, io);
    return 0;
  }

  if (command === 'encode') {
    if (args.length) bad(`encode takes no paths, only --choices\n${USAGE}`);
    const indices = choiceList(flags.get('choices'));
    const game = new Game(bundle);
    for (const [i, index] of indices.entries()) {
      const scene = game.scene();
      if (!scene.choices.length) bad(`choice ${i + 1} (${index + 1}) is left over: the story already ended`);
      if (!scene.choices[index])
        bad(`choice ${i + 1} is ${index + 1}, but ${scene.fork ?? 'this point'} has options 1–${scene.choices.length}`);
      game.choose(index);
    }
    const code = encodePath(bundle.version, indices);
    if (json) console.log(JSON.stringify({ code, storyVersion: bundle.version, choices: indices.length }, null, 2));
    else console.log(code);
    return 0;
  }

  // show
  if (args.length !== 1 || args[0] === undefined) bad(`show takes one share code\n${USAGE}`);
  const code = codeOf(args[0]).trim();
  const decoded = decodePath(code);
  if (!decoded.ok) bad(decoded.problem.message);
  const replay = replayPath(bundle, inputFromCode(decoded.value, code));
  // A code whose checksum holds but whose choices the story does not offer (forged, or
  // another story version) is replayed as far as it goes, and the command fails.
  const failed = replay.stoppedAt !== null;
  if (failed) io.err(replay.message ?? 'This share code cannot be replayed.');
  if (json) {
    console.log(
      JSON.stringify(
        {
          code,
          storyVersion: decoded.value.storyVersion,
          indices: decoded.value.indices,
          replay,
          ...(failed ? { error: replay.message } : {}),
        },
        null,
        2,
      ),
    );
    return failed ? 2 : 0;
  }
  console.log(`Share code ${code}: story version ${decoded.value.storyVersion}, ${decoded.value.indices.length} choices`);
  if (replay.notice) console.log(replay.notice);
  for (const s of replay.snapshots.slice(1)) {
    console.log(
      `  ${String(s.step).padStart(2)}. ${s.year} ${(s.fork ?? '—').padEnd(22)} ${s.choiceText ?? ''}${s.historical ? ' (history)' : ''}`,
    );
  }
  console.log(outcome(replay));
  return failed ? 2 : 0;
}

/**
 * Run `npm run paths` with these arguments; the exit code is returned. Bad input: a message
 * on stderr (and, with --json, `{ "error": … }` on stdout) and 2. A story that does not compile: 1.
 */
export function runPaths(argv: readonly string[], io: Io, load: () => StoryBundle = () => loadBundle()): number {
  try {
    return run(argv, io, load);
  } catch (e) {
    if (!(e instanceof InputError) && !(e instanceof UsageError)) throw e;
    io.err(e.message);
    if (argv.includes('--json')) io.out(JSON.stringify({ error: e.message }, null, 2));
    return 2;
  }
}
