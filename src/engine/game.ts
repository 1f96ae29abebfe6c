/**
 * The engine's entry points: a new game, whether a command is legal, and applying it.
 * `applyCommand` is pure (immer); `applyCommandInPlace` changes a state the caller owns, for
 * simulations that play thousands of games. Both run the same code, `play`, which `line.ts` also
 * uses to play a command on a line of play (where a rewind can go back).
 */
import { createDraft, finishDraft, isDraft } from 'immer';
import { COMMANDS, type CommandCtx, type CommandOf, type CommandRule } from './commands';
import type { Ctx, Reader } from './context';
import { copyState, freezeState, thawState } from './copy';
import { msg, type Msg } from './messages';
import { LazyRng, restoreRng, seedRng } from './rng';
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

/**
 * How a command writes a state. Pure: an immer draft, finished into a new frozen state that
 * shares what did not change, so a state kept for later stays as it was. In place: the caller's
 * own object, so a state kept for later must be a copy.
 */
export interface Writing {
  /** The state a command may change. */
  open(s: GameState): GameState;
  /** The state being changed as a plain object, for work that reads and changes most of it. */
  plain(s: GameState): GameState;
  /** The state once the command is done with it. */
  close(s: GameState): GameState;
  /** A state to keep as it is now, whatever later commands do. */
  keep(s: GameState): GameState;
}

export const PURE: Writing = {
  open: (s) => createDraft(s),
  // A turn's resolution reads nearly everything: through a draft every read is a proxy's trap,
  // on a copy that shares the log's entries it is twenty times faster. The copy is frozen as
  // immer freezes what it makes.
  plain: (s) => thawState(isDraft(s) ? finishDraft(s) : s),
  close: (s) => (isDraft(s) ? finishDraft(s) : freezeState(s)),
  keep: (s) => s,
};

export const IN_PLACE: Writing = {
  open: (s) => s,
  plain: (s) => s,
  close: (s) => s,
  keep: copyState,
};

/** What a line of play keeps of its past (`line.ts`). */
export interface TurnStarts {
  /** `starts[t]`: the state when turn t began, if it was kept (index 0 unused). */
  starts: GameState[];
  /** The turns whose start is kept, for a caller that knows where rewinds will go; all if left
   * out. A kept start in place is a deep copy, which costs as much as many commands. */
  readonly rewindable?: (turn: number) => boolean;
}

/**
 * Checks a command, then applies it, and returns the state after it. `line` is the line of play
 * the state is on, kept up to date as turns begin and rewinds go back; null for a bare state,
 * which cannot be rewound. Throws CommandError if the command is illegal.
 */
export function play(
  rules: Rules,
  w: Writing,
  state: GameState,
  line: TurnStarts | null,
  cmd: Command,
): GameState {
  const problem = commandProblem({ rules, s: state }, cmd);
  if (problem) throw new CommandError(problem);
  return playLegal(rules, w, state, line, cmd);
}

/** `play` for a command that `commandProblem` already found legal on this state: a policy's
 * suggestions are checked before they are played, and the check is a fair part of the work. */
export function playLegal(
  rules: Rules,
  w: Writing,
  state: GameState,
  line: TurnStarts | null,
  cmd: Command,
): GameState {
  const starts = line?.starts ?? [];
  if (cmd.type === 'rewind' && !starts[cmd.turn])
    throw new CommandError(msg('no.rewindWithoutLine'));
  const turn = state.turn;
  const rng = new LazyRng(() => restoreRng(ctx.s.rng));
  const ctx: CommandCtx = {
    rules,
    s: w.open(state),
    rng,
    backTo(to) {
      // A copy: the line may come back to the same start again.
      ctx.s = w.open(w.keep(starts[to]!));
      starts.length = to + 1;
    },
    plain() {
      ctx.s = w.plain(ctx.s);
    },
  };
  ruleOf(cmd.type).apply(ctx, cmd);
  if (rng.used()) ctx.s.rng = rng.state();
  const next = w.close(ctx.s);
  if (line && next.turn > turn && (line.rewindable?.(next.turn) ?? true))
    starts[next.turn] = w.keep(next);
  return next;
}

/** Applies a command to a state the caller owns and may change. Throws CommandError if illegal,
 * and for a rewind, which needs a line of play (`advanceInPlace`). */
export function applyCommandInPlace(rules: Rules, s: GameState, cmd: Command): void {
  play(rules, IN_PLACE, s, null, cmd);
}

/** Applies a command and returns the new state; the old one is untouched. Throws CommandError if
 * illegal, and for a rewind, which needs a line of play (`advance`). */
export function applyCommand(rules: Rules, state: GameState, cmd: Command): GameState {
  return play(rules, PURE, state, null, cmd);
}
