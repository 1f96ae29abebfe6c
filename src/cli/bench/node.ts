/**
 * The Node figures of `npm run bench`, per scenario: whole games a second, replay time, turn
 * resolution time (engine in place, and through immer as the app does), the heap while a game
 * is replayed, and the cost of a durable autosave write. Every figure says how it was measured.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  advance,
  applyCommand,
  applyCommandInPlace,
  gameSeed,
  makeSave,
  newGame,
  openLine,
  playGame,
  replay,
  stateHash,
  type Command,
  type GameState,
  type Rules,
  type Seating,
} from '../../engine';
import { durableStorage } from '../../store/durable';
import { saveFileText } from '../../store/saves';
import type { Seating as Seats } from '../../authority';
import { makeLang } from '../../i18n';

export interface TurnFigures {
  /** Mean milliseconds of the command that resolves a turn (the last commit). */
  meanMs: number;
  p95Ms: number;
  maxMs: number;
  turns: number;
}

export interface LastTurnHashFigures {
  /** The scenario's last turn; only games that reached it count. */
  turn: number;
  /** Mean milliseconds of `stateHash` after each command given during that turn. */
  meanMs: number;
  maxMs: number;
  commands: number;
}

export interface MemoryFigures {
  /** Heap in use after a forced GC before the game, MB. */
  baselineMb: number;
  /** Highest heap in use sampled after every command while the game was replayed, MB above the
   * baseline. */
  peakAboveBaselineMb: number;
  /** Heap a finished state holds, MB: five replayed copies held after forced GCs, per copy. */
  retainedMb: number;
  /** Whether a GC could be forced (otherwise the figures include garbage). */
  gcForced: boolean;
  stateJsonKb: number;
  saveJsonKb: number;
}

