/** npm run sim -- --scenario FILE --games N --seed S --policy P [--json] */
import { isPolicyId, POLICY_IDS, simulate } from '../engine';
import { makeLang } from '../i18n';
import { DEFAULT_SCENARIO, intFlag, loadRules, parseArgs, run, UsageError } from './common';

const USAGE = `usage: npm run sim -- --scenario FILE --games N --seed S --policy ${POLICY_IDS.join('|')} [--json]`;

function histogram(scores: number[]): string[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]!++;
  const most = Math.max(1, ...bins);
  return bins.map(
    (n, i) =>
      `  ${String(i * 10).padStart(3)}–${String(i * 10 + (i === 9 ? 10 : 9)).padEnd(3)} ${'#'.repeat(Math.round((40 * n) / most)).padEnd(40)} ${n}`,
  );
}

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['scenario', 'games', 'seed', 'policy']);
  if (args.positional.length)
    throw new UsageError(
      `unexpected argument '${args.positional[0]}': name the scenario with --scenario`,
    );
  const file = String(args.flags.get('scenario') ?? DEFAULT_SCENARIO);
  const games = intFlag(args, 'games', 100);
  const seed = String(args.flags.get('seed') ?? '1');
  const policy = String(args.flags.get('policy') ?? 'cooperative');
  if (!isPolicyId(policy)) throw new UsageError(`unknown policy '${policy}'`);
  const rules = await loadRules(file);
  const json = args.flags.has('json');
  const progress = !json && process.stderr.isTTY;
  const summary = simulate(rules, seed, games, policy, (i) => {
    if (progress && (i + 1) % 50 === 0) process.stderr.write(`\r  ${i + 1}/${games} games`);
  });
  if (progress) process.stderr.write('\r' + ' '.repeat(30) + '\r');
  // A developer's tool, in English: the scenario's text in English where it has it.
  const L = makeLang('en', rules.scenario);
  if (json) {
    const { scores: _scores, ...rest } = summary;
    // (the key keeps its place: a spread key overridden stays where the spread put it)
    console.log(
      JSON.stringify({
        scenario: rules.scenario.id,
        policy,
        seed,
        ...rest,
        objectiveRates: rest.objectiveRates.map((o) => ({
          ...o,
          description: L.text(o.description),
        })),
      }),
    );
    return;
  }
  console.log(`${L.text(rules.scenario.title)}: ${games} games, policy ${policy}, seed ${seed}`);
  console.log(
    `win rate ${(summary.winRate * 100).toFixed(1)}%   mean score ${summary.meanScore.toFixed(1)}   ended early ${summary.earlyEnds}`,
  );
  console.log('score distribution:');
  for (const line of histogram(summary.scores)) console.log(line);
  console.log('objectives met:');
  for (const o of summary.objectiveRates)
    console.log(`  ${(o.rate * 100).toFixed(1).padStart(5)}%  ${L.text(o.description)}`);
});
