/**
 * Compiles story/*.ink with the inkjs compiler (build and tools only; the browser gets the
 * runtime). Errors come back as "file:line: message" so the build can point at them.
 *
 * `cachedCompileStory` keeps the result on disk (node_modules/.cache/october-paths), keyed
 * by a hash of every .ink file beside the main one and of the compiler: the tests and the
 * tools compile a story once, not once per test file or process.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { StoryBundle } from '../engine/Game.ts';

export interface CompileResult {
  bundle: StoryBundle | null;
  errors: string[];
  warnings: string[];
  /** Every .ink file read, so the dev server can watch them. */
  files: string[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_STORY = resolve(ROOT, 'story/main.ink');
const CACHE_DIR = resolve(ROOT, 'node_modules/.cache/october-paths');

/** Make "ERROR: 'chapter1.ink' line 12: …" into "story/chapter1.ink:12: …". */
function locate(message: string, root: string, mainFile: string): string {
  const m = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(message);
  if (!m) return message;
  const file = join(root, m[2] ?? mainFile);
  return `${file}:${m[3]}: ${m[4]}`;
}

export function compileStory(mainPath: string = DEFAULT_STORY): CompileResult {
  const root = dirname(mainPath);
  const mainFile = mainPath.slice(root.length + 1);
  const errors: string[] = [];
  const warnings: string[] = [];
  const files = [mainPath];
  const fileHandler = {
    ResolveInkFilename: (name: string) => join(root, name),
    LoadInkFileContents: (path: string) => {
      files.push(path);
      return readFileSync(path, 'utf8');
    },
  };
  const onMessage = (message: string, type: number): void => {
    // ErrorType: 0 Author (TODO), 1 Warning, 2 Error
    const where = locate(message, root, mainFile);
    if (type === 2) errors.push(where);
    else if (type === 1) warnings.push(where);
  };
  let source: string;
  try {
    source = readFileSync(mainPath, 'utf8');
  } catch (e) {
    return { bundle: null, errors: [`${mainPath}: ${(e as Error).message}`], warnings, files };
  }
  // CompilerOptions(sourceFilename, pluginNames, countAllVisits, errorHandler, fileHandler)
  const options = new CompilerOptions(mainFile, [], false, onMessage, fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    json = compiler.Compile().ToJson() ?? null;
  } catch (e) {
    if (!errors.length) errors.push((e as Error).message);
  }
  if (!json || errors.length) return { bundle: null, errors, warnings, files };
  const version = createHash('sha256').update(json).digest('hex').slice(0, 8);
  return { bundle: { json, version }, errors, warnings, files };
}

/** What the story's compiled form depends on: every .ink file in its folder and the compiler. */
function sourceKey(mainPath: string): string | null {
  try {
    const dir = dirname(mainPath);
    const hash = createHash('sha256').update(mainPath).update('\0');
    const inkjs = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/inkjs/package.json'), 'utf8')) as { version?: string };
    hash.update(`inkjs ${inkjs.version ?? '?'}\0`);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .sort()) {
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(dir, file)))
        .update('\0');
    }
    return hash.digest('hex').slice(0, 24);
  } catch {
    return null;
  }
}

/** compileStory, reusing the last compile of the same sources (on disk, across processes). */
export function cachedCompileStory(mainPath: string = DEFAULT_STORY): CompileResult {
  const key = sourceKey(mainPath);
  const file = key ? join(CACHE_DIR, `${key}.json`) : null;
  if (file) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as CompileResult;
    } catch {
      // Not cached yet (or unreadable): compile.
    }
  }
  const result = compileStory(mainPath);
  if (file) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, file); // atomic: a parallel test never reads half a file
    } catch {
      // A read-only checkout compiles every time.
    }
  }
  return result;
}
