/**
 * The game authority: the one place a game changes. It holds the scenario's rules, the seed,
 * the command log and the state; applies a command after checking it (one path, rewind
 * included); runs the policies for the roles they play; owns the planning timer; and persists
 * through a `GameStorage`. It knows no DOM and no store, so the same code runs in the page
 * (one-screen play) and in a Node host (networked play).
 *
 * Everything outside reads frozen `Game` snapshots and is told of each change by `subscribe`.
 */
import {
  advance,
  advanceInPlace,
  CommandError,
  commandProblem,
  newGame,
  openLineInPlace,
  planStep,
  type Line,
  type Command,
  type GameState,
  type Msg,
  type PlanStep,
  type PolicyId,
  type RoleId,
  type Rules,
} from '../engine';
import { makeSave } from '../engine/savedGame';
import { fieldsOf, makeGame, type Game, type GameOrigin } from './game';
import { policyRoles, type Seating } from './seats';
import type { GameRecord, GameStorage } from './storage';
import {
  clearTimer,
  newerTimer,
  parseTimer,
  pauseTimer,
  setTimer,
  startTimer,
  timerFollowing,
  type GameMoment,
  type Timer,
} from './timer';

/** Why a command was not applied: the engine's reason, or an unexpected error's words. */
export type Refusal = Msg | string;

export interface Submitted {
  /** Why the last command given was refused; null when it was applied. */
  problem: Refusal | null;
  /** How many of the commands given were applied. */
  applied: number;
  /** Whether they resolved the turn or ended the game (the commands after that are not tried). */
  resolved: boolean;
}

export interface AuthorityOptions extends GameOrigin {
  rules: Rules;
  seed: string;
  seats: Seating;
  /** Commands already played, and the state they reach with its hash when known. */
  played?: { commands: readonly Command[]; state: GameState; hash?: string };
  timer?: Timer | null;
  /**
   * The timer follows the game by itself, after every command applied (`followGame`): one-screen
   * play. The host applies the same rule from its session, which keeps its own record of it.
   */
  timerFollowsGame?: boolean;
  storage?: GameStorage | null;
  /** The clock of the planning timer (epoch ms). */
  now?: () => number;
  /** A write the storage refused; the game goes on in memory. */
  onSaveError?: (error: unknown) => void;
}

export interface Authority {
  game(): Game;
  timer(): Timer | null;
  /** Applies a command if it is legal. */
  submit(cmd: Command): Submitted;
  /**
   * Applies commands in order, each if it is legal (a refused one is skipped: a policy's plan
   * may hold one an earlier command made moot), up to the first that resolves the turn or ends
   * the game. Subscribers hear of it, and storage is written, once for all of them.
   */
  submitAll(cmds: readonly Command[]): Submitted;
  /** Lets the policy-played roles that have not committed take a planning step. */
  playPolicies(step: PlanStep): Submitted;
  /** Commits every policy-played role that has not committed yet. */
  commitPolicies(): Submitted;
  setSeats(seats: Seating): void;
  setTimer(seconds: number): void;
  startTimer(): void;
  pauseTimer(): void;
  clearTimer(): void;
  /**
   * Makes the planning timer follow the game after `cmd` (null: a change that was no command,
   * such as the seating or the timer's own end), `began` saying whether a turn began since: the
   * rule of `timerFollowing`. `heldByPause` defaults to what the timer says of itself. Returns
   * the new timer, or null when it stays as it was.
   */
  followGame(cmd: Command | null, began: boolean, heldByPause?: boolean): Timer | null;
  /**
   * Takes a timer from elsewhere when it changed later than ours; true when taken. `persist`
   * false: not written (a window that follows another does not write what it follows).
   */
  adoptTimer(value: unknown, persist?: boolean): boolean;
  /**
   * The state `commands` reach when they extend this game's own commands, computed without
   * changing the game; null when they do not extend them or one of the new ones fails.
   */
  replayFrom(commands: readonly Command[]): GameState | null;
  /** What storage keeps and other windows are sent. */
  record(): GameRecord;
  /** Writes the record as it stands (after a game was taken from elsewhere, say). */
  persist(): void;
  /** Called after every change of the game, its seats or its timer. */
  subscribe(listener: (game: Game, timer: Timer | null) => void): () => void;
}

function resolves(before: GameState, after: GameState): boolean {
  return after.turn !== before.turn || (after.status === 'ended' && before.status !== 'ended');
}

/** What `cmd` did to the game, for its timer; `began`: a turn began with it. */
function momentOf(cmd: Command | null, began: boolean): GameMoment | null {
  if (began || cmd?.type === 'rewind') return 'turnBegan';
  if (cmd?.type === 'pause') return 'paused';
  return cmd?.type === 'resume' ? 'resumed' : null;
}

