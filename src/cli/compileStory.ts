/**
 * Compiles story/*.ink with the inkjs compiler (build and tools only; the browser gets the
 * runtime). Errors come back as "file:line: message" so the build can point at them.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { StoryBundle } from '../engine/Game';

export interface CompileResult {
  bundle: StoryBundle | null;
  errors: string[];
  warnings: string[];
  /** Every .ink file read, so the dev server can watch them. */
  files: string[];
}

export const DEFAULT_STORY = resolve(dirname(fileURLToPath(import.meta.url)), '../../story/main.ink');

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
