/**
 * npm run --silent story:balance -- --json [--walks N] [--samples N] [--seed S]
 * History's meters fork by fork, the bound share, dominated and cosmetic options, the late
 * stakes and six strategy bots (see docs/model.md, "Balance").
 */
import { parseArgs } from './args';
import { analyseBalance } from './balance';
import { loadBundle } from './headless';

const KNOWN = new Set(['json', 'walks', 'samples', 'seed']);

function count(flags: Map<string, string | true>, name: string, fallback: number): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  if (v === true || !/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, not "${v === true ? '' : v}"`);
  return Number(v);
}

const { flags, rest } = parseArgs(process.argv.slice(2));
const json = flags.has('json');
try {
  const unknown = [...flags.keys()].filter((k) => !KNOWN.has(k)).concat(rest);
  if (unknown.length) throw new Error(`unknown argument ${unknown.join(', ')} (known: --json --walks --samples --seed)`);
  const r = analyseBalance(loadBundle(), {
    walks: count(flags, 'walks', 300),
    samples: count(flags, 'samples', 12),
    seed: count(flags, 'seed', 1917),
  });
  if (json) console.log(JSON.stringify(r, null, 2));
  else {
    console.log('History, fork by fork:');
    for (const h of r.historyMeters)
      console.log(
        `  ${h.year} ${h.fork.padEnd(24)} ${Object.entries(h.meters)
          .map(([k, v]) => `${k} ${v}`)
          .join(' ')}  lives ${(h.livesLost / 1e6).toFixed(1)}M`,
      );
    console.log(`History's fork-entry values at 0 or 100: ${r.historyBound}; over ${r.walks} walks: ${(r.boundShare * 100).toFixed(1)}%`);
    for (const d of r.dominated)
      console.log(
        `Dominated: ${d.fork} ${d.option} by ${d.by} (${d.atHistory ? "on history's path" : `${(d.share * 100).toFixed(0)}% of positions`})`,
      );
    for (const c of r.cosmetic) console.log(`Cosmetic: ${c.fork} ${c.options.join(' = ')}`);
    console.log(`Late stakes from ${r.lateStakes.from}: ${r.lateStakes.combos} combinations: ${JSON.stringify(r.lateStakes.endings)}`);
    for (const s of r.strategies)
      console.log(`Strategy ${s.name.padEnd(9)} ${s.ending} ${s.year}  lives ${(s.livesLost / 1e6).toFixed(1)}M`);
    console.log(`Endings over ${r.walks} walks: ${JSON.stringify(r.endingShare)}`);
  }
} catch (e) {
  const message = (e as Error).message;
  if (json) console.log(JSON.stringify({ error: message }));
  else console.error(message);
  process.exit(2);
}
