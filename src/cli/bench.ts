/**
 * npm run bench [-- --json] [--scenario FILE] [--games N]: full games a second on one core and
 * milliseconds to replay a whole game. Figures, not assertions: see docs/performance.md.
 */
import { performance } from 'node:perf_hooks';
import { gameSeed, playGame, replay, stateHash, type Seating } from '../engine';
import { DEFAULT_SCENARIO, intFlag, loadRules, parseArgs, run } from './common';

const USAGE = 'usage: npm run bench [-- --json] [--scenario FILE] [--games N]';

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['scenario', 'games']);
  const rules = await loadRules(String(args.flags.get('scenario') ?? DEFAULT_SCENARIO));
  const games = intFlag(args, 'games', 300);
  const json = args.flags.has('json');
  const seatings: Seating[] = ['cooperative', 'siloed', 'random'];

  // Warm the JIT so the figure is the steady state a balance run sees.
  for (let i = 0; i < 30; i++) playGame(rules, gameSeed('warm', i), seatings[i % 3]!);

  const perPolicy: Record<string, number> = {};
  let total = 0;
  let elapsed = 0;
  const recorded = [];
  for (const seating of seatings) {
    const start = performance.now();
    for (let i = 0; i < games; i++) {
      const g = playGame(rules, gameSeed('bench', i), seating);
      if (i < 100) recorded.push(g);
    }
    const ms = performance.now() - start;
    perPolicy[String(seating)] = Math.round((games * 1000) / ms);
    total += games;
    elapsed += ms;
  }
  const gamesPerSecond = Math.round((total * 1000) / elapsed);

  for (const g of recorded.slice(0, 10)) replay(rules, g.state.seed, g.commands);
  let replayTotal = 0;
  let hashTotal = 0;
  for (const g of recorded) {
    const start = performance.now();
    const { state } = replay(rules, g.state.seed, g.commands);
    replayTotal += performance.now() - start;
    const hashStart = performance.now();
    const same = stateHash(state) === stateHash(g.state);
    hashTotal += (performance.now() - hashStart) / 2;
    if (!same) throw new Error('replay diverged from the played game');
  }
  const round2 = (ms: number) => Math.round(ms * 100) / 100;
  const replayMs = round2(replayTotal / recorded.length);
  const hashMs = round2(hashTotal / recorded.length);
  const commandsPerGame = Math.round(recorded.reduce((a, g) => a + g.commands.length, 0) / recorded.length);

  if (json) {
    console.log(JSON.stringify({ scenario: rules.scenario.id, gamesPerSecond, perPolicy, replayMs, hashMs, commandsPerGame, node: process.version }));
    return;
  }
  console.log(`${rules.scenario.title} (${rules.scenario.turns} turns, ${rules.scenario.roles.length} roles), Node ${process.version}, one core`);
  console.log(`full games a second: ${gamesPerSecond} (${Object.entries(perPolicy).map(([p, n]) => `${p} ${n}`).join(', ')})`);
  console.log(`replay of a whole game: ${replayMs} ms (${commandsPerGame} commands); state hash of a finished game: ${hashMs} ms`);
});
