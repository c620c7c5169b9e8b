/**
 * npm run story:check -- [--json] [--walks N] [--seed S] [--search N]
 * Seeded random walks and a bounded search over the story (see storyCheck.ts). Exit 1 when
 * the story has errors or dead ends; exit 2 on a bad option (with --json, as JSON too).
 */
import { parseArgs, numberFlag, UsageError } from './args';
import { cachedCompileStory as compileStory } from '../build/compileStory';
import { tagValuesInSource } from './headless';
import { checkStory } from './storyCheck';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
let options: { walks: number; seed: number; search: number };
try {
  const { flags, rest } = parseArgs(argv, { json: 'switch', walks: 'value', seed: 'value', search: 'value' });
  if (rest.length) throw new UsageError(`unexpected "${rest[0]}"`);
  options = {
    walks: numberFlag(flags, 'walks', 10_000, 1),
    seed: numberFlag(flags, 'seed', 1917),
    search: numberFlag(flags, 'search', 20_000, 1),
  };
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  if (json) console.log(JSON.stringify({ error: e.message }, null, 2));
  console.error(`${e.message}\nUsage: npm run story:check -- [--json] [--walks N] [--seed S] [--search N]`);
  process.exit(2);
}
const compiled = compileStory();
if (!compiled.bundle) {
  const out = { forks: [], forksReached: [], endings: [], walks: 0, deadEnds: 0, errors: compiled.errors, warnings: compiled.warnings };
  console.log(json ? JSON.stringify(out, null, 2) : `Story does not compile:\n${compiled.errors.join('\n')}`);
  process.exit(1);
}
const result = checkStory(compiled.bundle, {
  walks: options.walks,
  seed: options.seed,
  searchBudget: options.search,
  declaredForks: tagValuesInSource('fork'),
  declaredEndings: tagValuesInSource('ending'),
  compileWarnings: compiled.warnings,
});
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`Forks: ${result.forksReached.length}/${result.forks.length} reached`);
  for (const e of result.endings)
    console.log(
      `Ending ${e.id}: ${e.reached ? `reached (e.g. ${e.example?.join(',')})` : 'NOT reached'}, ${(100 * (result.endingShare[e.id] ?? 0)).toFixed(1)}% of walks`,
    );
  console.log(`Walks: ${result.walks}, dead ends: ${result.deadEnds}`);
  for (const e of result.errors) console.log(`ERROR ${e}`);
  for (const w of result.warnings) console.log(`warning ${w}`);
}
process.exit(result.deadEnds > 0 || result.errors.length > 0 ? 1 : 0);
