/**
 * Whole games played by policies, for tests, balance and benchmarks. Each game's commands are
 * recorded, so any simulated game can be saved and replayed like one played by people.
 */
import { commandProblem, IN_PLACE, newGame, playLegal } from './game';
import { PLAN_STEPS, POLICIES, type Policy, type PolicyId } from './policies';
import { LazyRng, seedRng } from './rng';
import type { Rules } from './rules';
import type { Command, GameState, LocalText, RoleId } from './types';
import { roleView } from './view';

export type Seating = PolicyId | Record<RoleId, PolicyId>;

function policyFor(seating: Seating, role: RoleId): Policy {
  return POLICIES[typeof seating === 'string' ? seating : (seating[role] ?? 'random')];
}

/** Applies a command if it is legal; a policy's illegal suggestion is simply skipped. */
function tryApply(rules: Rules, state: GameState, cmd: Command, record: Command[]): boolean {
  // Checked first: policies suggest many commands that turn out illegal, and exceptions are slow.
  if (commandProblem({ rules, s: state }, cmd) !== null) return false;
  playLegal(rules, IN_PLACE, state, null, cmd);
  record.push(cmd);
  return true;
}

/** Plays one planning step for the given roles, in scenario order. */
export function planStep(
  rules: Rules,
  state: GameState,
  roles: RoleId[],
  seating: Seating,
  step: (typeof PLAN_STEPS)[number],
  record: Command[],
): void {
  for (const role of roles) {
    const rng = new LazyRng(() => seedRng(`${state.seed}/${state.turn}/${role}/${step}`));
    for (const cmd of policyFor(seating, role).plan(roleView(rules, state, role), step, rng))
      tryApply(rules, state, cmd, record);
  }
}

export interface PlayedGame {
  state: GameState;
  commands: Command[];
}

export function playGame(rules: Rules, seed: string, seating: Seating): PlayedGame {
  const state = newGame(rules, seed);
  const commands: Command[] = [];
  const roles = rules.scenario.roles.map((r) => r.id);
  while (state.status === 'planning') {
    const turn = state.turn;
    for (const step of PLAN_STEPS) planStep(rules, state, roles, seating, step, commands);
    for (const role of roles) tryApply(rules, state, { type: 'commit', role }, commands);
    if (state.turn === turn && state.status === 'planning')
      throw new Error(`Turn ${turn} did not resolve`);
  }
  return { state, commands };
}

export interface SimulationSummary {
  games: number;
  winRate: number;
  meanScore: number;
  scores: number[];
  /** Share of games in which each mission objective was met. */
  objectiveRates: { id: string; description: LocalText; rate: number }[];
  /** Games ended early by an end condition. */
  earlyEnds: number;
}

export function gameSeed(seed: string | number, i: number): string {
  return `${seed}#${i}`;
}

export function simulate(
  rules: Rules,
  seed: string | number,
  games: number,
  seating: Seating,
  onGame?: (i: number) => void,
): SimulationSummary {
  const scores: number[] = [];
  let wins = 0;
  let earlyEnds = 0;
  const met = rules.scenario.objectives.map(() => 0);
  for (let i = 0; i < games; i++) {
    const { state } = playGame(rules, gameSeed(seed, i), seating);
    const o = state.outcome!;
    scores.push(o.score);
    if (o.won) wins++;
    if (state.turn < rules.scenario.turns) earlyEnds++;
    o.objectives.forEach((r, j) => {
      if (r.met) met[j]!++;
    });
    onGame?.(i);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    games,
    winRate: games ? round(wins / games) : 0,
    meanScore: games ? round(scores.reduce((a, b) => a + b, 0) / games) : 0,
    scores,
    objectiveRates: rules.scenario.objectives.map((o, j) => ({
      id: o.id,
      description: o.description,
      rate: games ? round(met[j]! / games) : 0,
    })),
    earlyEnds,
  };
}