export interface ScenarioFigures {
  scenario: string;
  title: string;
  districts: number;
  roles: number;
  turns: number;
  gamesPerPolicy: number;
  gamesPerSecond: number;
  perPolicy: Record<string, number>;
  replayMs: number;
  hashMs: number;
  commandsPerGame: number;
  turnsPerGame: number;
  turnInPlace: TurnFigures;
  turnImmer: TurnFigures;
  hashLastTurn: LastTurnHashFigures;
  memory: MemoryFigures;
  /** Mean ms of one durable autosave write of this scenario's longest game, as the app writes
   * it: a bundled scenario by its name, another with its text. */
  autosaveWriteMs: number;
  autosaveKb: number;
  /** The same with the scenario's text kept in it, as for a scenario opened from a file. */
  autosaveWithTextWriteMs: number;
  autosaveWithTextKb: number;
  /** The save file the app exports for the longest of these games ("Export save"). */
  saveKb: number;
  /** The same with the whole log worded in English, as the debrief's JSON export writes it. */
  saveWithLogKb: number;
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function forceGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** Times each command that resolves a turn while replaying recorded games one command at a time:
 * in place, or pure on a line of play as the app's authority plays it (`advance`). */
function turnTimes(
  rules: Rules,
  games: { seed: string; commands: Command[] }[],
  pure: boolean,
): TurnFigures {
  const times: number[] = [];
  for (const g of games) {
    let line = openLine(rules, g.seed);
    const state = newGame(rules, g.seed);
    for (const cmd of g.commands) {
      const before = pure ? line.state : state;
      const turn = before.turn;
      const status = before.status;
      const t = performance.now();
      if (pure) line = advance(rules, line, cmd);
      else applyCommandInPlace(rules, state, cmd);
      const dt = performance.now() - t;
      const after = pure ? line.state : state;
      if (after.turn !== turn || after.status !== status) times.push(dt);
    }
  }
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  return {
    meanMs: round2(mean),
    p95Ms: round2(quantile(times, 0.95)),
    maxMs: round2(Math.max(0, ...times)),
    turns: times.length,
  };
}

/**
 * The state hash after every command, as the app's status bar shows it, while recorded games are
 * played on a line of play: the hashes of the commands given during the scenario's last turn.
 */
function lastTurnHashes(
  rules: Rules,
  games: { seed: string; commands: Command[]; state: GameState }[],
): LastTurnHashFigures {
  const last = rules.scenario.turns;
  const times: number[] = [];
  for (const g of games.filter((x) => x.state.turn === last)) {
    let line = openLine(rules, g.seed);
    for (const cmd of g.commands) {
      const turn = line.state.turn;
      line = advance(rules, line, cmd);
      const t = performance.now();
      stateHash(line.state);
      if (turn === last) times.push(performance.now() - t);
    }
  }
  return {
    turn: last,
    meanMs: round2(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    maxMs: round2(Math.max(0, ...times)),
    commands: times.length,
  };
}

function memory(rules: Rules, game: { seed: string; commands: Command[] }): MemoryFigures {
  const gc = forceGc();
  gc?.();
  const heap = () => process.memoryUsage().heapUsed;
  const baseline = heap();
  let peak = baseline;
  // As the app holds it: one immutable state at a time, each command pure.
  let state: GameState | null = newGame(rules, game.seed);
  for (const cmd of game.commands) {
    state = applyCommand(rules, state!, cmd);
    const h = heap();
    if (h > peak) peak = h;
  }
  const save = makeSave(rules.scenario.id, rules.scenarioHash, game.seed, game.commands);
  const stateJsonKb = Math.round(JSON.stringify(state).length / 1024);
  const saveJsonKb = Math.round(JSON.stringify(save).length / 1024);
  // eslint-disable-next-line no-useless-assignment -- lets the GC take the state before measuring
  state = null;
  // What a finished state holds: five replayed copies kept alive, after two forced GCs, per copy.
  const copies = 5;
  gc?.();
  gc?.();
  const without = heap();
  const held: GameState[] = [];
  for (let i = 0; i < copies; i++) held.push(replay(rules, game.seed, game.commands).state);
  gc?.();
  gc?.();
  const retained = (heap() - without) / copies;
  held.length = 0;
  return {
    baselineMb: mb(baseline),
    peakAboveBaselineMb: mb(peak - baseline),
    retainedMb: mb(Math.max(0, retained)),
    gcForced: gc !== null,
    stateJsonKb,
    saveJsonKb,
  };
}

/**
 * One durable write of an autosave like the app's (the save plus the scenario's text), into a Map.
 */
function saveKb(
  rules: Rules,
  game: { seed: string; commands: Command[]; state: GameState },
  withLog: boolean,
) {
  const seats: Seats = Object.fromEntries(
    rules.scenario.roles.map((r) => [
      r.id,
      { kind: 'policy' as const, policy: 'cooperative' as const },
    ]),
  );
  const text = saveFileText(
    { rules, ...game, seats, hash: stateHash(game.state) },
    withLog ? makeLang('en', rules.scenario) : undefined,
  );
  return Math.round((Buffer.byteLength(text) / 1024) * 10) / 10;
}

function autosaveWrite(
  rules: Rules,
  game: { seed: string; commands: Command[] },
  /** Where the scenario comes from, as the autosave keeps it: a bundled file, or its text. */
  origin: { bundledFile: string } | { scenarioText: string },
): { ms: number; kb: number } {
  const items = new Map<string, string>();
  const storage = durableStorage({
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  });
  const save = makeSave(rules.scenario.id, rules.scenarioHash, game.seed, game.commands);
  const doc = (i: number) =>
    JSON.stringify({
      format: 'mandate-autosave',
      version: 1,
      save,
      scenarioText: 'scenarioText' in origin ? origin.scenarioText : null,
      bundledFile: 'bundledFile' in origin ? origin.bundledFile : null,
      write: i,
    });
  for (let i = 0; i < 5; i++) storage.setItem('mandate.autosave', doc(i));
  const n = 40;
  const texts = Array.from({ length: n }, (_, i) => doc(100 + i));
  const t = performance.now();
  for (const text of texts) storage.setItem('mandate.autosave', text);
  return { ms: round2((performance.now() - t) / n), kb: Math.round(texts[0]!.length / 1024) };
}

/** Warm-up games before the games measured: twice as many as are measured per policy, and at
 * least 30. */
const warmUpGames = (games: number) => Math.max(30, 2 * games);

/**
 * `bundledFile`: the scenario's file name when the app bundles it (its autosave then names it and
 * holds no scenario text), else null.
 */
export function benchScenario(
  rules: Rules,
  games: number,
  scenarioText: string,
  bundledFile: string | null = null,
): ScenarioFigures {
  const seatings: Seating[] = ['cooperative', 'siloed', 'random'];
  // Warm the JIT so the figure is the steady state a balance run sees: V8 runs the engine slowly
  // for its first few hundred games, optimising it again as it meets new shapes of orders, entries
  // and incidents, so a warm-up of 30 games measured mostly that.
  const warm = warmUpGames(games);
  for (let i = 0; i < warm; i++) playGame(rules, gameSeed('warm', i), seatings[i % 3]!);

  const perPolicy: Record<string, number> = {};
  let total = 0;
  let elapsed = 0;
  const recorded: { seed: string; commands: Command[]; state: GameState }[] = [];
  for (const seating of seatings) {
    const start = performance.now();
    for (let i = 0; i < games; i++) {
      const g = playGame(rules, gameSeed('bench', i), seating);
      if (i < 100) recorded.push({ seed: g.state.seed, commands: g.commands, state: g.state });
    }
    const ms = performance.now() - start;
    perPolicy[String(seating)] = Math.round(((games * 1000) / ms) * 10) / 10;
    total += games;
    elapsed += ms;
  }
  const gamesPerSecond = Math.round(((total * 1000) / elapsed) * 10) / 10;

  for (const g of recorded.slice(0, 10)) replay(rules, g.seed, g.commands);
  let replayTotal = 0;
  let hashTotal = 0;
  for (const g of recorded) {
    const start = performance.now();
    const { state } = replay(rules, g.seed, g.commands);
    replayTotal += performance.now() - start;
    const hashStart = performance.now();
    const same = stateHash(state) === stateHash(g.state);
    hashTotal += (performance.now() - hashStart) / 2;
    if (!same) throw new Error('replay diverged from the played game');
  }
  const sample = recorded.slice(0, Math.min(recorded.length, 30));
  const turnInPlace = turnTimes(rules, sample, false);
  const turnImmer = turnTimes(rules, sample, true);
  // One recorded game of each policy.
  const kept = Math.min(games, 100);
  const hashLastTurn = lastTurnHashes(
    rules,
    seatings.map((_, i) => recorded[i * kept]!),
  );
  // The longest recorded game, for memory and the autosave.
  const longest = recorded.reduce((a, b) => (b.commands.length > a.commands.length ? b : a));
  const write = autosaveWrite(rules, longest, bundledFile ? { bundledFile } : { scenarioText });
  const withText = autosaveWrite(rules, longest, { scenarioText });
  return {
    scenario: rules.scenario.id,
    title: makeLang('en', rules.scenario).text(rules.scenario.title),
    districts: rules.scenario.districts.length,
    roles: rules.scenario.roles.length,
    turns: rules.scenario.turns,
    gamesPerPolicy: games,
    gamesPerSecond,
    perPolicy,
    replayMs: round2(replayTotal / recorded.length),
    hashMs: round2(hashTotal / recorded.length),
    commandsPerGame: Math.round(
      recorded.reduce((a, g) => a + g.commands.length, 0) / recorded.length,
    ),
    turnsPerGame:
      Math.round((recorded.reduce((a, g) => a + g.state.turn, 0) / recorded.length) * 10) / 10,
    turnInPlace,
    turnImmer,
    hashLastTurn,
    memory: memory(rules, longest),
    autosaveWriteMs: write.ms,
    autosaveKb: write.kb,
    autosaveWithTextWriteMs: withText.ms,
    autosaveWithTextKb: withText.kb,
    saveKb: saveKb(rules, longest, false),
    saveWithLogKb: saveKb(rules, longest, true),
  };
}

export function describeScenario(f: ScenarioFigures): string[] {
  return [
    `${f.title}: ${f.districts} districts, ${f.roles} roles, ${f.turns} turns (${f.turnsPerGame} played on average, ${f.commandsPerGame} commands a game)`,
    `  full games a second: ${f.gamesPerSecond} (${Object.entries(f.perPolicy)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')})`,
    `    measured: ${f.gamesPerPolicy} games per policy played back to back by playGame on one core, after ${warmUpGames(f.gamesPerPolicy)} warm-up games`,
    `  replay of a whole game: ${f.replayMs} ms; state hash of a finished game: ${f.hashMs} ms`,
    `    measured: replay() of up to 100 recorded games each, mean; the hash timed separately`,
    `  turn resolution: ${f.turnInPlace.meanMs} ms mean (p95 ${f.turnInPlace.p95Ms}, max ${f.turnInPlace.maxMs}) in place; ${f.turnImmer.meanMs} ms mean (p95 ${f.turnImmer.p95Ms}, max ${f.turnImmer.maxMs}) pure, as the app does`,
    `    measured: the command that resolves each turn (the last commit), timed alone while replaying ${f.turnInPlace.turns} turns of recorded games, in place and on a line of play (advance)`,
    `  state hash after a command in turn ${f.hashLastTurn.turn}: ${f.hashLastTurn.meanMs} ms mean (max ${f.hashLastTurn.maxMs})`,
    `    measured: stateHash after every command while a recorded game of each policy is played on a line of play, as the app shows it; the ${f.hashLastTurn.commands} commands given in the last turn`,
    `  heap while replaying the longest game through immer: peak ${f.memory.peakAboveBaselineMb} MB above a ${f.memory.baselineMb} MB baseline; ${f.memory.retainedMb} MB held by a finished state (${f.memory.stateJsonKb} kB as JSON; its save ${f.memory.saveJsonKb} kB)`,
    `    measured: process.memoryUsage().heapUsed after every command${f.memory.gcForced ? ', with a forced GC before the baseline; the size of a finished state from five replayed copies held alive after two forced GCs' : ' (no GC could be forced: garbage included)'}`,
    `  durable autosave write: ${f.autosaveWriteMs} ms for a ${f.autosaveKb} kB autosave as the app writes it; ${f.autosaveWithTextWriteMs} ms for ${f.autosaveWithTextKb} kB with the scenario's text (a scenario opened from a file)`,
    `  the save file of the longest game, as the app exports it: ${f.saveKb} kB; with the log worded in English (the debrief's JSON): ${f.saveWithLogKb} kB`,
    `    measured: mean of 40 setItem calls of src/store/durable.ts over a Map (checksums, read-back, pointer), no browser`,
  ];
}
