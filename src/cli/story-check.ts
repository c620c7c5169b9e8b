/** npm run story:check -- --json [--walks N] [--seed S]  (see ENGINEERING.md, Headless tools) */
import { parseArgs, numberFlag } from './args';
import { compileStory } from './compileStory';
import { tagValuesInSource } from './headless';
import { checkStory } from './storyCheck';

const { flags } = parseArgs(process.argv.slice(2));
const json = flags.has('json');
const compiled = compileStory();
if (!compiled.bundle) {
  const out = { forks: [], forksReached: [], endings: [], walks: 0, deadEnds: 0, errors: compiled.errors, warnings: compiled.warnings };
  console.log(json ? JSON.stringify(out, null, 2) : `Story does not compile:\n${compiled.errors.join('\n')}`);
  process.exit(1);
}
const result = checkStory(compiled.bundle, {
  walks: numberFlag(flags, 'walks', 10_000),
  seed: numberFlag(flags, 'seed', 1917),
  searchBudget: numberFlag(flags, 'search', 20_000),
  declaredForks: tagValuesInSource('fork'),
  declaredEndings: tagValuesInSource('ending'),
  compileWarnings: compiled.warnings,
});
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`Forks: ${result.forksReached.length}/${result.forks.length} reached`);
  for (const e of result.endings) console.log(`Ending ${e.id}: ${e.reached ? `reached (e.g. ${e.example?.join(',')})` : 'NOT reached'}, ${(100 * (result.endingShare[e.id] ?? 0)).toFixed(1)}% of walks`);
  console.log(`Walks: ${result.walks}, dead ends: ${result.deadEnds}`);
  for (const e of result.errors) console.log(`ERROR ${e}`);
  for (const w of result.warnings) console.log(`warning ${w}`);
}
process.exit(result.deadEnds > 0 || result.errors.length > 0 ? 1 : 0);