export function createAuthority(options: AuthorityOptions): Authority {
  const { rules, seed, storage = null } = options;
  const now = options.now ?? (() => Date.now());
  const played = options.played;
  let game = makeGame(
    {
      rules,
      seed,
      commands: [...(played?.commands ?? [])],
      state: played?.state ?? newGame(rules, seed),
      seats: options.seats,
      bundledFile: options.bundledFile,
      scenarioText: options.scenarioText,
    },
    played?.hash,
  );
  let timer = options.timer ?? null;
  /** Commands not yet handed to storage. */
  let unsaved: Command[] = [...game.commands];
  const listeners = new Set<(game: Game, timer: Timer | null) => void>();

  /**
   * The game's line of play (the state at the start of each turn), which a rewind goes back
   * along. A game that came in whole has its line rebuilt once, when first needed.
   */
  let starts: readonly GameState[] | null = null;
  if (game.commands.length === 0) {
    const first: GameState[] = [];
    first[1] = game.state;
    starts = first;
  }

  function line(): Line {
    if (!starts) {
      const rebuilt = openLineInPlace(rules, seed);
      for (const cmd of game.commands) advanceInPlace(rules, rebuilt, cmd);
      starts = rebuilt.starts;
    }
    return { state: game.state, starts };
  }

  function record(): GameRecord {
    return {
      save: makeSave(rules.scenario.id, rules.scenarioHash, seed, game.commands),
      seats: game.seats,
      timer,
      title: rules.scenario.title,
      turn: game.state.turn,
      bundledFile: game.bundledFile,
      scenarioText: game.scenarioText,
    };
  }

  function persist(): void {
    if (!storage) return;
    const appended = unsaved;
    unsaved = [];
    const fail = (e: unknown) => {
      // The write did not happen: the commands are handed over again with the next one.
      unsaved = [...appended, ...unsaved];
      options.onSaveError?.(e);
    };
    try {
      const pending = storage.write(record(), appended);
      if (pending) pending.catch(fail);
    } catch (e) {
      fail(e);
    }
  }

  function changed(next: Game): void {
    game = next;
    persist();
    for (const l of [...listeners]) l(game, timer);
  }

  function submitAll(cmds: readonly Command[]): Submitted {
    let at = line();
    const done: Command[] = [];
    let problem: Refusal | null = null;
    let resolved = false;
    for (const cmd of cmds) {
      problem = commandProblem({ rules, s: at.state }, cmd);
      if (problem) continue;
      let next: Line;
      try {
        next = advance(rules, at, cmd);
      } catch (e) {
        problem =
          e instanceof CommandError ? e.problem : e instanceof Error ? e.message : String(e);
        continue;
      }
      done.push(cmd);
      const before = at.state;
      at = next;
      if (resolves(before, at.state)) {
        resolved = true;
        break;
      }
    }
    if (done.length > 0) {
      unsaved.push(...done);
      starts = at.starts;
      const commands = [...game.commands, ...done];
      if (options.timerFollowsGame) {
        // Set before the change is heard, so listeners and storage get game and timer together.
        const moment = done.reduce<GameMoment | null>(
          (m, cmd) => (m === 'turnBegan' ? m : (momentOf(cmd, false) ?? m)),
          resolved ? 'turnBegan' : null,
        );
        timer = later(timerFollowing(timer, moment, now())) ?? timer;
      }
      changed(makeGame({ ...fieldsOf(game), state: at.state, commands }));
    }
    return { problem, applied: done.length, resolved };
  }

  /** The policy-played roles still planning, with the policy of each. */
  function openPolicies(): Record<RoleId, PolicyId> {
    const open: Record<RoleId, PolicyId> = {};
    for (const role of policyRoles(game)) {
      const seat = game.seats[role];
      const committed = game.state.roles.find((r) => r.id === role)?.committed;
      if (seat?.kind === 'policy' && !committed) open[role] = seat.policy;
    }
    return open;
  }

  /**
   * A change made here is later than the timer it replaces, even within one millisecond ("Start"
   * sets the timer and starts it at once): otherwise another window, which takes only a later
   * change, would keep the first of the two.
   */
  function later(next: Timer | null): Timer | null {
    if (!next || !timer || next.changedAt > timer.changedAt) return next;
    return { ...next, changedAt: timer.changedAt + 1 };
  }

  function setTimerTo(next: Timer | null, persisting = true): void {
    if (!next) return;
    timer = next;
    if (persisting) persist();
    for (const l of [...listeners]) l(game, timer);
  }

  return {
    game: () => game,
    timer: () => timer,
    submit: (cmd) => submitAll([cmd]),
    submitAll,

    playPolicies(step) {
      const seating = openPolicies();
      const roles = Object.keys(seating);
      if (roles.length === 0) return { problem: null, applied: 0, resolved: false };
      // Policies plan on a copy (planStep applies what it plans, to plan the next move on it).
      const scratch = structuredClone(game.state) as GameState;
      const planned: Command[] = [];
      planStep(rules, scratch, roles, seating, step, planned);
      return submitAll(planned);
    },

    commitPolicies() {
      const roles = Object.keys(openPolicies());
      return submitAll(roles.map((role): Command => ({ type: 'commit', role })));
    },

    setSeats(seats) {
      changed(makeGame({ ...fieldsOf(game), seats }));
    },

    setTimer: (seconds) => setTimerTo(later(setTimer(seconds, now()))),
    startTimer: () => setTimerTo(later(startTimer(timer, now()))),
    pauseTimer: () => setTimerTo(later(pauseTimer(timer, now()))),
    clearTimer: () => setTimerTo(later(clearTimer(now()))),

    followGame(cmd, began, heldByPause) {
      const next = later(timerFollowing(timer, momentOf(cmd, began), now(), heldByPause));
      setTimerTo(next);
      return next;
    },

    adoptTimer(value, persisting = true) {
      const theirs = parseTimer(value);
      if (!theirs || !newerTimer(timer, theirs)) return false;
      setTimerTo(theirs, persisting);
      return true;
    },

    replayFrom(commands) {
      const own = game.commands;
      if (commands.length < own.length) return null;
      for (let i = 0; i < own.length; i++) {
        if (JSON.stringify(own[i]) !== JSON.stringify(commands[i])) return null;
      }
      let at = line();
      try {
        for (const cmd of commands.slice(own.length)) at = advance(rules, at, cmd);
      } catch {
        return null;
      }
      return at.state;
    },

    record,
    persist,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
