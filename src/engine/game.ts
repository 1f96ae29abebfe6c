/**
 * The engine's entry points: a new game, whether a command is legal, and applying it.
 * `applyCommand` is pure (immer); `applyCommandInPlace` changes a state the caller owns, for
 * simulations that play thousands of games. Both run the same code: the command's rule in the
 * table of `commands/`.
 */
import { produce } from 'immer';
import { COMMANDS, type CommandOf, type CommandRule } from './commands';
import type { Ctx, Reader } from './context';
import type { Msg } from './messages';
import { lazyRng, restoreRng, seedRng } from './rng';
import type { Rules } from './rules';
import { shuffledDeck } from './resolve/briefing';
import { startTurn } from './resolve/turn';
import type { Command, GameState } from './types';

/**
 * A command refused: `problem` says why, for a reader to word in its language (`Lang.msg`); the
 * error's own message is the bare key and arguments, for logs and stack traces.
 */
export class CommandError extends Error {
  constructor(readonly problem: Msg) {
    super(`${problem.key} ${JSON.stringify(problem.args)}`);
  }
}

export function newGame(rules: Rules, seed: string): GameState {
  const sc = rules.scenario;
  const trust = rules.pairs.map(([a, b]) => ({
    a,
    b,
    value:
      sc.trust?.find(
        (t) => (t.roles[0] === a && t.roles[1] === b) || (t.roles[0] === b && t.roles[1] === a),
      )?.value ?? sc.defaultTrust,
  }));
  const rng = seedRng(seed);
  const s: GameState = {
    scenarioHash: rules.scenarioHash,
    seed,
    rng: rng.state(),
    turn: 1,
    status: 'planning',
    paused: false,
    districts: sc.districts.map((d) => ({
      id: d.id,
      values: rules.indicators.map((i) => d.indicators[i.id] ?? 0),
    })),
    roles: sc.roles.map((r) => ({
      id: r.id,
      apLeft: r.actionPoints,
      committed: false,
      knows: sc.intelligence.filter((f) => f.knownBy.includes(r.id)).map((f) => f.id),
    })),
    assets: sc.roles.flatMap((r) =>
      r.assets.map((a) => ({ id: a.id, role: r.id, location: a.location, readiness: a.readiness })),
    ),
    trust,
    counters: rules.counters.map((id) => ({ id, value: 0 })),
    orders: [],
    proposals: [],
    incidents: [],
    compromised: [],
    deck: [],
    firedInjects: [],
    scheduledInjects: [],
    log: [],
    annotations: [],
    evaluations: [],
    improvements: [],
    overruled: [],
    history: [],
    nextId: 1,
  };
  const ctx: Ctx = { rules, s, rng };
  s.deck = shuffledDeck(ctx);
  startTurn(ctx);
  s.rng = rng.state();
  return s;
}

/** The rule of a command type, typed by its command: the table's mapped type pairs them. */
function ruleOf<K extends Command['type']>(type: K): CommandRule<CommandOf<K>> {
  return COMMANDS[type];
}

/** Why a command cannot be applied now, or null when it can. */
export function commandProblem(ctx: Reader, cmd: Command): Msg | null {
  return ruleOf(cmd.type).problem(ctx, cmd);
}

/** Applies a command to a state the caller owns and may change. Throws CommandError if illegal. */
export function applyCommandInPlace(rules: Rules, s: GameState, cmd: Command): void {
  const problem = commandProblem({ rules, s }, cmd);
  if (problem) throw new CommandError(problem);
  const rng = lazyRng(() => restoreRng(s.rng));
  ruleOf(cmd.type).apply({ rules, s, rng }, cmd);
  if (rng.used()) s.rng = rng.state();
}

/** Applies a command and returns the new state; the old one is untouched. Throws CommandError if
 * illegal. */
export function applyCommand(rules: Rules, state: GameState, cmd: Command): GameState {
  return produce(state, (draft) => {
    applyCommandInPlace(rules, draft, cmd);
  });
}
