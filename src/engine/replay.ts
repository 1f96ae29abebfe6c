/**
 * A saved game is its scenario hash, seed and commands; replaying the commands rebuilds every
 * turn. A `rewind` command drops the commands after the start of the turn it names, so the
 * rewind itself stays in the record while its effect is the earlier game.
 */
import { applyCommandInPlace, CommandError, newGame } from './game';
import { hashJson } from './hash';
import type { Rules } from './rules';
import { msg, type Msg } from './messages';
import type { Command, GameState } from './types';

export class ReplayError extends Error {
  constructor(
    /** Why the command cannot be applied, for a reader to word in its language. */
    readonly problem: Msg,
    /** JSON path of the command in the save, e.g. `$.commands[12]`. */
    readonly path: string,
    /** The type of the command refused. */
    readonly command: Command['type'],
  ) {
    super(`${path}: ${command} cannot be applied: ${problem.key} ${JSON.stringify(problem.args)}`);
  }
}

export interface Replayed {
  state: GameState;
  /** Commands that shaped the state, after rewinds took effect. */
  effective: Command[];
  /** `turnStarts[t]` is the index in `effective` at which turn t began (index 0 unused). */
  turnStarts: number[];
}

/** Replays commands from a new game; stops after `untilTurn` is resolved when given. */
export function replay(
  rules: Rules,
  seed: string,
  commands: readonly Command[],
  untilTurn?: number,
): Replayed {
  let state = newGame(rules, seed);
  let effective: Command[] = [];
  let turnStarts = [0, 0];
  for (let i = 0; i < commands.length; i++) {
    const cmd = commands[i]!;
    if (untilTurn !== undefined && state.turn > untilTurn) break;
    try {
      if (cmd.type === 'rewind') {
        if (cmd.turn < 1 || cmd.turn > state.turn)
          throw new CommandError(msg('no.rewindTurn', { to: state.turn }));
        const kept = effective.slice(0, turnStarts[cmd.turn]);
        ({ state, effective, turnStarts } = replay(rules, seed, kept));
      }
      applyCommandInPlace(rules, state, cmd);
    } catch (e) {
      if (e instanceof CommandError) throw new ReplayError(e.problem, `$.commands[${i}]`, cmd.type);
      throw e;
    }
    effective.push(cmd);
    if (turnStarts[state.turn] === undefined) turnStarts[state.turn] = effective.length;
  }
  return { state, effective, turnStarts };
}

export function stateHash(state: GameState): string {
  return hashJson(state);
}
