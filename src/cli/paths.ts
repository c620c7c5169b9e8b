/**
 * npm run paths -- compare A B [C D] [--json] | encode --choices 1,3,2 | show CODE [--json]
 * (see pathsCommand.ts). Bad input: exit code 2. A story that does not compile: exit code 1.
 */
import { runPaths } from './pathsCommand';

// `… | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = runPaths(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
