/**
 * npm run bench [-- --json] [--scenario FILE] [--games N]: figures for the engine on one core, for
 * the default scenario and the large generated one (tests/fixtures/large-scenario.json), or for
 * FILE alone: full games a second, replay time, turn resolution time, the state hash after a
 * command late in a game, heap during a game, and the durable autosave's write. Figures, not
 * assertions: see docs/performance.md.
 * The browser's figures (bundle size, time to a drawn map, frame rate) are `npm run bench:browser`.
 */
import { cpus, loadavg } from 'node:os';
import { basename } from 'node:path';
import { DEFAULT_SCENARIO, intFlag, loadRules, parseArgs, run } from './common';
import { benchScenario, describeScenario } from './bench/node';
import { MAX_TEXT_BYTES } from '../scenario/load';
import { readText } from '../scenario/nodeFiles';

const USAGE = 'usage: npm run bench [-- --json] [--scenario FILE] [--games N]';
export const LARGE_SCENARIO = 'tests/fixtures/large-scenario.json';

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['scenario', 'games']);
  const games = intFlag(args, 'games', 300);
  const json = args.flags.has('json');
  const only = args.flags.get('scenario');
  // A large game costs about twenty default ones: a tenth of the games (at least one) per policy.
  const plan = only
    ? [{ file: String(only), games }]
    : [
        { file: DEFAULT_SCENARIO, games },
        { file: LARGE_SCENARIO, games: Math.max(1, Math.round(games / 10)) },
      ];
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  const figures = [];
  for (const p of plan) {
    const rules = await loadRules(p.file);
    const text = await readText(p.file, MAX_TEXT_BYTES, 'scenario');
    // A file of scenarios/ is bundled with the app: its autosave names it instead of holding it.
    const bundled = /^(\.\/)?scenarios\/[^/]+\.json$/.test(p.file) ? basename(p.file) : null;
    figures.push(benchScenario(rules, p.games, text, bundled));
  }
  const first = figures[0]!;
  const large = only ? undefined : figures[1];
  if (json) {
    // The first scenario's figures stay at the top level, as before; every scenario is in
    // `scenarios`.
    console.log(
      JSON.stringify({
        scenario: first.scenario,
        gamesPerSecond: first.gamesPerSecond,
        perPolicy: first.perPolicy,
        replayMs: first.replayMs,
        hashMs: first.hashMs,
        commandsPerGame: first.commandsPerGame,
        // The large scenario's figures that the app's users wait for (null with --scenario).
        largeTurnP95Ms: large?.turnImmer.p95Ms ?? null,
        largeHashTurn40Ms: large?.hashLastTurn.meanMs ?? null,
        saveKb: first.saveKb,
        autosaveWriteMs: first.autosaveWriteMs,
        autosaveWithTextWriteMs: first.autosaveWithTextWriteMs,
        node: process.version,
        cores: cpus().length,
        loadavg: load,
        scenarios: figures,
      }),
    );
    return;
  }
  console.log(
    `Node ${process.version}, one core of ${cpus().length} (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${load.join(' ')}`,
  );
  for (const f of figures) {
    console.log('');
    for (const line of describeScenario(f)) console.log(line);
  }
});
